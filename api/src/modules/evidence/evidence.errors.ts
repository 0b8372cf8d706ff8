import { AppError } from '../../common/errors.js';
import { CASE_STATUS_LABELS, type CaseStatus } from '../cases/case.enums.js';

export const EvidenceErrors = {
  notFound: () => new AppError(404, 'EVIDENCE_NOT_FOUND', '证据材料不存在或无权查看'),
  tooLarge: () => new AppError(413, 'EVIDENCE_TOO_LARGE', '证据文件不能超过 10 MB,请压缩或分成几份上传'),
  tooMany: (max: number) => new AppError(422, 'EVIDENCE_TOO_MANY', `一个案件最多保存 ${max} 份证据材料`),
  finished: (status: CaseStatus) =>
    new AppError(409, 'CASE_FINISHED', `案件当前状态为“${CASE_STATUS_LABELS[status]}”,已不能再添加证据材料`),
};
