import { effectiveAgreement } from './support/agreement-flow.js';
import { caseBody, mediatorId, orgId } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 21: return visits and sessions accepted dates in the future. The class: anything that has
 * happened (the dispute, a session, a payment, an urging, a visit, an application, a ruling) is
 * dated no later than now (10 minutes of clock skew allowed), and a later date is a 400 on its field.
 */
describe('things that happened are not dated in the future (issue 21)', () => {
  let t: TestApp;
  let token: string;
  let c: { id: string; parties: { id: string }[] };
  let agreementId: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('mediator.yang');
    ({ c, agreementId } = await effectiveAgreement(t));
  });
  afterAll(() => t.close());

  const tomorrow = () => new Date(Date.now() + 24 * 3600_000).toISOString();
  const tomorrowDay = () =>
    new Date(Date.now() + 30 * 3600_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const post = (path: string, body: object) => t.http().post(path).auth(token, { type: 'bearer' }).send(body);

  it('answers 400 on the field for every dated record of the past', async () => {
    const yang = await mediatorId(t, '杨建国');
    const attempts: [string, object, string][] = [
      ['/api/cases', caseBody(await orgId(t, '老杨调解中心'), { occurredAt: tomorrow() }), 'occurredAt'],
      [
        `/api/cases/${c.id}/sessions`,
        {
          mode: 'site_visit',
          startedAt: tomorrow(),
          place: '现场',
          partyIds: [],
          mediatorIds: [yang],
          summary: '查看',
        },
        'startedAt',
      ],
      [
        `/api/cases/${c.id}/return-visits`,
        {
          partyId: c.parties[0]!.id,
          visitedAt: tomorrow(),
          performance: 'performed',
          satisfaction: 5,
          note: '满意',
        },
        'visitedAt',
      ],
      [
        `/api/agreements/${agreementId}/performance`,
        { termIndex: 0, performedAt: tomorrow() },
        'performedAt',
      ],
      [
        `/api/agreements/${agreementId}/urgings`,
        { urgedAt: tomorrow(), method: 'phone', note: '电话督促' },
        'urgedAt',
      ],
      [
        `/api/agreements/${agreementId}/judicial-confirmation`,
        { court: '诸暨市人民法院', appliedAt: tomorrowDay() },
        'appliedAt',
      ],
    ];
    for (const [path, body, field] of attempts) {
      const res = await post(path, body);
      expect([path, res.status, res.body.details?.[0]?.field]).toEqual([path, 400, field]);
    }
  });

  it('accepts now, even from a tablet whose clock runs a few minutes fast', async () => {
    const soon = new Date(Date.now() + 3 * 60_000).toISOString();
    await post(`/api/agreements/${agreementId}/urgings`, {
      urgedAt: soon,
      method: 'phone',
      note: '电话督促',
    }).expect(201);
  });
});
