import { act, createUser, expectOk, orgId, registerCase } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 19: the roster was read-only (GET); a centre could not take on a new mediator without SQL.
 * Now POST/PATCH /api/mediators (docs/api.md "Administration"): organisations (many), kind, full- or
 * part-time, court roster number, term, training, status; a director keeps his own committee's roster.
 */
describe('mediators roster (issue 19)', () => {
  let t: TestApp;
  let laoyang: string;
  let fengqiao: string;
  beforeAll(async () => {
    t = await createTestApp();
    laoyang = await orgId(t, '老杨调解中心');
    fengqiao = await orgId(t, '枫桥镇人民调解委员会');
  });
  afterAll(() => t.close());

  const as = async (username: string) => ({ type: 'bearer' as const, token: await t.tokenOf(username) });
  const post = async (username: string, body: object) => {
    const { token } = await as(username);
    return t.http().post('/api/mediators').auth(token, { type: 'bearer' }).send(body);
  };
  const patch = async (username: string, id: string, body: object) => {
    const { token } = await as(username);
    return t.http().patch(`/api/mediators/${id}`).auth(token, { type: 'bearer' }).send(body);
  };
  const entry = (overrides: object = {}) => ({
    name: '钱国强',
    organisationIds: [laoyang],
    kind: 'engaged',
    fullTime: false,
    termStart: '2026-01-01',
    termEnd: '2028-12-31',
    status: 'active',
    ...overrides,
  });
  const rosterCount = async () =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM mediators'))[0].n);

  it('lets the admin put a mediator on two committees, and each committee sees him', async () => {
    const res = await post('admin', {
      ...entry({ name: '孙志远', organisationIds: [fengqiao, laoyang], fullTime: true }),
      courtRosterNo: '诸法特调〔2026〕031号',
      trainings: [{ day: '2026-06-18', topic: '民法典婚姻家庭编专题培训', hours: 8 }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: '孙志远',
      organisationId: fengqiao,
      organisationIds: [fengqiao, laoyang],
      fullTime: true,
      courtRosterNo: '诸法特调〔2026〕031号',
      termEnd: '2028-12-31',
      trainings: [{ day: '2026-06-18', topic: '民法典婚姻家庭编专题培训', hours: 8 }],
    });
    const { token } = await as('director.yang');
    const listed = await t
      .http()
      .get('/api/mediators')
      .query({ organisationId: laoyang })
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(listed.body.items.map((m: { name: string }) => m.name)).toContain('孙志远');
    const [audit] = await t.dataSource.query(
      `SELECT after FROM audit_events WHERE action = 'mediator.create' AND entity_id = $1`,
      [res.body.id],
    );
    // A person's name is kept in the audit as a keyed hash only (docs/security.md).
    expect(audit.after).toMatchObject({
      name: expect.stringMatching(/^hmac:/),
      organisationIds: [fengqiao, laoyang],
    });
  });

  it('lets a director keep his own committee’s roster only', async () => {
    expect((await post('director.yang', entry({ name: '冯晓东' }))).status).toBe(201);
    const before = await rosterCount();
    // Another committee is outside his scope: as if it did not exist.
    expect((await post('director.yang', entry({ organisationIds: [fengqiao] }))).status).toBe(404);
    expect((await post('director.yang', entry({ organisationIds: [laoyang, fengqiao] }))).status).toBe(404);
    const shared = (await t.dataSource.query(`SELECT id FROM mediators WHERE name = '孙志远'`))[0]
      .id as string;
    const refused = await patch('director.yang', shared, { courtRosterNo: 'X' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('MEDIATOR_SHARED');
    expect(await rosterCount()).toBe(before);
  });

  it('refuses a bad entry with a clear message and saves nothing', async () => {
    const before = await rosterCount();
    const cases: [object, number, string][] = [
      [entry({ termEnd: '2025-12-31' }), 400, '任期结束日期不能早于开始日期'],
      [entry({ kind: 'volunteer' }), 400, '调解员类别须为委员或聘任调解员'],
      [entry({ organisationIds: [] }), 400, '请至少选择一个所属调解组织'],
      [entry({ termStart: '2026-02-30' }), 400, '任期开始日期格式应为 YYYY-MM-DD'],
      [entry({ trainings: [{ day: '2026-06-18', topic: '', hours: 8 }] }), 400, '请填写培训内容'],
      [
        entry({ trainings: [{ day: '2026-06-18', topic: '培训', hours: 1000 }] }),
        400,
        '培训学时须在 0.5–200 之间',
      ],
      [entry({ name: '王'.repeat(51) }), 400, '姓名不能超过 50 个字'],
      [
        entry({ organisationIds: [await orgId(t, '枫桥镇司法所')] }),
        422,
        '调解员只能列入调解委员会或调解中心的名册',
      ],
    ];
    for (const [body, status, message] of cases) {
      const res = await post('admin', body);
      expect([res.status, JSON.stringify(res.body)]).toEqual([status, expect.stringContaining(message)]);
    }
    expect(await rosterCount()).toBe(before);
  });

  it('links an account once, of a role that mediates and of a committee listed', async () => {
    const username = await createUser(t, 'mediator', '老杨调解中心');
    const [{ id: userId }] = await t.dataSource.query('SELECT id FROM users WHERE username = $1', [username]);
    expect((await post('admin', entry({ name: '吴晓梅', userId }))).status).toBe(201);
    const twice = await post('admin', entry({ name: '吴晓梅二', userId }));
    expect([twice.status, twice.body.code]).toEqual([409, 'MEDIATOR_USER_TAKEN']);
    const elsewhere = await post('admin', entry({ name: '吴晓梅三', userId, organisationIds: [fengqiao] }));
    expect([elsewhere.status, elsewhere.body.code]).toEqual([422, 'MEDIATOR_USER_ORGANISATION']);
    const [{ id: police }] = await t.dataSource.query(`SELECT id FROM users WHERE username = 'police.hu'`);
    const liaison = await post('admin', entry({ name: '胡强', userId: police }));
    expect([liaison.status, liaison.body.code]).toEqual([422, 'MEDIATOR_USER_ROLE']);
  });

  it('assigns a case to a new mediator; suspending him waits until his cases are reassigned', async () => {
    const created = await post('director.yang', entry({ name: '郑明华', fullTime: true }));
    expectOk(created);
    const id = created.body.id as string;
    const c = await registerCase(t);
    expectOk(await act(t, 'mediator.yang', c.id, 'accept'));
    expectOk(
      await act(t, 'director.yang', c.id, 'assign', { presidingMediatorId: id, chosenBy: 'committee' }),
    );
    const suspend = await patch('director.yang', id, { status: 'suspended' });
    expect([suspend.status, suspend.body.code]).toEqual([422, 'MEDIATOR_HAS_CASES']);
    expect(suspend.body.message).toContain('仍在主持 1 件未办结的案件');
    const [row] = await t.dataSource.query('SELECT status FROM mediators WHERE id = $1', [id]);
    expect(row.status).toBe('active');
  });

  it('assigns no case to a mediator whose term has ended or who is suspended', async () => {
    const ended = await post(
      'director.yang',
      entry({ name: '蒋文斌', termStart: '2023-01-01', termEnd: '2025-12-31' }),
    );
    expectOk(ended);
    const suspended = await post('director.yang', entry({ name: '沈玉兰', status: 'suspended' }));
    expectOk(suspended);
    const c = await registerCase(t);
    expectOk(await act(t, 'mediator.yang', c.id, 'accept'));
    for (const who of [ended.body.id, suspended.body.id]) {
      const res = await act(t, 'director.yang', c.id, 'assign', {
        presidingMediatorId: who,
        chosenBy: 'committee',
      });
      expect([res.status, res.body.code]).toEqual([422, 'MEDIATOR_UNAVAILABLE']);
    }
    const renewed = await patch('director.yang', ended.body.id, {
      termStart: '2026-01-01',
      termEnd: '2028-12-31',
    });
    expect(renewed.status).toBe(200);
    expectOk(
      await act(t, 'director.yang', c.id, 'assign', {
        presidingMediatorId: ended.body.id,
        chosenBy: 'committee',
      }),
    );
  });

  it('warns the committee’s director once when a term ends within 60 days', async () => {
    const soon = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('sv-SE', {
      timeZone: 'Asia/Shanghai',
    });
    const created = await post('admin', entry({ name: '韩立军', termEnd: soon }));
    expectOk(created);
    const sweep = async () =>
      t
        .http()
        .post('/api/deadlines/sweep')
        .auth(await t.tokenOf('admin'), { type: 'bearer' })
        .expect(200);
    const warnings = async () =>
      (
        await t.dataSource.query(
          `SELECT n.title FROM notifications n JOIN users u ON u.id = n.user_id
            WHERE u.username = 'director.yang' AND n.kind = 'mediator.term' AND n.title LIKE '%韩立军%'`,
        )
      ).map((r: { title: string }) => r.title);
    await sweep();
    await sweep();
    expect(await warnings()).toEqual([`调解员韩立军任期将于 ${soon} 届满`]);
  });
});
