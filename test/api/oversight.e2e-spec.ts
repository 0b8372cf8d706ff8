import { act, expectOk } from './support/factories.js';
import { acceptedReferral } from './support/referral-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The judicial office's view across its committees: the dashboard, 督办 and 评查. */
describe('judicial-office oversight', () => {
  let t: TestApp;
  let office: string;
  let mediator: string;
  beforeAll(async () => {
    t = await createTestApp();
    office = await t.tokenOf('sfs.wang');
    mediator = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const post = (path: string, token: string, payload: object = {}) =>
    t.http().post(path).auth(token, { type: 'bearer' }).send(payload);
  const get = (path: string, token: string) => t.http().get(path).auth(token, { type: 'bearer' });

  it('gives the judicial office its dashboard, 督办 that reaches the committee, and 评查 of finished files', async () => {
    const { caseId } = await acceptedReferral(t);
    await t.dataSource.query(
      `UPDATE clocks SET due_at = now() - interval '1 hour' WHERE case_id = $1 AND kind = 'mediation'`,
      [caseId],
    );
    await post('/api/deadlines/sweep', await t.tokenOf('admin')).expect(200);
    const summary = (await get('/api/oversight/summary', office).expect(200)).body;
    expect(summary.lights.red).toBeGreaterThanOrEqual(1);
    expect(summary.overdue.map((o: { caseId: string }) => o.caseId)).toContain(caseId);
    expect(summary.committees.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['老杨调解中心', '枫桥镇人民调解委员会']),
    );
    expect(
      summary.committees.find((c: { name: string }) => c.name === '老杨调解中心').red,
    ).toBeGreaterThanOrEqual(1);
    const red = (await get('/api/oversight/cases?light=red', office).expect(200)).body;
    expect(red.items.every((i: { light: string }) => i.light === 'red')).toBe(true);
    await get('/api/oversight/summary', mediator).expect(403);

    await post(`/api/cases/${caseId}/supervise`, office, { note: '' }).expect(400);
    await post(`/api/cases/${caseId}/supervise`, mediator, { note: '督办' }).expect(403);
    const urged = await post(`/api/cases/${caseId}/supervise`, office, {
      note: '已超期，请三日内报告进展',
    }).expect(201);
    expect(urged.body.notified).toBeGreaterThanOrEqual(1);
    const director = (await get('/api/notifications', await t.tokenOf('director.yang')).expect(200)).body
      .items;
    expect(director[0]).toMatchObject({ kind: 'supervision', body: '已超期，请三日内报告进展', caseId });
    const timeline = (await get(`/api/cases/${caseId}`, mediator).expect(200)).body.timeline;
    expect(timeline[0].summary).toBe('司法所督办：已超期，请三日内报告进展');

    const checklist = (await get('/api/oversight/review-checklist', office).expect(200)).body as {
      code: string;
      points: number;
    }[];
    const items = checklist.map((i, n) => ({ code: i.code, passed: n !== 0 }));
    expect((await post(`/api/cases/${caseId}/reviews`, office, { items }).expect(409)).body.code).toBe(
      'CASE_NOT_FINISHED',
    );
    expectOk(
      await act(t, 'mediator.yang', caseId, 'terminate', {
        reason: '一方拒绝继续调解',
        routesInformed: '可诉讼',
      }),
    );
    expect(
      (await post(`/api/cases/${caseId}/reviews`, office, { items: items.slice(1) }).expect(422)).body.code,
    ).toBe('REVIEW_INCOMPLETE');
    const reviewed = await post(`/api/cases/${caseId}/reviews`, office, { items }).expect(201);
    expect(reviewed.body.score).toBe(100 - checklist[0]!.points);
  });
});
