import { act, APPLICANT, expectOk, mediatorId, orgId, RESPONDENT, RIGHTS_NOTICE } from './factories.js';
import type { TestApp } from './test-app.js';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
let refSeq = 0;

/** A court's 委派 of a property-fee dispute with a 30-day limit; each call a new reference number. */
export const referralBody = (overrides: Record<string, unknown> = {}) => ({
  source: 'court_dispatch',
  externalRef: `(2026)浙0681民诉前调${1000 + ++refSeq}号`,
  title: '物业服务合同纠纷',
  summary: '某物业公司诉业主拖欠物业费两年共计 4800 元，业主称电梯长期故障拒缴。',
  disputeType: 'property_management',
  parties: [APPLICANT, RESPONDENT],
  dueDate: inDays(30),
  contact: '李敏 0575-87000000',
  ...overrides,
});

/** Filed by court.li, dispatched by sfs.wang to 老杨调解中心, accepted by mediator.yang, 杨建国 presiding (assigned by director.yang). */
export async function acceptedReferral(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; caseId: string }> {
  const post = (path: string, token: string, payload: object = {}) =>
    t.http().post(path).auth(token, { type: 'bearer' }).send(payload);
  const [court, office, mediator] = await Promise.all(
    ['court.li', 'sfs.wang', 'mediator.yang'].map((username) => t.tokenOf(username)),
  );
  const filed = await post('/api/referrals', court!, referralBody(overrides)).expect(201);
  const id = filed.body.id as string;
  await post(`/api/referrals/${id}/dispatch`, office!, {
    organisationId: await orgId(t, '老杨调解中心'),
  }).expect(204);
  const accepted = await post(`/api/referrals/${id}/accept`, mediator!, {
    rightsNotice: RIGHTS_NOTICE,
  }).expect(201);
  const caseId = accepted.body.caseId as string;
  expectOk(
    await act(t, 'director.yang', caseId, 'assign', {
      presidingMediatorId: await mediatorId(t, '杨建国'),
      mediatorIds: [],
      chosenBy: 'committee',
    }),
  );
  return { id, caseId };
}
