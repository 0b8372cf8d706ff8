import { AppError } from '../../common/errors.js';
import type { Gap } from './agreement-check.js';

export enum AgreementErrorCode {
  NotFound = 'AGREEMENT_NOT_FOUND',
  Incomplete = 'AGREEMENT_INCOMPLETE',
  SignaturesMissing = 'SIGNATURES_MISSING',
  Frozen = 'AGREEMENT_FROZEN',
  OpenDraft = 'AGREEMENT_IN_PROGRESS',
  CaseNotReady = 'CASE_NOT_IN_MEDIATION',
  BadSigner = 'BAD_SIGNER',
  BadImage = 'BAD_IMAGE',
  ImageTooLarge = 'IMAGE_TOO_LARGE',
  ImageDimensions = 'IMAGE_DIMENSIONS',
  AlreadySigned = 'ALREADY_SIGNED',
  SealNotAllowed = 'SEAL_NOT_ALLOWED',
  ScanRequired = 'SCAN_REQUIRED',
  ScanNotFound = 'SCAN_NOT_FOUND',
  ScanType = 'SCAN_TYPE',
  ScanTooLarge = 'SCAN_TOO_LARGE',
  ScanUnreadable = 'SCAN_UNREADABLE',
  ScanPagesMissing = 'SCAN_PAGES_MISSING',
  TooFewCopies = 'TOO_FEW_COPIES',
  SealApprovalRequired = 'SEAL_APPROVAL_REQUIRED',
  SealNotRequested = 'SEAL_NOT_REQUESTED',
  SigningCopyUnavailable = 'SIGNING_COPY_UNAVAILABLE',
}

const SCAN_TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG 图片',
  'image/png': 'PNG 图片',
};

const gapDetails = (gaps: Gap[]) => gaps.map((g) => ({ code: g.code, message: g.message }));

export const AgreementErrors = {
  notFound: () => new AppError(404, AgreementErrorCode.NotFound, '调解协议不存在或无权查看'),
  incomplete: (gaps: Gap[]) =>
    new AppError(
      422,
      AgreementErrorCode.Incomplete,
      `协议内容尚不完整:${gaps.map((g) => g.message).join(';')}`,
      gapDetails(gaps),
    ),
  signaturesMissing: (gaps: Gap[]) =>
    new AppError(
      422,
      AgreementErrorCode.SignaturesMissing,
      `尚不能生效:${gaps.map((g) => g.message).join(';')}`,
      gapDetails(gaps),
    ),
  frozen: () =>
    new AppError(
      409,
      AgreementErrorCode.Frozen,
      '协议已开始签署或已生效,内容不能再修改;如需变更请另行制作新协议',
    ),
  openDraft: () =>
    new AppError(409, AgreementErrorCode.OpenDraft, '本案已有尚未生效的协议,请在其上修改或完成签署'),
  caseNotReady: () => new AppError(409, AgreementErrorCode.CaseNotReady, '只有调解中的案件才能制作调解协议'),
  badSigner: (message: string) =>
    new AppError(422, AgreementErrorCode.BadSigner, message, [
      { field: 'signer', code: 'badSigner', message },
    ]),
  badImage: (message: string) =>
    new AppError(400, AgreementErrorCode.BadImage, message, [{ field: 'image', code: 'badImage', message }]),
  imageTooLarge: () =>
    new AppError(413, AgreementErrorCode.ImageTooLarge, '签名图片不能超过 500 KB', [
      { field: 'image', code: 'tooLarge', message: '签名图片不能超过 500 KB' },
    ]),
  /** An image that does not decode (corrupt, truncated, not really PNG/JPEG): nothing of it is kept. */
  imageUnreadable: (noun: string) => {
    const message = `${noun}已损坏或无法解码,请重新签名或拍照上传`;
    return new AppError(422, AgreementErrorCode.BadImage, message, [
      { field: 'image', code: 'unreadable', message },
    ]);
  },
  imageAnimated: (noun: string) => {
    const message = `${noun}不能是动图或多页图片,请上传单张 PNG 或 JPEG 图片`;
    return new AppError(422, AgreementErrorCode.BadImage, message, [
      { field: 'image', code: 'animated', message },
    ]);
  },
  imageDimensions: (noun: string, side: number) => {
    const message = `${noun}尺寸过大:每边不能超过 ${side} 像素,请缩小后重新上传`;
    return new AppError(422, AgreementErrorCode.ImageDimensions, message, [
      { field: 'image', code: 'dimensions', message },
    ]);
  },
  alreadySigned: () => new AppError(409, AgreementErrorCode.AlreadySigned, '该签署人已以此方式签署'),
  scanRequired: () =>
    new AppError(422, AgreementErrorCode.ScanRequired, '纸质签署须先上传至少一份各方签署后的协议扫描件', [
      { field: 'paperSigned', code: 'scanRequired', message: '请先上传签署件扫描件' },
    ]),
  sealImageRefused: () =>
    new AppError(
      422,
      'SEAL_IMAGE_REFUSED',
      '盖章使用本委员会登记的印章,不接受随盖章上传的图片;请在“印章登记”中登记印章',
      [{ field: 'image', code: 'sealImageRefused', message: '盖章不接受上传图片' }],
    ),
  scanNotFound: () => new AppError(404, AgreementErrorCode.ScanNotFound, '扫描件不存在或无权查看'),
  scanType: () =>
    new AppError(415, AgreementErrorCode.ScanType, '扫描件只接受 PDF、JPEG 或 PNG 文件(按文件内容识别)'),
  scanNameMismatch: (type: string, ext: string) =>
    new AppError(
      415,
      AgreementErrorCode.ScanType,
      `扫描件的文件名与内容不符:内容是 ${SCAN_TYPE_NAMES[type] ?? type},文件名却是 .${ext};请确认文件后重新上传`,
    ),
  scanTooLarge: () => new AppError(413, AgreementErrorCode.ScanTooLarge, '扫描件不能超过 10 MB'),
  scanUnreadable: () =>
    new AppError(422, AgreementErrorCode.ScanUnreadable, '扫描件已损坏或不完整,无法读取,请重新扫描上传'),
  scanPages: (max: number) =>
    new AppError(422, AgreementErrorCode.ScanUnreadable, `PDF 扫描件不能超过 ${max} 页,请分成几份上传`),
  scanPagesMissing: (gaps: Gap[]) =>
    new AppError(422, AgreementErrorCode.ScanPagesMissing, gaps.map((g) => g.message).join(';'), [
      ...gapDetails(gaps).map((g) => ({ field: 'scans', ...g })),
    ]),
  tooFewCopies: (gaps: Gap[]) =>
    new AppError(
      422,
      AgreementErrorCode.TooFewCopies,
      gaps.map((g) => g.message).join(';'),
      gapDetails(gaps).map((g) => ({ field: 'copies', ...g })),
    ),
  /** Only the director approves the committee seal on a paper-signed agreement. */
  sealApprovalRequired: () =>
    new AppError(
      403,
      AgreementErrorCode.SealApprovalRequired,
      '纸质签署的协议须经调委会主任审核签署件并批准用印后才能生效',
    ),
  sealNotRequested: () =>
    new AppError(409, AgreementErrorCode.SealNotRequested, '该协议没有待审批的用印申请,请先由承办调解员提交'),
  signingCopyUnavailable: (status: 409 | 422, message: string) =>
    new AppError(status, AgreementErrorCode.SigningCopyUnavailable, message),
  sealNotAllowed: () =>
    new AppError(403, AgreementErrorCode.SealNotAllowed, '只有调委会主任可以加盖委员会印章'),
};
