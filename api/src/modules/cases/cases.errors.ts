import { AppError } from '../../common/errors.js';
import type { CaseAction } from './case-status.js';
import { CASE_STATUS_LABELS, type CaseStatus } from './case.enums.js';

/** Names of the case actions in messages (the state machine is in case-status.ts). */
export const ACTION_LABELS: Record<CaseAction, string> = {
  accept: '受理',
  reject: '不予受理',
  assign: '指派调解员',
  pause: '中止调解',
  resume: '恢复调解',
  extend: '延长调解期限',
  terminate: '终止调解',
  transfer: '移送',
  close: '结案',
  archive: '归档',
};

export enum CaseErrorCode {
  NotFound = 'CASE_NOT_FOUND',
  IllegalTransition = 'ILLEGAL_TRANSITION',
  PartyRefused = 'PARTY_REFUSED',
  MediatorConflict = 'MEDIATOR_CONFLICT',
  MediatorUnavailable = 'MEDIATOR_UNAVAILABLE',
  NotMediationBody = 'NOT_MEDIATION_BODY',
  ConsentMissing = 'CONSENT_MISSING',
  NotOnCaseTeam = 'NOT_ON_CASE_TEAM',
  CaseFinished = 'CASE_FINISHED',
  RiskByReport = 'RISK_BY_REPORT',
  PartyNotFound = 'PARTY_NOT_FOUND',
  UnperformedRoutesRequired = 'UNPERFORMED_ROUTES_REQUIRED',
  ExtensionCap = 'EXTENSION_CAP',
  RemediationGround = 'REMEDIATION_GROUND',
  RemediationExists = 'REMEDIATION_EXISTS',
  RightsNoticeMissing = 'RIGHTS_NOTICE_MISSING',
}

export const CaseErrors = {
  notFound: () => new AppError(404, CaseErrorCode.NotFound, '案件不存在或无权查看'),
  partyNotFound: () => new AppError(404, CaseErrorCode.PartyNotFound, '当事人不存在'),
  rightsNoticeMissing: (before: string, who: string[]) =>
    new AppError(
      422,
      CaseErrorCode.RightsNoticeMissing,
      `${before}须向当事人送达《人民调解当事人权利义务告知书》,尚未送达:${who.join('、')}`,
      [{ field: 'rightsNotice', code: 'required', message: '请记录权利义务告知书的送达方式和日期' }],
    ),

  extensionCap: (cap: number, used: number) =>
    new AppError(
      422,
      CaseErrorCode.ExtensionCap,
      `法院委派或委托调解的案件,经当事人同意最多延长 ${cap} 天(已延长 ${used} 天);再延长须经法院同意,请填写法院同意的承办人和日期`,
      [{ field: 'courtConsent', code: 'required', message: '请填写法院同意延期的承办人和日期' }],
    ),
  unperformedRoutesRequired: () =>
    new AppError(
      422,
      CaseErrorCode.UnperformedRoutesRequired,
      '协议未履行的案件,结案前须写明已告知当事人的救济途径(向人民法院起诉;已司法确认的可申请强制执行)',
      [{ field: 'unperformedRoutesInformed', code: 'required', message: '请写明已告知当事人的救济途径' }],
    ),
  finished: (status: CaseStatus) =>
    new AppError(
      409,
      CaseErrorCode.CaseFinished,
      `案件当前状态为“${CASE_STATUS_LABELS[status]}”,已不能更正案件或当事人信息`,
    ),
  riskByReport: () =>
    new AppError(
      422,
      CaseErrorCode.RiskByReport,
      '风险等级请通过“报告风险”调整:那里会记录风险情况并通知调委会主任、司法所和派出所',
    ),
  illegalTransition: (status: CaseStatus, action: CaseAction, allowed: CaseAction[]) =>
    new AppError(
      409,
      CaseErrorCode.IllegalTransition,
      `案件当前状态为“${CASE_STATUS_LABELS[status]}”,不能${ACTION_LABELS[action]}` +
        (allowed.length ? `;当前可执行:${allowed.map((a) => ACTION_LABELS[a]).join('、')}` : ''),
      [{ status, action, allowed }],
    ),
  /** A move of the agreement or follow-up modules the case's status does not allow (FOLLOW_UP_MOVES). */
  illegalMove: (status: CaseStatus, next: CaseStatus) =>
    new AppError(
      409,
      CaseErrorCode.IllegalTransition,
      `案件当前状态为“${CASE_STATUS_LABELS[status]}”,不能转为“${CASE_STATUS_LABELS[next]}”`,
      [{ status, next }],
    ),
  remediationGround: (message: string) => new AppError(409, CaseErrorCode.RemediationGround, message),
  remediationExists: (caseNumber: string) =>
    new AppError(409, CaseErrorCode.RemediationExists, `本案已登记重新调解,案号${caseNumber}`),
  partyRefused: (names: string[]) =>
    new AppError(
      422,
      CaseErrorCode.PartyRefused,
      `当事人${names.join('、')}已明确拒绝调解,依法不能受理(《人民调解法》第十七条)`,
      names.map((name) => ({ party: name })),
    ),
  mediatorConflict: (name: string, reasons: string[]) =>
    new AppError(
      422,
      CaseErrorCode.MediatorConflict,
      `调解员${name}已申报利益冲突或被当事人申请回避,不能主持本案`,
      reasons.map((reason) => ({ mediator: name, reason })),
    ),
  mediatorUnavailable: (field: string) =>
    new AppError(422, CaseErrorCode.MediatorUnavailable, '所选调解员不在本委员会的在册名单中', [
      { field, code: 'mediatorUnavailable', message: '调解员不在册或已停用' },
    ]),
  notMediationBody: () =>
    new AppError(422, CaseErrorCode.NotMediationBody, '只能在人民调解委员会或调解中心登记纠纷', [
      { field: 'organisationId', code: 'notMediationBody', message: '请选择调解委员会或调解中心' },
    ]),
  consentMissing: (who: string[]) =>
    new AppError(422, CaseErrorCode.ConsentMissing, `延长调解期限须经全部当事人同意,尚缺:${who.join('、')}`),
  notOnCaseTeam: () =>
    new AppError(403, CaseErrorCode.NotOnCaseTeam, '只有本案调解员或调委会主任可以执行此操作'),
};
