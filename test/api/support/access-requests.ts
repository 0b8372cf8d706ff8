import { readFileSync } from 'node:fs';
import { REVIEW_CODES } from '../../../api/src/modules/oversight/review-checklist.js';
import { caseBody } from './factories.js';
import { referralBody } from './referral-flow.js';
import { PRINCIPALS, type Principal, type Side, type SideName, type World } from './access-world.js';

/** What one cell sends besides the method and path. */
export interface Call {
  query?: Record<string, string>;
  body?: object;
  /** Request headers (the public routes' limits count per client address: one address per cell). */
  headers?: Record<string, string>;
  /** A PNG as the multipart field `file`, with `body` (if any) as its text fields. */
  file?: boolean;
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const SIGNATURE = `data:image/png;base64,${readFileSync('test/api/fixtures/signature.png').toString('base64')}`;
/** Case actions carry a stale version: a role allowed to act gets 409 and the fixtures stay as they are. */
const stale = (extra: object = {}) => ({ version: 1, ...extra });
/** Lists: the own cell reads the caller's whole scope, the foreign cell asks for the foreign committee. */
const byOrg = (s: Side, _w: World, side: SideName): Call =>
  side === 'own' ? {} : { query: { organisationId: s.committeeId } };
let seq = 0;
/** A client address of its own for each cell of a rate-limited public route. */
const clientOf = (side: SideName, who: Principal) => ({
  'X-Forwarded-For': `10.77.${PRINCIPALS.indexOf(who)}.${side === 'own' ? 1 : 2}`,
});
/** The referral source each referring body may file. */
const SOURCES: Partial<Record<Principal, string>> = {
  police_liaison: 'police',
  petition_liaison: 'petition',
};

/**
 * Query and body of each route whose cells need one, valid enough to reach the authorisation decision.
 * Writes either add something harmless (a session, a note) or are refused by state after the access check.
 */
export const CALLS: Record<string, (s: Side, w: World, side: SideName, who: Principal) => Call> = {
  'GET /api/cases': byOrg,
  'GET /api/mediators': byOrg,
  'GET /api/deadlines': byOrg,
  'GET /api/oversight/summary': byOrg,
  'GET /api/oversight/cases': byOrg,
  'GET /api/stats/overview': byOrg,
  'GET /api/stats/trend': byOrg,
  'GET /api/stats/analysis': byOrg,
  'GET /api/stats/report': (s, w, side) => ({
    query: { period: today().slice(0, 7), ...byOrg(s, w, side).query },
  }),
  'GET /api/audit': (s) => ({ query: { entity: 'case', entityId: s.caseId } }),
  'GET /api/agreements/:id/judicial-confirmation.pdf': () => ({ query: { court: '诸暨市人民法院' } }),
  'POST /api/auth/login': (_s, w, _side, who) => ({
    body: { username: w.users[who] ?? 'mediator.zhou', password: 'tiaojie-demo' },
  }),
  'POST /api/documents/verify': () => ({ body: {} }),
  // An empty application: every caller reaches the validation (400), nothing is registered.
  'POST /api/public/applications': (_s, _w, side, who) => ({ body: {}, headers: clientOf(side, who) }),
  'GET /api/public/track/:code': (_s, _w, side, who) => ({ headers: clientOf(side, who) }),
  'POST /api/party/otp': (_s, _w, side, who) => ({
    body: { token: 'x'.repeat(32) },
    headers: clientOf(side, who),
  }),
  'POST /api/party/session': (_s, _w, side, who) => ({
    body: { token: 'x'.repeat(32), code: '123456' },
    headers: clientOf(side, who),
  }),
  'POST /api/party/evaluations': () => ({ body: { satisfaction: 5 } }),
  'POST /api/cases/:id/party-links': (s) => ({ body: { partyId: s.partyIds[0], purpose: 'read' } }),
  // No refusal on the world's case: an allowed caller reaches the ground check (409).
  'POST /api/cases/:id/remediation': () => ({ body: { ground: 'confirmation_refused', reason: '重新调解' } }),
  'POST /api/cases': (s) => ({ body: caseBody(s.committeeId) }),
  'POST /api/referrals': (_s, _w, _side, who) => ({
    body: referralBody(SOURCES[who] ? { source: SOURCES[who] } : {}),
  }),
  'POST /api/cases/:id/sessions': (s) => ({
    body: {
      mode: 'face_to_face',
      startedAt: '2026-11-21T09:00:00+08:00',
      place: '调解室',
      partyIds: s.partyIds,
      mediatorIds: [s.mediatorId],
      summary: '双方当面陈述',
    },
  }),
  'POST /api/cases/:id/risk': () => ({ body: { level: 'yellow', note: '双方言语冲突' } }),
  'POST /api/cases/:id/supervise': () => ({ body: { note: '请加快办理' } }),
  'POST /api/cases/:id/reviews': () => ({
    body: { items: REVIEW_CODES.map((code) => ({ code, passed: true })), note: '卷宗齐全' },
  }),
  'POST /api/cases/:id/return-visits': (s) => ({
    body: {
      visitedAt: today(),
      partyId: s.partyIds[0],
      performance: 'partly',
      satisfaction: 4,
      note: '电话回访',
    },
  }),
  'PUT /api/cases/:id/prevention': () => ({ body: { items: [{ kind: 'criminal', persons: 1 }] } }),
  'PUT /api/cases/:id/undisputed-facts': () => ({ body: { text: '双方确认欠费金额' } }),
  // The fixtures' cases are not sensitive: null changes nothing once the access check has passed.
  'PUT /api/cases/:id/sensitivity': () => ({ body: { sensitivity: null } }),
  'PUT /api/cases/:id/sessions/:sessionId/sensitivity': () => ({ body: { sensitivity: null } }),
  'PATCH /api/cases/:id': () => ({ body: stale({ reason: '访问矩阵', title: '访问矩阵' }) }),
  'POST /api/cases/:id/parties': () => ({
    body: stale({ reason: '访问矩阵', role: 'third_party', kind: 'person', name: '访问矩阵' }),
  }),
  'PATCH /api/cases/:id/parties/:partyId': () => ({
    body: stale({ reason: '访问矩阵', address: '访问矩阵' }),
  }),
  'POST /api/escalations/:id/acknowledge': () => ({ body: { response: '已派员到场' } }),
  'POST /api/cases/:id/refusals': (s) => ({ body: { partyId: s.partyIds[1], note: '不愿调解' } }),
  'POST /api/cases/:id/consents': (s) => ({
    body: { partyIds: [s.partyIds[0]], kind: 'public_mediation', given: false, method: 'oral' },
  }),
  'POST /api/cases/:id/conflicts': (s) => ({
    body: { mediatorId: s.spareMediatorId, kind: 'declared', reason: '与当事人系亲属' },
  }),
  'POST /api/cases/:id/accept': () => ({ body: stale() }),
  'POST /api/cases/:id/reject': () => ({ body: stale({ reason: '不属于调解范围' }) }),
  'POST /api/cases/:id/assign': (s) => ({
    body: stale({ presidingMediatorId: s.mediatorId, mediatorIds: [], chosenBy: 'committee' }),
  }),
  'POST /api/cases/:id/pause': () => ({ body: stale({ reason: '等待鉴定' }) }),
  'POST /api/cases/:id/resume': () => ({ body: stale() }),
  'POST /api/cases/:id/extend': (s) => ({ body: stale({ days: 10, consentPartyIds: s.partyIds }) }),
  'POST /api/cases/:id/terminate': () => ({
    body: stale({ reason: '调解不成', routesInformed: '可向法院起诉' }),
  }),
  'POST /api/cases/:id/transfer': (s) => ({
    body: stale({ toOrganisationId: s.committeeId, reason: '移送' }),
  }),
  'POST /api/cases/:id/close': () => ({ body: stale() }),
  'POST /api/cases/:id/archive': () => ({ body: stale() }),
  'POST /api/cases/:id/agreements': (s) => ({
    body: {
      form: 'oral',
      facts: '事实',
      responsibility: '责任',
      performance: '当场履行',
      terms: [{ obligorPartyId: s.partyIds[1], kind: 'apologise', text: '赔礼道歉' }],
    },
  }),
  'PATCH /api/agreements/:id': () => ({ body: stale({ facts: '改写的事实' }) }),
  'POST /api/agreements/:id/signatures': (s) => ({
    body: { signer: { partyId: s.partyIds[0] }, kind: 'signature', image: SIGNATURE },
  }),
  'POST /api/agreements/:id/scans': () => ({ file: true }),
  'POST /api/stats/periods/:period/lock': (s, _w, side) => ({
    body: side === 'own' ? {} : { organisationId: s.committeeId },
  }),
  'POST /api/cases/:id/investigations': (s) => ({
    body: {
      investigatedAt: new Date(Date.now() - 3_600_000).toISOString(),
      place: '调解室',
      investigatorIds: [s.mediatorId],
      intervieweeName: '访问矩阵',
      intervieweeRelation: '证人',
      subject: '访问矩阵',
      content: '问:访问矩阵?答:是。',
    },
  }),
  'POST /api/cases/:id/evidence': () => ({ file: true, body: { description: '访问矩阵', source: 'party' } }),
  'POST /api/agreements/:id/seal-approval': () => ({ body: { decision: 'approve' } }),
  'POST /api/agreements/:id/performance': () => ({
    body: { termIndex: 0, performedAt: today(), amount: '100.00' },
  }),
  'POST /api/agreements/:id/urgings': () => ({
    body: { termIndex: 0, urgedAt: today(), method: 'phone', note: '电话督促' },
  }),
  'POST /api/agreements/:id/judicial-confirmation': () => ({
    body: { court: '诸暨市人民法院', appliedAt: today() },
  }),
  'PATCH /api/judicial-confirmations/:id': () => ({ body: { status: 'accepted' } }),
  'POST /api/referrals/:id/dispatch': (s) => ({ body: { organisationId: s.committeeId } }),
  'POST /api/referrals/:id/decline': () => ({ body: { reason: '不属于本委员会受理范围' } }),
  'POST /api/referrals/:id/feedback': () => ({ body: { note: '已联系双方当事人' } }),
  'POST /api/organisations': (s) => ({
    body: { name: `测试调委会${++seq}`, kind: 'committee', parentId: s.committeeId },
  }),
  'PATCH /api/organisations/:id': () => ({ body: { address: '诸暨市' } }),
  'PUT /api/organisations/:id/signing-key': () => ({ body: {} }),
  'PUT /api/organisations/:id/seal': () => ({ file: true, body: { custodian: '杨光照' } }),
  'PUT /api/organisations/:id/templates/:name': (_s, w) => ({ body: { source: w.templateSource } }),
  'POST /api/organisations/:id/templates/:name/preview': (_s, w) => ({ body: { source: w.templateSource } }),
  'PUT /api/calendar/overrides': (_s, _w, side) => ({
    body: { day: side === 'own' ? '2027-10-01' : '2027-10-02', working: false, name: '国庆节' },
  }),
  'POST /api/mediators': (s) => ({
    body: {
      name: `测试调解员${++seq}`,
      organisationIds: [s.committeeId],
      kind: 'engaged',
      fullTime: false,
      termStart: '2026-01-01',
      termEnd: '2028-12-31',
      status: 'active',
    },
  }),
  'PATCH /api/mediators/:id': () => ({ body: { courtRosterNo: '诸法特调〔2026〕001号' } }),
  // The filing rule set to what it is: the cells reach the decision and no clock changes.
  'PUT /api/deadline-rules/:id': () => ({ body: { days: 30, workingDays: false } }),
  'PUT /api/organisations/:id/deadline-rules/:ruleId': () => ({ body: { days: 30, workingDays: false } }),
  'POST /api/api-keys': (s) => ({ body: { organisationId: s.courtId, name: `平台${++seq}` } }),
};

/** The value of each path parameter for one side (and caller, for notifications). */
export function urlOf(path: string, s: Side, w: World, side: SideName, who: Principal): string {
  const values: Record<string, string> = {
    'cases/:id': s.caseId,
    'sessions/:id': s.sessionId,
    'evidence/:id': s.evidenceId,
    'investigations/:id': s.investigationId,
    'agreements/:id': s.agreementId,
    'referrals/:id': (side === 'own' && s.referralOf[who]) || s.referralId,
    'organisations/:id': s.committeeId,
    'judicial-confirmations/:id': s.confirmationId,
    'escalations/:id': s.escalationId,
    'api-keys/:id': s.apiKeyId,
    'mediators/:id': s.spareMediatorId,
    'deadline-rules/:id': String(w.ruleId),
    ':ruleId': String(w.ruleId),
    'users/:id': s.userId,
    'notifications/:id':
      side === 'own' ? s.notifications.get(w.users[who] ?? 'mediator.yang')! : s.notifications.get('*')!,
    ':scanId': s.scanId,
    ':sessionId': s.sessionId,
    ':partyId': s.partyIds[0]!,
    ':document': 'application.pdf',
    ':name': 'agreement',
    ':day': side === 'own' ? '2027-10-01' : '2027-10-02',
    ':code': s.verifyCode,
    // A month long past: locking it changes no other cell's figures.
    ':period': '2026-01',
  };
  return path.replace(/([\w-]+)\/:(\w+)/g, (whole: string, prefix: string, name: string) => {
    const value = values[name === 'id' ? `${prefix}/:id` : `:${name}`];
    if (value === undefined) throw new Error(`no value for ${whole} in ${path}`);
    return `${prefix}/${value}`;
  });
}
