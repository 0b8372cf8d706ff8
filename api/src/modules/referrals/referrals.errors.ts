import { AppError } from '../../common/errors.js';
import type { ReferralStatus } from './referral.entity.js';

const STATUS_LABELS: Record<ReferralStatus, string> = {
  received: '待分拨',
  dispatched: '已分拨待受理',
  accepted: '已受理',
  declined: '已退回',
  closed: '已办结',
};

export const ReferralErrors = {
  duplicate: (externalRef: string) =>
    new AppError(409, 'REFERRAL_DUPLICATE', `来文编号${externalRef}已登记，请勿重复移交`),
  wrongStatus: (status: ReferralStatus, action: string) =>
    new AppError(409, 'REFERRAL_STATUS', `该委派当前状态为“${STATUS_LABELS[status]}”，不能${action}`),
  sourceNotAllowed: () =>
    new AppError(
      422,
      'REFERRAL_SOURCE',
      '移交来源与本单位类型不符（法院：委派或委托；公安：公安移交；信访：信访转交）',
    ),
  notInArea: () => new AppError(422, 'NOT_IN_AREA', '只能分拨给本辖区内的人民调解委员会或调解中心'),
  outcomeNotReady: () => new AppError(409, 'OUTCOME_NOT_READY', '调解尚无结果，暂不能出具回函'),
  alreadyClaimed: (caseNumber: string) =>
    new AppError(
      409,
      'REFERRAL_CLAIMED',
      `该委派已由案件${caseNumber}承接，一件委派只能对应一个案件；请在该案件中办理`,
    ),
  noAgreement: () => new AppError(404, 'NOT_FOUND', '该委派没有生效的调解协议'),
};
