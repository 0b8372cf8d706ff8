import type { Role } from '../../core/api/api-types';
import type { ReferralOutcome, ReferralSource, ReferralStatus } from '../../core/api/referrals-api';

/** Chinese names of the referral enums; Records so a new value fails the type check until named. */
export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = {
  received: '待分拨',
  dispatched: '已分拨',
  accepted: '已受理',
  declined: '已退回',
  closed: '已办结',
};

/** ng-zorro tag colours: orange while someone must act, blue while mediated, grey when over. */
export const REFERRAL_STATUS_COLORS: Readonly<Record<ReferralStatus, string>> = {
  received: 'orange',
  dispatched: 'gold',
  accepted: 'processing',
  declined: 'error',
  closed: 'default',
};

export const REFERRAL_SOURCE_LABELS: Readonly<Record<ReferralSource, string>> = {
  court_dispatch: '法院委派（诉前）',
  court_entrust: '法院委托（立案后）',
  police: '公安移交',
  petition: '信访转交',
  hotline_12345: '12345热线',
  grid: '网格上报',
  government: '政府部门指定',
};

export const REFERRAL_OUTCOME_LABELS: Readonly<Record<ReferralOutcome, string>> = {
  agreement: '达成协议',
  terminated: '调解终止',
};

/** The channels each liaison may file through (the API refuses the others). */
export const SOURCES_BY_ROLE: Readonly<Partial<Record<Role, readonly ReferralSource[]>>> = {
  court_liaison: ['court_dispatch', 'court_entrust'],
  police_liaison: ['police'],
  petition_liaison: ['petition'],
};
