/**
 * 告知与同意 (docs/domain.md §10.1 RightsNotice, ConsentRecord): what each party was told and agreed
 * to, with how and when. The rights-and-duties notice (权利义务告知书, form 2) must reach the applicants
 * before the case is accepted and every party before it takes part in a session; the other kinds are the
 * consents the People's Mediation Law and PIPL ask for. Records are kept, never changed: a later
 * record of the same party and kind (a consent withdrawn) supersedes the earlier one.
 */
export const CONSENT_KINDS = [
  'rights_notice',
  'mediate',
  'invite_participant',
  'public_mediation',
  'extension',
  'remote_session',
  'disclosure',
  'electronic_service',
  'data_sharing',
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** What was given; `given: false` reads as its refusal or withdrawal (see consentStateLabel). */
export const CONSENT_KIND_LABELS: Record<ConsentKind, string> = {
  rights_notice: '送达权利义务告知书',
  mediate: '同意人民调解',
  invite_participant: '同意邀请有关人员参与调解',
  public_mediation: '同意公开调解',
  extension: '同意延长调解期限',
  remote_session: '同意以电话、视频方式调解',
  disclosure: '同意向对方转告单独谈话内容',
  electronic_service: '同意电子送达',
  data_sharing: '同意向有关单位提供个人信息',
};

export const CONSENT_METHODS = ['written', 'oral', 'phone', 'recorded', 'online'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  written: '书面',
  oral: '口头',
  phone: '电话',
  recorded: '录音录像',
  online: '线上',
};

/**
 * Who must have the rights notice before the case is accepted: the applicants, who asked for the
 * mediation. A respondent not yet reached (story 4) is told before it first takes part in a session.
 */
export const TOLD_BEFORE_ACCEPTANCE = ['applicant'] as const;

/** How a rights notice may be delivered (People's Mediation Law Art 23: orally or in writing). */
export const RIGHTS_NOTICE_METHODS = ['written', 'oral'] as const satisfies readonly ConsentMethod[];
export type RightsNoticeMethod = (typeof RIGHTS_NOTICE_METHODS)[number];

/** One line of a party's record: "送达权利义务告知书(书面,已签收)", "不同意公开调解(口头)". */
export function consentStateLabel(kind: ConsentKind, given: boolean, method: ConsentMethod): string {
  const how = CONSENT_METHOD_LABELS[method];
  if (kind === 'rights_notice')
    return `送达权利义务告知书(${how}${given ? ',当事人已确认' : ',当事人未确认'})`;
  const label = CONSENT_KIND_LABELS[kind];
  return `${given ? label : label.replace(/^同意/, '不同意')}(${how})`;
}

/** The latest record of each party and kind: what holds now. */
export function currentConsents<T extends { partyId: string; kind: ConsentKind; at: string }>(
  records: readonly T[],
): T[] {
  const latest = new Map<string, T>();
  for (const record of records) {
    const key = `${record.partyId}:${record.kind}`;
    const seen = latest.get(key);
    if (!seen || seen.at <= record.at) latest.set(key, record);
  }
  return [...latest.values()];
}
