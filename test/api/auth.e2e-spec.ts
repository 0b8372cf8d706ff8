import argon2 from 'argon2';
import { DEMO_USERS } from '../../api/src/database/demo-data.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const login = (t: TestApp, username: string, password: string) =>
  t.http().post('/api/auth/login').send({ username, password });

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('signs in a demo account, sets a strict httpOnly cookie and returns the user with their organisation', async () => {
    const res = await login(t, 'mediator.yang', 'tiaojie-demo').expect(200);
    expect(res.body.user).toMatchObject({
      username: 'mediator.yang',
      name: '杨建国',
      role: 'mediator',
      organisation: { name: '老杨调解中心', kind: 'centre' },
    });
    expect(res.body.accessToken).toMatch(/^tj1\./);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/tiaojie_session=tj1\./);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
  });

  it.each(DEMO_USERS.map((u) => [u.username, u.role]))('signs in %s as %s', async (username, role) => {
    const res = await login(t, username, 'tiaojie-demo').expect(200);
    expect(res.body.user.role).toBe(role);
  });

  it('hashes a password made with the old 64 MiB setting again at sign-in', async () => {
    const old = await argon2.hash('tiaojie-demo', { type: argon2.argon2id });
    await t.dataSource.query(`UPDATE users SET password_hash = $1 WHERE username = 'mediator.zhao'`, [old]);
    await login(t, 'mediator.zhao', 'tiaojie-demo').expect(200);
    const [row] = await t.dataSource.query(
      `SELECT password_hash FROM users WHERE username = 'mediator.zhao'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await login(t, 'mediator.zhao', 'tiaojie-demo').expect(200);
  });

  it('accepts the user name in any case and with spaces around it', async () => {
    await login(t, '  Director.Yang ', 'tiaojie-demo').expect(200);
  });

  it('answers a wrong password and an unknown user alike: 401 with a Chinese message', async () => {
    const wrong = await login(t, 'mediator.zhao', 'wrong').expect(401);
    const unknown = await login(t, 'nobody', 'wrong').expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('locks an account for 15 minutes after 5 wrong passwords, even against the right one', async () => {
    for (let i = 1; i <= 5; i++) await login(t, 'mediator.zhou', `guess-${i}`).expect(401);
    const blocked = await login(t, 'mediator.zhou', 'guess-6').expect(429);
    expect(blocked.body).toEqual({
      statusCode: 429,
      code: 'TOO_MANY_ATTEMPTS',
      message: '登录失败次数过多,已暂时禁止登录,请 15 分钟后再试',
    });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    await login(t, 'mediator.zhou', 'tiaojie-demo').expect(429);
    // Another account from the same address is not locked out.
    await login(t, 'sfs.wang', 'tiaojie-demo').expect(200);
  });

  it('names each missing field in Chinese and changes nothing', async () => {
    const res = await t.http().post('/api/auth/login').send({ username: '' }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'username', message: '请输入用户名' }),
        expect.objectContaining({ field: 'password' }),
      ]),
    );
  });

  it('refuses unknown fields, malformed JSON and other media types with clear 4xx', async () => {
    const extra = await t.http().post('/api/auth/login').send({ username: 'a', password: 'b', admin: true });
    expect(extra.status).toBe(400);
    expect(extra.body.details).toEqual([
      expect.objectContaining({ field: 'admin', message: '不允许的字段' }),
    ]);
    const broken = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "a",');
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({ statusCode: 400, code: 'BAD_JSON', message: '请求体不是有效的 JSON' });
    const form = await t.http().post('/api/auth/login').type('form').send('username=a&password=b');
    expect(form.status).toBe(415);
    expect(form.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'a', password: 'x'.repeat(3 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('serves /api/me to a bearer token and to the session cookie', async () => {
    const res = await login(t, 'sfs.wang', 'tiaojie-demo').expect(200);
    const byToken = await t.http().get('/api/me').auth(res.body.accessToken, { type: 'bearer' }).expect(200);
    expect(byToken.body).toMatchObject({ username: 'sfs.wang', organisation: { name: '枫桥镇司法所' } });
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const byCookie = await t.http().get('/api/me').set('Cookie', cookie).expect(200);
    expect(byCookie.body).toEqual(byToken.body);
  });

  it('ends the session on logout: the same token is refused afterwards', async () => {
    const token = (await login(t, 'court.li', 'tiaojie-demo').expect(200)).body.accessToken;
    await t.http().post('/api/auth/logout').auth(token, { type: 'bearer' }).expect(204);
    const after = await t.http().get('/api/me').auth(token, { type: 'bearer' }).expect(401);
    expect(after.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('refuses a forged token, and a token of a disabled user', async () => {
    const token: string = (await login(t, 'police.hu', 'tiaojie-demo').expect(200)).body.accessToken;
    const forged = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
    await t.http().get('/api/me').auth(forged, { type: 'bearer' }).expect(401);
    await t.dataSource.query(`UPDATE users SET active = false WHERE username = 'police.hu'`);
    await t.http().get('/api/me').auth(token, { type: 'bearer' }).expect(401);
  });

  // Issue 19: a sign-in left unattended lasted its full 12 hours.
  it('ends a session idle for TIAOJIE_IDLE_MINUTES (30) and keeps one in use alive', async () => {
    const res = await login(t, 'director.yang', 'tiaojie-demo').expect(200);
    const token: string = res.body.accessToken;
    expect(res.body.user.idleMinutes).toBe(30);
    const lastSeen = async () =>
      (
        await t.dataSource.query<{ idle_minutes: number }[]>(
          `SELECT extract(epoch FROM now() - last_seen_at) / 60 AS idle_minutes
             FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE u.username = 'director.yang' AND s.revoked_at IS NULL
            ORDER BY s.created_at DESC LIMIT 1`,
        )
      )[0]!.idle_minutes;
    const idleFor = (minutes: number) =>
      t.dataSource.query(
        `UPDATE sessions SET last_seen_at = now() - make_interval(mins => $1)
          WHERE user_id = (SELECT id FROM users WHERE username = 'director.yang')`,
        [minutes],
      );

    // 29 minutes idle: still signed in, and the request moves the idle clock on.
    await idleFor(29);
    await t.http().get('/api/me').auth(token, { type: 'bearer' }).expect(200);
    expect(Number(await lastSeen())).toBeLessThan(1);
    // 31 minutes idle: refused like an expired session, although the absolute limit is hours away.
    await idleFor(31);
    const after = await t.http().get('/api/me').auth(token, { type: 'bearer' }).expect(401);
    expect(after.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: '请先登录' });
  });
});
