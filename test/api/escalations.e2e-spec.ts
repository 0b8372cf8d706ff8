import { DeadlinesService } from '../../api/src/modules/deadlines/deadlines.service.js';
import { caseInMediation, createUser } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Report {
  id: string;
  caseNumber: string;
  level: string;
  note: string;
  recipientName: string;
  acknowledgeBy: string;
  reportedAt: string;
  light: string;
  mayAcknowledge: boolean;
  acknowledgedAt: string | null;
  response: string | null;
}

/**
 * Issue 17: escalation (人民调解法 Art 25) was one notification, with no report, no acknowledgement and no
 * clock. An orange or red risk is now a report to the police station linked to the committee, which
 * acknowledges it within the hour (red) or the same day (orange); until then the case has a clock
 * that turns red on the board.
 */
describe('风险报告: report, acknowledgement and its clock (issue 17)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const as = async (username: string) => ({ token: await t.tokenOf(username) });
  const get = async (username: string, query = '') =>
    (
      await t
        .http()
        .get(`/api/escalations${query}`)
        .auth((await as(username)).token, { type: 'bearer' })
        .expect(200)
    ).body as Report[];
  const post = async (username: string, path: string, body: object = {}) =>
    t
      .http()
      .post(path)
      .auth((await as(username)).token, { type: 'bearer' })
      .send(body);
  const clocks = (caseId: string) =>
    t.dataSource.query<{ light: string; due_at: Date; started_at: Date }[]>(
      `SELECT light, due_at, started_at FROM clocks WHERE case_id = $1 AND kind = 'escalation' ORDER BY created_at`,
      [caseId],
    );

  it('reports red to the police station within the hour; it acknowledges with what it did', async () => {
    const c = await caseInMediation(t);
    const raised = await post('mediator.yang', `/api/cases/${c.id}/risk`, {
      level: 'red',
      note: '被申请人扬言要砸对方家门,情绪激动',
    });
    expect(raised.status).toBe(200);
    const [clock] = await clocks(c.id);
    expect(clock!.light).toBe('green');
    expect(clock!.due_at.getTime() - clock!.started_at.getTime()).toBe(3600_000);

    // The police station sees it, with the note written for it; the committee and the office follow it.
    const [report] = (await get('police.hu')).filter((r) => r.caseNumber === c.caseNumber);
    expect(report).toMatchObject({
      level: 'red',
      note: '被申请人扬言要砸对方家门,情绪激动',
      mayAcknowledge: true,
    });
    for (const reader of ['director.yang', 'sfs.wang']) {
      const mine = (await get(reader)).find((r) => r.id === report!.id);
      expect(mine).toMatchObject({ recipientName: report!.recipientName, mayAcknowledge: false });
    }
    // Only the receiving body acknowledges: the office sees it but is told so; another station gets 404.
    const office = await post('sfs.wang', `/api/escalations/${report!.id}/acknowledge`);
    expect({ status: office.status, code: office.body.code }).toEqual({ status: 422, code: 'NOT_RECIPIENT' });
    const stranger = await createUser(t, 'police_liaison', '诸暨市人民法院');
    expect((await post(stranger, `/api/escalations/${report!.id}/acknowledge`)).status).toBe(404);
    expect((await get(stranger)).map((r) => r.id)).not.toContain(report!.id);

    const acked = await post('police.hu', `/api/escalations/${report!.id}/acknowledge`, {
      response: '已派民警到场,双方情绪稳定',
    });
    expect(acked.status).toBe(200);
    expect(acked.body).toMatchObject({
      light: 'done',
      response: '已派民警到场,双方情绪稳定',
      mayAcknowledge: false,
    });
    expect((await clocks(c.id)).map((k) => k.light)).toEqual(['done']);
    const again = await post('police.hu', `/api/escalations/${report!.id}/acknowledge`);
    expect({ status: again.status, code: again.body.code }).toEqual({
      status: 409,
      code: 'ESCALATION_ACKNOWLEDGED',
    });
    expect((await get('police.hu')).map((r) => r.id)).not.toContain(report!.id);
    expect((await get('police.hu', '?status=all')).map((r) => r.id)).toContain(report!.id);
    const detail = await t
      .http()
      .get(`/api/cases/${c.id}`)
      .auth((await as('mediator.yang')).token, { type: 'bearer' });
    expect(detail.body.timeline[0].summary).toMatch(/已签收红色风险报告:已派民警到场/);
    // The audit keeps who got what, never the note.
    const audit = await t.dataSource.query<{ action: string; after: object }[]>(
      `SELECT action, after FROM audit_events WHERE entity_id = $1 AND action LIKE 'escalation.%' ORDER BY at`,
      [c.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['escalation.report', 'escalation.acknowledge']);
    expect(JSON.stringify(audit)).not.toContain('砸');
  });

  it('gives orange until the end of the day, turns the clock red when missed, and reports no yellow', async () => {
    const c = await caseInMediation(t);
    expect(
      (await post('mediator.yang', `/api/cases/${c.id}/risk`, { level: 'yellow', note: '口角' })).status,
    ).toBe(200);
    expect(await clocks(c.id)).toEqual([]);
    expect(
      (await post('mediator.yang', `/api/cases/${c.id}/risk`, { level: 'orange', note: '双方推搡' })).status,
    ).toBe(200);
    const [clock] = await clocks(c.id);
    const day = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
    expect(day(clock!.due_at)).toMatch(/ 23:59:59$/);
    expect(day(clock!.due_at).slice(0, 10)).toBe(day(clock!.started_at).slice(0, 10));

    // Unacknowledged past its time: the sweep turns it red and tells the case team.
    await t.dataSource.query(
      `UPDATE clocks SET started_at = now() - interval '2 days', yellow_at = now() - interval '2 days', due_at = now() - interval '1 day' WHERE case_id = $1 AND kind = 'escalation'`,
      [c.id],
    );
    await t.dataSource.query(
      `UPDATE escalation_reports SET acknowledge_by = now() - interval '1 day' WHERE case_id = $1`,
      [c.id],
    );
    await t.app.get(DeadlinesService).sweep();
    expect((await clocks(c.id)).map((k) => k.light)).toEqual(['red']);
    const [late] = (await get('police.hu')).filter((r) => r.caseNumber === c.caseNumber);
    expect(late!.light).toBe('red');
    // The judicial office's board counts it, and lists its clock among the overdue.
    const board = await t
      .http()
      .get('/api/oversight/summary')
      .auth((await as('sfs.wang')).token, { type: 'bearer' })
      .expect(200);
    expect({ open: board.body.openEscalations, late: board.body.lateEscalations }).toEqual({
      open: 1,
      late: 1,
    });
    expect(board.body.overdue.map((o: { label: string }) => o.label)).toContain(
      '橙色风险报告签收(枫桥派出所)',
    );
  });
});
