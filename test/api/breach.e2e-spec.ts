import { effectiveAgreement } from './support/agreement-flow.js';
import { act } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 17: `breached` was in the enum and nothing wrote it. A return visit that found the agreement
 * not performed left the case `agreement_effective`, where it could be neither closed nor terminated
 * (409): an unperformed agreement was a dead end.
 */
describe('an agreement not performed (issue 17)', () => {
  let t: TestApp;
  let mediator: string;
  beforeAll(async () => {
    t = await createTestApp();
    mediator = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const status = async (id: string) =>
    (await t.dataSource.query<{ status: string }[]>('SELECT status FROM cases WHERE id = $1', [id]))[0]!
      .status;
  const visit = (caseId: string, partyId: string, performance: string) =>
    t
      .http()
      .post(`/api/cases/${caseId}/return-visits`)
      .auth(mediator, { type: 'bearer' })
      .send({
        partyId,
        visitedAt: new Date(Date.now() - 60_000).toISOString(),
        performance,
        satisfaction: 2,
        note: '被申请人称暂时没钱',
      });
  const perform = (agreementId: string, termIndex: number) =>
    t
      .http()
      .post(`/api/agreements/${agreementId}/performance`)
      .auth(mediator, { type: 'bearer' })
      .send({ termIndex, performedAt: new Date(Date.now() - 60_000).toISOString() });

  it('moves the case to breached on a return visit that finds it not performed, and closes it once the remedy is told', async () => {
    const { c } = await effectiveAgreement(t);
    expect(await status(c.id)).toBe('agreement_effective');
    await visit(c.id, c.parties[0]!.id, 'not_performed').expect(201);
    expect(await status(c.id)).toBe('breached');
    const detail = await t.http().get(`/api/cases/${c.id}`).auth(mediator, { type: 'bearer' }).expect(200);
    expect(detail.body.timeline[0].summary).toContain('回访发现协议未履行');

    const bare = await act(t, 'director.yang', c.id, 'close');
    expect(bare.status).toBe(422);
    expect(bare.body.code).toBe('UNPERFORMED_ROUTES_REQUIRED');
    expect(await status(c.id)).toBe('breached');
    const blank = await act(t, 'director.yang', c.id, 'close', { unperformedRoutesInformed: '   ' });
    expect(blank.status).toBe(400);
    const closed = await act(t, 'director.yang', c.id, 'close', {
      unperformedRoutesInformed: '已告知申请人可持调解协议向人民法院起诉',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.statusReason).toBe('协议未履行,已告知:已告知申请人可持调解协议向人民法院起诉');
  });

  it('moves a breached case back when the terms are performed after all', async () => {
    const { c, agreementId } = await effectiveAgreement(t);
    await visit(c.id, c.parties[0]!.id, 'not_performed').expect(201);
    expect(await status(c.id)).toBe('breached');
    await perform(agreementId, 0).expect(201);
    expect(await status(c.id)).toBe('performing');
    await visit(c.id, c.parties[0]!.id, 'not_performed').expect(201);
    expect(await status(c.id)).toBe('breached');
    await perform(agreementId, 1).expect(201);
    expect(await status(c.id)).toBe('performed');
    // A later visit that hears otherwise does not undo recorded performance.
    await visit(c.id, c.parties[0]!.id, 'not_performed').expect(201);
    expect(await status(c.id)).toBe('performed');
  });

  it('moves the case to breached once an obligation is 3 days past due without performance, with a 督促 task', async () => {
    const { c, agreementId } = await effectiveAgreement(t);
    const admin = await t.tokenOf('admin');
    const sweep = async () =>
      (await t.http().post('/api/deadlines/sweep').auth(admin, { type: 'bearer' }).expect(200)).body;
    const dueDaysAgo = (days: number) =>
      t.dataSource.query(
        `UPDATE clocks SET due_at = now() - make_interval(days => $2), yellow_at = now() - make_interval(days => $2 + 1)
          WHERE case_id = $1 AND kind = 'obligation' AND term_index = 0`,
        [c.id, days],
      );
    const tasks = async () =>
      (
        await t.dataSource.query<{ title: string }[]>(
          `SELECT title FROM notifications WHERE case_id = $1 AND title LIKE '督促履行%'`,
          [c.id],
        )
      ).map((n) => n.title);
    // Two days late: still within the grace days, the light is red but the case stays.
    await dueDaysAgo(2);
    await sweep();
    expect(await status(c.id)).toBe('agreement_effective');
    expect(await tasks()).toEqual([]);
    // Four days late: not performed.
    await dueDaysAgo(4);
    await sweep();
    expect(await status(c.id)).toBe('breached');
    const caseNumber = (await t.dataSource.query('SELECT case_number FROM cases WHERE id = $1', [c.id]))[0]
      .case_number as string;
    // 杨建国, 赵丽华 (the case's mediators) and 杨光照 (the director), once each.
    expect(await tasks()).toEqual(Array(3).fill(`督促履行:${caseNumber}`));
    const detail = await t.http().get(`/api/cases/${c.id}`).auth(mediator, { type: 'bearer' }).expect(200);
    expect(detail.body.timeline[0].summary).toContain('协议第1项义务的履行期限');
    expect(detail.body.timeline[0].summary).toContain('已过3日仍未登记履行');
    // A second sweep changes nothing more.
    await sweep();
    expect(await tasks()).toHaveLength(3);
    // Late performance of that term: the case moves back, and no sweep breaches it again.
    await perform(agreementId, 0).expect(201);
    expect(await status(c.id)).toBe('performing');
    await sweep();
    expect(await status(c.id)).toBe('performing');
    const [clock] = await t.dataSource.query<{ light: string }[]>(
      `SELECT light FROM clocks WHERE case_id = $1 AND kind = 'obligation' AND term_index = 0`,
      [c.id],
    );
    expect(clock!.light).toBe('done');
  });

  it('leaves the status alone for a partly performed or performed visit', async () => {
    const { c } = await effectiveAgreement(t);
    await visit(c.id, c.parties[0]!.id, 'partly').expect(201);
    await visit(c.id, c.parties[1]!.id, 'performed').expect(201);
    expect(await status(c.id)).toBe('agreement_effective');
  });
});
