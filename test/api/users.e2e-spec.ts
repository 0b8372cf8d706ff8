import { orgId } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Users administered in the product (issue 19, docs/api.md "Administration"): the security
 * administrator creates, edits, disables and resets accounts; a temporary password must be changed
 * before anything else; the system administrator manages no users (三员分立).
 */
describe('users and passwords', () => {
  let t: TestApp;
  let security: string;
  let laoyang: string;
  beforeAll(async () => {
    t = await createTestApp();
    security = await t.tokenOf('security.admin');
    laoyang = await orgId(t, '老杨调解中心');
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.http().post('/api/auth/login').send({ username, password });
  const create = (body: object, token = security) =>
    t.http().post('/api/users').auth(token, { type: 'bearer' }).send(body);
  const auditRows = async (entityId: string) =>
    t.dataSource.query<{ action: string; before: unknown; after: unknown }[]>(
      'SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY seq',
      [entityId],
    );

  it('creates an account whose temporary password opens only the password change', async () => {
    const res = await create({
      username: 'mediator.qian',
      name: '钱国强',
      role: 'mediator',
      organisationId: laoyang,
    });
    expect(res.status).toBe(201);
    const { id, temporaryPassword } = res.body as { id: string; temporaryPassword: string };
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);

    const signedIn = await login('mediator.qian', temporaryPassword).expect(200);
    expect(signedIn.body.user.mustChangePassword).toBe(true);
    const token = signedIn.body.accessToken as string;
    const cases = await t.http().get('/api/cases').auth(token, { type: 'bearer' });
    expect({ status: cases.status, code: cases.body.code }).toEqual({
      status: 403,
      code: 'PASSWORD_CHANGE_REQUIRED',
    });
    await t.http().get('/api/me').auth(token, { type: 'bearer' }).expect(200);

    // The rule, the demo password and the current one are refused, each with its reason.
    const change = (next: string, current = temporaryPassword) =>
      t.http().post('/api/auth/password').auth(token, { type: 'bearer' }).send({ current, next });
    const refusals = [
      await change('short1'),
      await change('tiaojie-demo-2026'),
      await change(temporaryPassword),
      await change('Fengqiao2026!', 'wrong-password-1'),
    ];
    expect(refusals.map((r) => [r.status, r.body.code])).toEqual([
      [422, 'PASSWORD_REJECTED'],
      [422, 'PASSWORD_REJECTED'],
      [422, 'PASSWORD_REJECTED'],
      [422, 'CURRENT_PASSWORD_WRONG'],
    ]);
    expect(refusals[0]!.body.message).toContain('密码至少 10 个字符');
    expect(refusals[1]!.body.message).toContain('不能使用演示密码');
    expect(refusals[2]!.body.message).toContain('不能与最近 5 次用过的密码相同');

    await change('Fengqiao2026!').expect(204);
    await t.http().get('/api/cases').auth(token, { type: 'bearer' }).expect(200);
    await login('mediator.qian', temporaryPassword).expect(401);
    const again = await login('mediator.qian', 'Fengqiao2026!').expect(200);
    expect(again.body.user.mustChangePassword).toBe(false);

    const rows = await auditRows(id);
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['user.create', 'auth.login', 'user.change_password']),
    );
    const trail = JSON.stringify(rows);
    expect(trail).not.toContain(temporaryPassword);
    expect(trail).not.toContain('Fengqiao2026!');
  });

  it('refuses a taken user name (409) and a bad body (400), creating nothing', async () => {
    const before = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM users');
    const taken = await create({
      username: 'mediator.yang',
      name: '重名',
      role: 'mediator',
      organisationId: laoyang,
    });
    expect([taken.status, taken.body.code, taken.body.message]).toEqual([
      409,
      'USERNAME_TAKEN',
      '用户名“mediator.yang”已被使用,请换一个',
    ]);
    const bad = await create({ username: 'X', name: '', role: 'emperor', organisationId: 'nope' });
    expect(bad.status).toBe(400);
    expect((bad.body.details as { field: string }[]).map((d) => d.field).sort()).toEqual([
      'name',
      'organisationId',
      'role',
      'username',
    ]);
    const after = await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM users');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('is the security administrator’s alone: the system administrator and a director get 403', async () => {
    for (const username of ['admin', 'director.yang', 'audit.admin']) {
      const token = await t.tokenOf(username);
      const res = await create(
        { username: `x.${username}`, name: '越权', role: 'admin', organisationId: laoyang },
        token,
      );
      expect([username, res.status]).toEqual([username, 403]);
      await t.http().get('/api/users').auth(token, { type: 'bearer' }).expect(403);
    }
    const list = await t.http().get('/api/users').auth(security, { type: 'bearer' }).expect(200);
    const names = (list.body as { username: string }[]).map((u) => u.username);
    expect(names).toEqual(
      expect.arrayContaining(['admin', 'security.admin', 'audit.admin', 'clerk.yang', 'county.chen']),
    );
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|password_hash|passwordHash/);
  });

  it('disables an account (its session ends at once) and resets a password (must be changed)', async () => {
    const res = await create({
      username: 'recorder.sun',
      name: '孙记录',
      role: 'recorder',
      organisationId: laoyang,
    });
    const { id, temporaryPassword } = res.body as { id: string; temporaryPassword: string };
    const token = (await login('recorder.sun', temporaryPassword).expect(200)).body.accessToken as string;
    await t
      .http()
      .post('/api/auth/password')
      .auth(token, { type: 'bearer' })
      .send({ current: temporaryPassword, next: 'Jiluyuan2026' })
      .expect(204);
    await t.http().get('/api/cases').auth(token, { type: 'bearer' }).expect(200);

    const patch = (body: object) =>
      t.http().patch(`/api/users/${id}`).auth(security, { type: 'bearer' }).send(body);
    const disabled = await patch({ active: false }).expect(200);
    expect(disabled.body).toMatchObject({ active: false, role: 'recorder' });
    await t.http().get('/api/cases').auth(token, { type: 'bearer' }).expect(401);
    await login('recorder.sun', 'Jiluyuan2026').expect(401);

    await patch({ active: true, role: 'mediator' }).expect(200);
    const reset = await t
      .http()
      .post(`/api/users/${id}/reset-password`)
      .auth(security, { type: 'bearer' })
      .expect(200);
    const fresh = reset.body.temporaryPassword as string;
    await login('recorder.sun', 'Jiluyuan2026').expect(401);
    const signedIn = await login('recorder.sun', fresh).expect(200);
    expect(signedIn.body.user).toMatchObject({ role: 'mediator', mustChangePassword: true });

    const rows = await auditRows(id);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['user.update', 'user.reset_password']));
    expect(JSON.stringify(rows)).not.toContain(fresh);
  });

  it('does not let the security administrator disable or demote himself', async () => {
    const me = (await t.http().get('/api/me').auth(security, { type: 'bearer' }).expect(200)).body as {
      id: string;
    };
    for (const body of [{ active: false }, { role: 'mediator' }]) {
      const res = await t.http().patch(`/api/users/${me.id}`).auth(security, { type: 'bearer' }).send(body);
      expect([res.status, res.body.code]).toEqual([422, 'OWN_ACCOUNT']);
    }
    await t.http().get('/api/users').auth(security, { type: 'bearer' }).expect(200);
  });

  it('answers 404 for an unknown account', async () => {
    await t
      .http()
      .patch('/api/users/00000000-0000-4000-8000-000000000000')
      .auth(security, { type: 'bearer' })
      .send({ name: '无此人' })
      .expect(404);
  });

  it('lists an account’s devices and signs them out: the user the others, the security admin all', async () => {
    const username = 'recorder.lin';
    const created = await create({ username, name: '林晓红', role: 'recorder', organisationId: laoyang });
    const { id, temporaryPassword } = created.body as { id: string; temporaryPassword: string };
    const signIn = async (agent: string) =>
      // Each device from an address of its own: the sign-in limit counts per address.
      (
        await login(username, temporaryPassword)
          .set('User-Agent', agent)
          .set('X-Forwarded-For', `10.19.0.${agent.length}`)
      ).body.accessToken as string;
    const tablet = await signIn('Mozilla/5.0 (iPad; CPU OS 17_0) Tablet');
    const desk = await signIn('Mozilla/5.0 (Windows NT 10.0) Desktop');
    const devices = await t.http().get('/api/auth/sessions').auth(desk, { type: 'bearer' });
    expect(devices.status).toBe(200);
    expect(
      devices.body.map((d: { userAgent: string; current: boolean }) => [d.userAgent, d.current]),
    ).toEqual([
      ['Mozilla/5.0 (Windows NT 10.0) Desktop', true],
      ['Mozilla/5.0 (iPad; CPU OS 17_0) Tablet', false],
    ]);
    // Allowed while the temporary password is still to be changed: a stolen tablet cannot wait.
    expect((await t.http().post('/api/auth/logout-others').auth(desk, { type: 'bearer' })).status).toBe(204);
    expect((await t.http().get('/api/me').auth(tablet, { type: 'bearer' })).status).toBe(401);
    expect((await t.http().get('/api/me').auth(desk, { type: 'bearer' })).status).toBe(200);

    const listed = await t.http().get(`/api/users/${id}/sessions`).auth(security, { type: 'bearer' });
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0].current).toBe(false);
    const admin = await t.tokenOf('admin');
    expect((await t.http().post(`/api/users/${id}/sign-out`).auth(admin, { type: 'bearer' })).status).toBe(
      403,
    );
    expect((await t.http().post(`/api/users/${id}/sign-out`).auth(security, { type: 'bearer' })).status).toBe(
      204,
    );
    expect((await t.http().get('/api/me').auth(desk, { type: 'bearer' })).status).toBe(401);
    expect((await auditRows(id)).map((r) => r.action)).toEqual(
      expect.arrayContaining(['auth.logout_others', 'user.sign_out']),
    );
  });
});
