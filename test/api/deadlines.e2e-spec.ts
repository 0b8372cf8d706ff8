import { createApp } from '../../api/src/bootstrap.js';
import { DeadlinesService } from '../../api/src/modules/deadlines/deadlines.service.js';
import { act, caseInMediation, registerCase } from './support/factories.js';
import { getBinary, pdfText } from './support/pdf.js';
import { createTestApp, testConfig, type TestApp } from './support/test-app.js';

describe('deadlines: clocks, lights and the sweep', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenOf('admin');
  });
  afterAll(() => t.close());

  const clocks = async (caseId: string) =>
    (
      await t
        .http()
        .get(`/api/cases/${caseId}`)
        .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
        .expect(200)
    ).body.deadlines as { kind: string; light: string; dueAt: string; label: string }[];
  const sweep = async () =>
    (await t.http().post('/api/deadlines/sweep').auth(admin, { type: 'bearer' }).expect(200)).body;
  const inboxCount = async (username: string) =>
    (
      await t
        .http()
        .get('/api/notifications?pageSize=200')
        .auth(await t.tokenOf(username), { type: 'bearer' })
        .expect(200)
    ).body.items.filter((n: { kind: string }) => n.kind === 'deadline').length;

  it('starts the acceptance clock at registration and the 30-day mediation clock at acceptance', async () => {
    const c = await registerCase(t);
    expect(await clocks(c.id)).toEqual([
      expect.objectContaining({ kind: 'acceptance', light: 'green', label: '受理审查期限' }),
    ]);
    await act(t, 'mediator.yang', c.id, 'accept');
    const after = await clocks(c.id);
    expect(after.map((k) => [k.kind, k.light])).toEqual(
      expect.arrayContaining([
        ['acceptance', 'done'],
        ['mediation', 'green'],
      ]),
    );
    const days = (Date.parse(after.find((k) => k.kind === 'mediation')!.dueAt) - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(40); // a period ending on a day off moves to the next working day
  });

  it('runs a labour dispute’s 15 days from receipt of the application, not from acceptance (LDMAL Art 14)', async () => {
    const c = await registerCase(t, 'mediator.yang', { disputeType: 'labour', disputeSubtype: '拖欠工资' });
    // Received ten days ago, accepted today.
    await t.dataSource.query(`UPDATE cases SET created_at = now() - interval '10 days' WHERE id = $1`, [
      c.id,
    ]);
    expect((await act(t, 'mediator.yang', c.id, 'accept')).status).toBe(200);
    const mediation = (await clocks(c.id)).find((k) => k.kind === 'mediation')!;
    const days = (Date.parse(mediation.dueAt) - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(4);
    expect(days).toBeLessThan(9); // 15 days from receipt: 5 left, or a little more past a day off
  });

  it('turns a clock yellow, then red, notifying each recipient exactly once per change', async () => {
    const c = await caseInMediation(t);
    await t.dataSource.query(
      `UPDATE clocks SET yellow_at = now() - interval '1 second' WHERE case_id = $1 AND kind = 'mediation'`,
      [c.id],
    );
    const before = {
      yang: await inboxCount('mediator.yang'),
      zhao: await inboxCount('mediator.zhao'),
      director: await inboxCount('director.yang'),
      sfs: await inboxCount('sfs.wang'),
    };
    expect(await sweep()).toMatchObject({ swept: true, changed: 1, notified: 3 });
    expect((await clocks(c.id)).find((k) => k.kind === 'mediation')!.light).toBe('yellow');
    expect(await sweep()).toMatchObject({ changed: 0, notified: 0 });
    await t.dataSource.query(
      `UPDATE clocks SET due_at = now() - interval '1 second' WHERE case_id = $1 AND kind = 'mediation'`,
      [c.id],
    );
    expect(await sweep()).toMatchObject({ changed: 1, notified: 4 }); // red also goes to the judicial office
    expect((await clocks(c.id)).find((k) => k.kind === 'mediation')!.light).toBe('red');
    expect(await inboxCount('mediator.yang')).toBe(before.yang + 2);
    expect(await inboxCount('mediator.zhao')).toBe(before.zhao + 2);
    expect(await inboxCount('director.yang')).toBe(before.director + 2);
    expect(await inboxCount('sfs.wang')).toBe(before.sfs + 1);
    const director = await t
      .http()
      .get('/api/notifications')
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' });
    expect(director.body.items[0]).toMatchObject({
      kind: 'deadline',
      caseId: c.id,
      title: `已超期：${c.caseNumber} 调解期限`,
    });
  });

  it('sends each notification once when two API instances sweep the same database at the same moment', async () => {
    const cases = await Promise.all([caseInMediation(t), caseInMediation(t), caseInMediation(t)]);
    await t.dataSource.query(
      `UPDATE clocks SET due_at = now() - interval '1 second' WHERE case_id = ANY($1) AND kind = 'mediation'`,
      [cases.map((c) => c.id)],
    );
    const url = (t.dataSource.options as { url: string }).url;
    const second = await createApp(testConfig(), url);
    try {
      const results = await Promise.all([
        t.app.get(DeadlinesService).sweep(),
        second.get(DeadlinesService).sweep(),
        t.app.get(DeadlinesService).sweep(),
        second.get(DeadlinesService).sweep(),
      ]);
      expect(results.reduce((sum, r) => sum + r.changed, 0)).toBe(3);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications WHERE kind = 'deadline' AND case_id = ANY($1)`,
        [cases.map((c) => c.id)],
      );
      expect(n).toBe(3 * 4);
      const [{ dupes }] = await t.dataSource.query(
        `SELECT count(*)::int AS dupes FROM (SELECT user_id, case_id, title FROM notifications WHERE kind = 'deadline'
           GROUP BY 1, 2, 3 HAVING count(*) > 1) d`,
      );
      expect(dupes).toBe(0);
    } finally {
      await second.close();
    }
  });

  it('pauses the mediation clock while the case is paused and moves its end by the paused time', async () => {
    const c = await caseInMediation(t);
    const due = Date.parse((await clocks(c.id)).find((k) => k.kind === 'mediation')!.dueAt);
    await act(t, 'mediator.yang', c.id, 'pause', { reason: '等待鉴定' });
    expect((await clocks(c.id)).find((k) => k.kind === 'mediation')!.light).toBe('paused');
    await t.dataSource.query(
      `UPDATE clocks SET paused_at = paused_at - interval '2 days' WHERE case_id = $1`,
      [c.id],
    );
    await act(t, 'mediator.yang', c.id, 'resume');
    const resumed = (await clocks(c.id)).find((k) => k.kind === 'mediation')!;
    expect(resumed.light).toBe('green');
    expect(Math.round((Date.parse(resumed.dueAt) - due) / 86400_000)).toBe(2);
    await act(t, 'mediator.yang', c.id, 'extend', { days: 10, consentPartyIds: c.parties.map((p) => p.id) });
    const extended = (await clocks(c.id)).find((k) => k.kind === 'mediation')!;
    expect(Math.round((Date.parse(extended.dueAt) - due) / 86400_000)).toBe(12);
  });

  it('lists the board red first with counts by light, within the caller’s scope', async () => {
    const res = await t
      .http()
      .get('/api/deadlines')
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(200);
    expect(res.body.items[0].light).toBe('red');
    expect(res.body.counts.red).toBeGreaterThanOrEqual(4);
    expect(res.body.items.every((i: { light: string }) => i.light !== 'done')).toBe(true);
    const other = await t
      .http()
      .get('/api/deadlines')
      .auth(await t.tokenOf('mediator.zhou'), { type: 'bearer' })
      .expect(200);
    expect(other.body.total).toBe(0);
    await t.http().get('/api/deadlines?light=purple').auth(admin, { type: 'bearer' }).expect(400);
    await t
      .http()
      .post('/api/deadlines/sweep')
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(403);
  });

  it('lets the admin correct the calendar, and nobody else', async () => {
    await t
      .http()
      .put('/api/calendar/overrides')
      .auth(admin, { type: 'bearer' })
      .send({ day: '2027-10-01', working: false, name: '国庆节' })
      .expect(200);
    const list = await t
      .http()
      .get('/api/calendar/overrides')
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .expect(200);
    expect(list.body).toEqual([{ day: '2027-10-01', working: false, name: '国庆节' }]);
    await t
      .http()
      .put('/api/calendar/overrides')
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .send({ day: '2027-10-02', working: false, name: 'x' })
      .expect(403);
    await t.http().delete('/api/calendar/overrides/2027-10-01').auth(admin, { type: 'bearer' }).expect(204);
    await t.http().delete('/api/calendar/overrides/2027-10-01').auth(admin, { type: 'bearer' }).expect(404);
  });

  it('prints the arbitration notice once a labour case’s 15 days ran out without an agreement (Art 14 ¶2)', async () => {
    const c = await caseInMediation(t, { disputeType: 'labour', disputeSubtype: '拖欠工资' });
    const token = await t.tokenOf('mediator.yang');
    const notice = () => getBinary(t, `/api/cases/${c.id}/documents/arbitration-notice.pdf`, token);
    const early = await notice();
    expect(early.status).toBe(409);
    expect(JSON.parse((early.body as Buffer).toString()).code).toBe('ARBITRATION_NOT_OPEN');
    await t.dataSource.query(
      `UPDATE clocks SET due_at = now() - interval '1 second' WHERE case_id = $1 AND kind = 'mediation'`,
      [c.id],
    );
    const late = await notice();
    expect(late.status).toBe(200);
    const text = pdfText(late.body as Buffer);
    expect(text).toContain('告知可申请劳动争议仲裁');
    expect(text).toContain('自劳动争议调解组织收到调解申请之日起十五日内未达成调解协议的');
    expect(text).toContain('向劳动争议仲裁委员会申请仲裁');
  });
});
