import { createTestApp, type TestApp } from './support/test-app.js';

describe('audit trail', () => {
  let t: TestApp;
  let admin: string;
  /** The audit administrator reads the trail; the system administrator configures (三员分立). */
  let auditor: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenOf('admin');
    auditor = await t.tokenOf('audit.admin');
  });
  afterAll(() => t.close());

  const verify = async () =>
    (await t.http().get('/api/audit/verify').auth(auditor, { type: 'bearer' }).expect(200)).body;

  it('is intact after the demo data load', async () => {
    const result = await verify();
    expect(result.intact).toBe(true);
    // 8 organisations + 8 accounts + the admin's sign-in.
    expect(result.checked).toBeGreaterThanOrEqual(17);
  });

  it('records a change in the same transaction: who, which fields, and keyed hashes of the values', async () => {
    const roots = (await t.http().get('/api/organisations').auth(admin, { type: 'bearer' }).expect(200)).body;
    const root = roots.find((r: { name: string }) => r.name === '诸暨市司法局');
    const created = await t
      .http()
      .post('/api/organisations')
      .auth(admin, { type: 'bearer' })
      .send({
        name: '枫桥镇交通事故调解委员会',
        kind: 'committee',
        parentId: root.children[0].id,
        caseNumberPrefix: '枫交调',
      })
      .expect(201);
    const trail = await t
      .http()
      .get(`/api/audit?entity=organisation&entityId=${created.body.id}`)
      .auth(auditor, { type: 'bearer' })
      .expect(200);
    expect(trail.body.total).toBe(1);
    expect(trail.body.items[0]).toMatchObject({
      action: 'organisation.create',
      actorName: '系统管理员',
      fields: ['caseNumberPrefix', 'kind', 'name', 'parentId'],
      after: {
        name: expect.stringMatching(/^hmac:[0-9a-f]{64}$/),
        kind: 'committee',
        parentId: root.children[0].id,
        caseNumberPrefix: expect.stringMatching(/^hmac:[0-9a-f]{64}$/),
      },
    });
    expect(JSON.stringify(trail.body)).not.toContain('枫交调');
    expect((await verify()).intact).toBe(true);
  });

  it('leaves no audit row behind when the change is refused', async () => {
    const before = (await verify()).checked;
    await t
      .http()
      .post('/api/organisations')
      .auth(admin, { type: 'bearer' })
      .send({ name: '无上级', kind: 'committee', parentId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    expect((await verify()).checked).toBe(before);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET action = 'x' WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_events WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });

  it('reports not intact after a row is changed directly in the database', async () => {
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // A superuser can switch triggers off; the chain still gives it away.
      await runner.query(`SET session_replication_role = replica`);
      await runner.query(`UPDATE audit_events SET after = '{"name":"篡改"}' WHERE seq = 3`);
    } finally {
      await runner.release();
    }
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: 3 });
  });
});

describe('audit access', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('shows a director only their own organisation’s events', async () => {
    const token = await t.tokenOf('director.yang');
    const res = await t.http().get('/api/audit?pageSize=200').auth(token, { type: 'bearer' }).expect(200);
    const orgs = new Set(res.body.items.map((e: { entityId: string; entity: string }) => e.entity));
    expect(res.body.total).toBeGreaterThan(0);
    expect(orgs.size).toBeGreaterThan(0);
    const me = (await t.http().get('/api/me').auth(token, { type: 'bearer' })).body;
    const orgEvents = res.body.items.filter((e: { entity: string }) => e.entity === 'organisation');
    expect(orgEvents.map((e: { entityId: string }) => e.entityId)).toEqual([me.organisationId]);
  });

  it('refuses the trail to a mediator (403) and pages within the limits (400 beyond)', async () => {
    const mediator = await t.tokenOf('mediator.yang');
    const res = await t.http().get('/api/audit').auth(mediator, { type: 'bearer' }).expect(403);
    expect(res.body).toEqual({ statusCode: 403, code: 'FORBIDDEN', message: '当前角色无权执行此操作' });
    const big = await t
      .http()
      .get('/api/audit?pageSize=201')
      .auth(await t.tokenOf('audit.admin'), { type: 'bearer' })
      .expect(400);
    expect(big.body.details).toEqual([
      expect.objectContaining({ field: 'pageSize', message: '每页最多 200 条' }),
    ]);
  });
});
