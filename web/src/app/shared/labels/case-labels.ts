import type {
  CaseAction,
  CaseSource,
  CaseStatus,
  ChosenBy,
  IdType,
  PartyKind,
  PartyRole,
  RiskLevel,
  SessionMode,
} from '../../core/api/api-types';

/**
 * Chinese names of the case enums (docs/api.md). Records over the generated enums, so a new value
 * fails the type check until it has a name; object order is the order shown in selects.
 */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  registered: '登记',
  accepted: '受理',
  in_mediation: '调解中',
  paused: '中止',
  agreement_pending: '协议待签',
  agreement_effective: '协议生效',
  performing: '履行中',
  performed: '已履行',
  breached: '未履行',
  terminated: '终止调解',
  not_accepted: '不予受理',
  transferred_out: '移送',
  closed: '结案',
  archived: '归档',
};

/** ng-zorro tag colours: blue while work is open, green when settled, grey when over. */
export const CASE_STATUS_COLORS: Readonly<Record<CaseStatus, string>> = {
  registered: 'default',
  accepted: 'cyan',
  in_mediation: 'processing',
  paused: 'warning',
  agreement_pending: 'geekblue',
  agreement_effective: 'success',
  performing: 'blue',
  performed: 'success',
  breached: 'error',
  terminated: 'default',
  not_accepted: 'default',
  transferred_out: 'purple',
  closed: 'default',
  archived: 'default',
};

export const CASE_SOURCE_LABELS: Readonly<Record<CaseSource, string>> = {
  walk_in: '来访',
  phone: '来电',
  self_initiated: '主动排查',
  grid: '网格上报',
  hotline_12345: '12345热线',
  court_dispatch: '法院委派',
  court_entrust: '法院委托',
  police: '公安移交',
  petition: '信访转交',
  government: '政府部门指定',
  online: '网上申请',
};

/** One label per dispute type, shared with the API's documents and report columns. */
export { DISPUTE_TYPE_LABELS } from '@tiaojie/contracts';

export const PARTY_ROLE_LABELS: Readonly<Record<PartyRole, string>> = {
  applicant: '申请人',
  respondent: '被申请人',
  third_party: '第三人',
};

export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
  person: '自然人',
  organisation: '单位',
};

export const ID_TYPE_LABELS: Readonly<Record<IdType, string>> = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  other: '其他证件',
};

export const SEX_LABELS: Readonly<Record<'male' | 'female', string>> = { male: '男', female: '女' };

export const SESSION_MODE_LABELS: Readonly<Record<SessionMode, string>> = {
  back_to_back: '背靠背',
  face_to_face: '面对面',
  site_visit: '现场查看',
};

export const SESSION_MODE_COLORS: Readonly<Record<SessionMode, string>> = {
  back_to_back: 'purple',
  face_to_face: 'blue',
  site_visit: 'cyan',
};

export const RISK_LABELS: Readonly<Record<RiskLevel, string>> = {
  none: '无',
  yellow: '黄色',
  orange: '橙色',
  red: '红色',
};

export const RISK_COLORS: Readonly<Record<RiskLevel, string>> = {
  none: 'default',
  yellow: 'gold',
  orange: 'orange',
  red: 'red',
};

export const ACTION_LABELS: Readonly<Record<CaseAction, string>> = {
  accept: '受理',
  reject: '不予受理',
  assign: '指派调解员',
  pause: '中止调解',
  resume: '恢复调解',
  extend: '延长期限',
  terminate: '终止调解',
  transfer: '移送',
  close: '结案',
  archive: '归档',
};

export const CHOSEN_BY_LABELS: Readonly<Record<ChosenBy, string>> = {
  committee: '委员会指定',
  parties: '当事人选定',
};

/** `[value, label]` pairs in declaration order, for selects and radio groups. */
export function optionsOf<K extends string>(
  labels: Readonly<Record<K, string>>,
): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
