import type { ConsentMethod } from '../../../../libs/contracts/src/consents.js';
/** Enums of docs/api.md (binding values) with their Chinese labels. */
export const CASE_STATUSES = [
  'registered',
  'accepted',
  'in_mediation',
  'paused',
  'agreement_pending',
  'agreement_effective',
  'performing',
  'performed',
  'breached',
  'terminated',
  'not_accepted',
  'transferred_out',
  'closed',
  'archived',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
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

export const CASE_SOURCES = [
  'walk_in',
  'phone',
  'self_initiated',
  'grid',
  'hotline_12345',
  'court_dispatch',
  'court_entrust',
  'police',
  'petition',
  'government',
  'online',
] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export { DISPUTE_TYPES, type DisputeType } from '../../../../libs/contracts/src/dispute-types.js';

export const RISK_LEVELS = ['none', 'yellow', 'orange', 'red'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const PARTY_ROLES = ['applicant', 'respondent', 'third_party'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_KINDS = ['person', 'organisation'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const ID_TYPES = ['resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

export const SESSION_MODES = ['back_to_back', 'face_to_face', 'site_visit'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** How the parties took part: in the room, or remotely by phone or video (docs/domain.md §10.1). */
export const SESSION_MEDIA = ['in_person', 'phone', 'video'] as const;
export type SessionMedium = (typeof SESSION_MEDIA)[number];
export const SESSION_MEDIUM_LABELS: Record<SessionMedium, string> = {
  in_person: '现场调解',
  phone: '电话调解',
  video: '视频调解',
};

/** How a party's consent to remote mediation was taken. */
export const REMOTE_CONSENT_METHODS = [
  'oral',
  'recorded',
  'written',
] as const satisfies readonly ConsentMethod[];
export type RemoteConsentMethod = (typeof REMOTE_CONSENT_METHODS)[number];
export const REMOTE_CONSENT_METHOD_LABELS: Record<RemoteConsentMethod, string> = {
  oral: '口头同意',
  recorded: '录音录像同意',
  written: '书面同意',
};

export const CHOSEN_BY = ['committee', 'parties'] as const;
export type ChosenBy = (typeof CHOSEN_BY)[number];

export const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
