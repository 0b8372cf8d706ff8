import { DeadlinesService } from '../../api/src/modules/deadlines/deadlines.service.js';
import { effectiveAgreement } from './support/agreement-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Clock {
  kind: string;
  light: string;
  started_day: string;
  due_day: string;
}

/**
 * Issue 17: judicial confirmation had no tracking clocks and a refusal started nothing. The court's
 * own limits (法释〔2011〕5号 Art 5: 3 days to accept; Art 7: 15 days to rule) now run as clocks the
 * mediator follows, and a refusal, or a judgment voiding the agreement, lets the parties mediate
 * again in a new case linked to the first (人民调解法 Art 33 ¶3).
 */
describe('judicial confirmation clocks and 重新调解 (issue 17)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const clocks = async (caseId: string): Promise<Clock[]> =>
    t.dataSource.query<Clock[]>(
      `SELECT kind, light, to_char(started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS started_day,
              to_char(due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS due_day
         FROM clocks WHERE case_id = $1 AND kind IN ('court_acceptance', 'court_ruling') ORDER BY created_at`,
      [caseId],
    );
  const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const remediate = (caseId: string, body: object) =>
    t.http().post(`/api/cases/${caseId}/remediation`).auth(token, { type: 'bearer' }).send(body);
  const detail = async (caseId: string) =>
    (await t.http().get(`/api/cases/${caseId}`).auth(token, { type: 'bearer' }).expect(200)).body;
  const caseCount = async () =>
    Number((await t.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM cases'))[0]!.n);

  it('follows the court: 3 days to accept, then 15 to rule; a refusal tells the routes and opens 重新调解', async () => {
    const { c, agreementId } = await effectiveAgreement(t);
    const applied = await t
      .http()
      .post(`/api/agreements/${agreementId}/judicial-confirmation`)
      .auth(token, { type: 'bearer' })
      .send({ court: '诸暨市人民法院', appliedAt: today() })
      .expect(201);
    expect(await clocks(c.id)).toEqual([
      {
        kind: 'court_acceptance',
        light: 'green',
        started_day: today(),
        due_day: (await t.app.get(DeadlinesService).calendar()).addCalendarDays(today(), 3),
      },
    ]);

    // Before a refusal nothing grounds a new mediation, and nothing is created.
    const before = await caseCount();
    const early = await remediate(c.id, { ground: 'confirmation_refused', reason: '双方同意重新调解' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('REMEDIATION_GROUND');
    expect(await caseCount()).toBe(before);

    const move = (body: object) =>
      t
        .http()
        .patch(`/api/judicial-confirmations/${applied.body.id}`)
        .auth(token, { type: 'bearer' })
        .send(body)
        .expect(200);
    await move({ status: 'accepted' });
    const accepted = await clocks(c.id);
    expect(accepted.map((k) => `${k.kind}:${k.light}`)).toEqual([
      'court_acceptance:done',
      'court_ruling:green',
    ]);
    // 15 days by the working calendar: a last day on a rest day moves to the next working day.
    const calendar = await t.app.get(DeadlinesService).calendar();
    expect(accepted[1]!.due_day).toBe(calendar.addCalendarDays(today(), 15));

    await move({ status: 'refused', rulingNumber: '(2026)浙0681民特12号', rulingDate: today() });
    expect((await clocks(c.id)).map((k) => k.light)).toEqual(['done', 'done']);
    const refusedLine = (await detail(c.id)).timeline.find((e: { summary: string }) =>
      e.summary.startsWith('司法确认:法院裁定驳回'),
    );
    expect(refusedLine?.summary).toContain('可以通过人民调解方式变更原调解协议或者达成新的调解协议');

    // 重新调解: a new case at the same committee, registered, linked both ways.
    const created = await remediate(c.id, {
      ground: 'confirmation_refused',
      reason: '双方同意变更履行期限后重新调解',
    });
    expect(created.status).toBe(201);
    expect(created.body.caseNumber).toMatch(/^\(\d{4}\)/);
    const again = await detail(created.body.id);
    expect(again).toMatchObject({
      status: 'registered',
      organisationId: (await detail(c.id)).organisationId,
      remediationOf: { id: c.id },
      remediation: null,
    });
    expect(again.parties.map((p: { name: string }) => p.name)).toEqual(c.parties.map((p) => p.name));
    expect(again.timeline[0].summary).toContain('人民法院裁定驳回司法确认申请');
    const original = await detail(c.id);
    expect(original.remediation).toEqual({ id: created.body.id, caseNumber: created.body.caseNumber });
    expect(
      original.timeline.some((e: { summary: string }) => e.summary.includes(created.body.caseNumber)),
    ).toBe(true);

    // One new mediation per case.
    const twice = await remediate(c.id, { ground: 'confirmation_refused', reason: '再次申请' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('REMEDIATION_EXISTS');
  });

  it('mediates again after a judgment voids the agreement, only with the judgment named', async () => {
    const { c } = await effectiveAgreement(t);
    const before = await caseCount();
    for (const body of [
      { ground: 'agreement_invalidated', reason: '协议被确认无效' },
      { ground: 'agreement_invalidated', reason: '协议被确认无效', ruling: '   ' },
      { ground: 'revoked', reason: '协议被撤销' },
      { ground: 'agreement_invalidated', reason: '' },
    ]) {
      const res = await remediate(c.id, body);
      expect(res.status).toBe(400);
    }
    expect(await caseCount()).toBe(before);
    const created = await remediate(c.id, {
      ground: 'agreement_invalidated',
      reason: '双方同意就赔偿数额重新调解',
      ruling: '(2026)浙0681民初345号',
    }).expect(201);
    const again = await detail(created.body.id);
    expect(again.timeline[0].summary).toContain('人民法院确认调解协议无效((2026)浙0681民初345号)');
    const [audit] = await t.dataSource.query<{ after: { ground: string } }[]>(
      `SELECT after FROM audit_events WHERE action = 'case.remediation' AND entity_id = $1`,
      [c.id],
    );
    expect(audit?.after.ground).toBe('agreement_invalidated');
  });
});
