import { chinaDay } from '../../libs/contracts/src/china-day.js';
import { act, createUser, expectOk, orgId, registerCase } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 19: the time limits had no API; a centre could not correct one without SQL. The admin changes
 * the system's rules, a committee's director sets his committee's own (never a statutory one), and a
 * case started afterwards runs by it.
 */
describe('time limits as data (issue 19)', () => {
  let t: TestApp;
  let laoyang: string;
  let rules: {
    id: number;
    kind: string;
    source: string | null;
    disputeType: string | null;
    days: number;
    statutory: boolean;
  }[];
  beforeAll(async () => {
    t = await createTestApp();
    laoyang = await orgId(t, '老杨调解中心');
    rules = (
      await t
        .http()
        .get('/api/deadline-rules')
        .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
        .expect(200)
    ).body;
  });
  afterAll(() => t.close());

  const rule = (kind: string, source: string | null, disputeType: string | null = null) =>
    rules.find((r) => r.kind === kind && r.source === source && r.disputeType === disputeType)!;
  const put = async (username: string, org: string, id: number, body: object) =>
    t
      .http()
      .put(`/api/organisations/${org}/deadline-rules/${id}`)
      .auth(await t.tokenOf(username), { type: 'bearer' })
      .send(body);
  /** The due day of the case's mediation clock and the day its period started from (China). */
  const mediationClock = async (caseId: string) => {
    const [row] = await t.dataSource.query(
      `SELECT to_char(k.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS due, c.created_at
         FROM clocks k JOIN cases c ON c.id = k.case_id WHERE k.case_id = $1 AND k.kind = 'mediation'`,
      [caseId],
    );
    return { due: row.due as string, from: chinaDay(row.created_at as Date) };
  };
  const plusDays = (day: string, n: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const courtCase = async (username = 'mediator.yang', org?: string) => {
    const c = await registerCase(t, username, {
      source: 'court_dispatch',
      ...(org ? { organisationId: org } : {}),
    });
    expectOk(await act(t, username, c.id, 'accept'));
    return c;
  };

  it('lists the system rules with their basis, the statutory ones marked', () => {
    expect(rule('mediation', 'court_dispatch')).toMatchObject({ days: 30, statutory: false });
    expect(rule('mediation', null, 'labour')).toMatchObject({ days: 15, statutory: true });
    expect(rule('judicial_confirmation', null)).toMatchObject({ days: 30, statutory: true });
  });

  it('runs a new court-dispatched case by the committee’s own limit; other committees keep 30 days', async () => {
    const changed = await put('director.yang', laoyang, rule('mediation', 'court_dispatch').id, {
      days: 20,
      workingDays: false,
      basis: '诸暨市人民法院诉调对接办法:委派调解 20 日',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ days: 20, overridden: true, defaultDays: 30 });
    const c = await courtCase();
    const clock = await mediationClock(c.id);
    expect(clock.due).toBe(plusDays(clock.from, 20));

    const elsewhere = await createUser(t, 'director', '枫桥镇人民调解委员会', true);
    const other = await courtCase(elsewhere, await orgId(t, '枫桥镇人民调解委员会'));
    const otherClock = await mediationClock(other.id);
    expect(otherClock.due).toBe(plusDays(otherClock.from, 30));

    const listed = await t
      .http()
      .get(`/api/organisations/${laoyang}/deadline-rules`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(200);
    expect(
      listed.body.find((r: { id: number }) => r.id === rule('mediation', 'court_dispatch').id),
    ).toMatchObject({ days: 20, overridden: true, basis: '诸暨市人民法院诉调对接办法:委派调解 20 日' });
    const [audit] = await t.dataSource.query(
      `SELECT before, after FROM audit_events WHERE action = 'deadline_rule.set' ORDER BY seq DESC LIMIT 1`,
    );
    expect([audit.before.days, audit.after.days]).toEqual([30, 20]);

    const reset = await t
      .http()
      .delete(`/api/organisations/${laoyang}/deadline-rules/${rule('mediation', 'court_dispatch').id}`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' });
    expect(reset.body).toMatchObject({ days: 30, overridden: false });
    const after = await mediationClock((await courtCase()).id);
    expect(after.due).toBe(plusDays(after.from, 30));
    // A clock already running keeps the end it was given.
    expect((await mediationClock(c.id)).due).toBe(clock.due);
  });

  it('refuses a statutory limit, a limit of no days and another committee’s, changing nothing', async () => {
    const count = async () =>
      Number((await t.dataSource.query('SELECT count(*) AS n FROM deadline_rules'))[0].n);
    const before = await count();
    const labour = await put('director.yang', laoyang, rule('mediation', null, 'labour').id, {
      days: 30,
      workingDays: false,
    });
    expect([labour.status, labour.body.code]).toEqual([422, 'RULE_STATUTORY']);
    const id = rule('mediation', 'court_dispatch').id;
    for (const days of [0, -5, 366, 2.5, '20']) {
      const res = await put('director.yang', laoyang, id, { days, workingDays: false });
      expect([res.status, res.body.details?.[0]?.message]).toEqual([400, '期限天数须为 1–365 的整数']);
    }
    const negativeCap = await put('director.yang', laoyang, id, {
      days: 20,
      workingDays: false,
      maxExtensionDays: -1,
    });
    expect(negativeCap.status).toBe(400);
    const fengqiao = await orgId(t, '枫桥镇人民调解委员会');
    expect((await put('director.yang', fengqiao, id, { days: 20, workingDays: false })).status).toBe(404);
    expect((await put('director.yang', laoyang, 999999, { days: 20, workingDays: false })).status).toBe(404);
    expect((await put('director.yang', laoyang, 0, { days: 20, workingDays: false })).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it('lets the admin change a system limit for every committee', async () => {
    const id = rule('filing', null).id;
    const res = await t
      .http()
      .put(`/api/deadline-rules/${id}`)
      .auth(await t.tokenOf('admin'), { type: 'bearer' })
      .send({ days: 20, workingDays: true });
    expect(res.body).toMatchObject({ days: 20, workingDays: true, basis: '结案后 30 日内立卷归档 [L]' });
    const refused = await t
      .http()
      .put(`/api/deadline-rules/${id}`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .send({ days: 20, workingDays: true });
    expect(refused.status).toBe(403);
  });
});
