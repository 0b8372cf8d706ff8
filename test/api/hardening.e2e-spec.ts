import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryFailedError } from 'typeorm';
import { OrganisationsService } from '../../api/src/modules/organisations/organisations.service.js';
import { draftAgreement } from './support/agreement-flow.js';
import { caseInMediation, orgId, PASSWORD } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Hardening of issue 9 (docs/security.md): headers, CSRF, lockout, uploads, error bodies, logs. */

const ID = '330681198503150021';
const CROSS_SITE = {
  statusCode: 403,
  code: 'CROSS_SITE_REQUEST',
  message: '请求来自其他网站,已拒绝;请在本系统的页面中操作',
};

/** A stand-in for dist/web/browser: the API tests run before the web app is built. */
function webDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiaojie-web-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><tj-root></tj-root><script src="main.js" type="module"></script>',
  );
  writeFileSync(join(dir, 'main.js'), 'export {};');
  return dir;
}

const sessionCookie = (res: { headers: Record<string, unknown> }) =>
  String(res.headers['set-cookie']).split(';')[0]!;

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ TIAOJIE_WEB_DIR: webDir() })));
  afterAll(() => t.close());

  it.each([
    ['the web app', '/', 200],
    ['an Angular route', '/cases/3f6b2c1e-0000-4000-8000-000000000000', 200],
    ['a script', '/main.js', 200],
    ['an API answer', '/api/health', 200],
    ['an API error', '/api/no-such-route', 404],
  ])('%s (%s) forbids inline scripts, framing and type sniffing', async (_what, path, status) => {
    const res = await t.http().get(path).expect(status);
    const csp = String(res.headers['content-security-policy']);
    const directive = (name: string) =>
      csp
        .split(';')
        .find((d) => d.trim().startsWith(`${name} `))
        ?.trim();
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    // Only the page's own blobs may be framed (the template preview's PDF), nothing from elsewhere.
    expect(directive('frame-src')).toBe("frame-src 'self' blob:");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // Browsers ignore HSTS over plain HTTP, which is how the API is reached here.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('behind the local TLS proxy: HSTS, upgrade-insecure-requests and a Secure session cookie', async () => {
    const page = await t.http().get('/').set('X-Forwarded-Proto', 'https').expect(200);
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    const login = await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: 'mediator.yang', password: PASSWORD })
      .expect(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Secure/i);
    const plain = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'mediator.yang', password: PASSWORD });
    expect(String(plain.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
  });

  it('keeps the production build free of inline scripts and inline event handlers', () => {
    const project = JSON.parse(readFileSync('web/project.json', 'utf8'));
    // Critical-CSS inlining adds onload="…" handlers, which script-src-attr 'none' blocks.
    expect(project.targets.build.configurations.production.optimization.styles.inlineCritical).toBe(false);
    const sources = ['web/src/index.html', 'dist/web/browser/index.html'].filter((f) => existsSync(f));
    for (const file of sources) {
      const html = readFileSync(file, 'utf8');
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
  });
});

describe('cross-site requests with the session cookie (CSRF)', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'mediator.yang', password: PASSWORD })
      .expect(200);
    cookie = sessionCookie(res);
  });
  afterAll(() => t.close());

  it.each([
    ['Origin of another site', { Origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: same-site (a sibling host)', { 'Sec-Fetch-Site': 'same-site' }],
    ['Origin: null (a sandboxed frame)', { Origin: 'null' }],
  ])('refuses a change with %s: 403, and the session survives', async (_what, headers) => {
    const logout = await t.http().post('/api/auth/logout').set('Cookie', cookie).set(headers).expect(403);
    expect(logout.body).toEqual(CROSS_SITE);
    const create = await t.http().post('/api/cases').set('Cookie', cookie).set(headers).send({}).expect(403);
    expect(create.body).toEqual(CROSS_SITE);
    await t.http().get('/api/me').set('Cookie', cookie).expect(200);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ username: 'mediator.yang', password: PASSWORD })
      .expect(403);
    expect(res.body).toEqual(CROSS_SITE);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('lets the web app’s own requests through, by Sec-Fetch-Site or by an Origin naming this server', async () => {
    const sameOrigin = await t
      .http()
      .post('/api/cases')
      .set('Cookie', cookie)
      .set('Sec-Fetch-Site', 'same-origin')
      .send({});
    expect(sameOrigin.status).toBe(400); // reached validation
    const byHost = await t
      .http()
      .post('/api/cases')
      .set('Cookie', cookie)
      .set('Host', 'tiaojie.example.gov.cn')
      .set('Origin', 'http://tiaojie.example.gov.cn')
      .send({});
    expect(byHost.status).toBe(400);
    const byPublicUrl = await t
      .http()
      .post('/api/cases')
      .set('Cookie', cookie)
      .set('Origin', 'http://localhost:3000')
      .send({});
    expect(byPublicUrl.status).toBe(400);
    // Reads change nothing; a cross-site browser does not send the Strict cookie anyway.
    await t.http().get('/api/me').set('Cookie', cookie).set('Sec-Fetch-Site', 'cross-site').expect(200);
  });

  it('does not apply to bearer tokens and API keys, which another site cannot attach', async () => {
    const token = await t.tokenOf('mediator.yang');
    const res = await t
      .http()
      .post('/api/cases')
      .auth(token, { type: 'bearer' })
      .set('Origin', 'https://court-system.example')
      .send({});
    expect(res.status).toBe(400);
    const byKey = await t
      .http()
      .post('/api/referrals')
      .set('X-Api-Key', 'tjk_not-a-real-key')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({});
    expect(byKey.status).toBe(401); // judged by the key, not by the Origin check
  });
});

describe('sign-in lockout', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const login = (username: string, password: string, ip = '198.51.100.1') =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ username, password });

  it('unlocks an account once its failures are older than 15 minutes', async () => {
    for (let i = 1; i <= 5; i++) await login('mediator.zhao', `guess-${i}`).expect(401);
    const locked = await login('mediator.zhao', PASSWORD).expect(429);
    expect(locked.body.message).toBe('登录失败次数过多,已暂时禁止登录,请 15 分钟后再试');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    await t.dataSource.query(
      `UPDATE login_failures SET at = at - interval '16 minutes' WHERE username = 'mediator.zhao'`,
    );
    await login('mediator.zhao', PASSWORD).expect(200);
  });

  it('clears an account’s failures when it signs in, so typos spread over a day do not lock it', async () => {
    for (let i = 1; i <= 4; i++) await login('director.yang', `typo-${i}`).expect(401);
    await login('director.yang', PASSWORD).expect(200);
    for (let i = 1; i <= 4; i++) await login('director.yang', `typo-${i}`).expect(401);
    await login('director.yang', PASSWORD).expect(200);
  });

  it('locks out an address that guesses across many accounts, not the other addresses', async () => {
    await t.dataSource.query(
      `INSERT INTO login_failures (username, ip) SELECT 'sprayed.' || n, '203.0.113.9' FROM generate_series(1, 50) n`,
    );
    const blocked = await login('sfs.wang', PASSWORD, '203.0.113.9').expect(429);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS' });
    await login('sfs.wang', PASSWORD, '203.0.113.10').expect(200);
  });
});

describe('uploads are judged by their bytes and their size', () => {
  let t: TestApp;
  let mediator: string;
  let agreementId: string;
  let partyId: string;
  const png = readFileSync('test/api/fixtures/signature.png');
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const html = Buffer.from('<!doctype html><script>fetch("/api/me")</script>');
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

  beforeAll(async () => {
    t = await createTestApp();
    mediator = await t.tokenOf('mediator.yang');
    const c = await caseInMediation(t);
    agreementId = await draftAgreement(t, c);
    partyId = c.parties[0]!.id;
  });
  afterAll(() => t.close());

  const scan = (file: Buffer, name: string, contentType: string) =>
    t
      .http()
      .post(`/api/agreements/${agreementId}/scans`)
      .auth(mediator, { type: 'bearer' })
      .attach('file', file, { filename: name, contentType });

  it('agreement scans: only PDF, JPEG and PNG, under a name that fits the content', async () => {
    for (const [file, name, type] of [
      [html, '扫描件.html', 'text/html'],
      [html, '扫描件.png', 'image/png'],
      [svg, '签名.svg', 'image/svg+xml'],
    ] as const) {
      const res = await scan(file, name, type).expect(415);
      expect(res.body).toMatchObject({ statusCode: 415, code: 'SCAN_TYPE' });
    }
    const renamed = await scan(pdf, '签署件.png', 'image/png').expect(415);
    expect(renamed.body.message).toBe(
      '扫描件的文件名与内容不符:内容是 PDF,文件名却是 .png;请确认文件后重新上传',
    );
    const polyglot = await scan(png, '签署件.html', 'text/html').expect(415);
    expect(polyglot.body.message).toContain('.html');
    const big = await scan(Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]), 'big.png', 'image/png');
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ statusCode: 413, code: 'SCAN_TOO_LARGE' });
    const detail = await t.http().get(`/api/agreements/${agreementId}`).auth(mediator, { type: 'bearer' });
    expect(detail.body).toMatchObject({ status: 'draft', scans: [] });
  });

  it('signature images: PNG only, at most 500 KB', async () => {
    const sign = (image: string) =>
      t
        .http()
        .post(`/api/agreements/${agreementId}/signatures`)
        .auth(mediator, { type: 'bearer' })
        .send({ signer: { partyId }, kind: 'signature', image });
    const asSvg = await sign(`data:image/svg+xml;base64,${svg.toString('base64')}`).expect(400);
    expect(asSvg.body.code).toBe('BAD_IMAGE');
    const pdfAsPng = await sign(`data:image/png;base64,${pdf.toString('base64')}`).expect(400);
    expect(pdfAsPng.body.message).toBe('文件内容不是 PNG 图片');
    const huge = Buffer.concat([png, Buffer.alloc(900 * 1024)]);
    const tooBig = await sign(`data:image/png;base64,${huge.toString('base64')}`).expect(413);
    expect(tooBig.body).toMatchObject({
      statusCode: 413,
      code: 'IMAGE_TOO_LARGE',
      message: '签名图片不能超过 500 KB',
    });
  });

  it('the committee certificate: PKCS#12 only, at most 1 MB', async () => {
    const admin = await t.tokenOf('admin');
    const org = await orgId(t, '老杨调解中心');
    const put = (file: Buffer, name: string) =>
      t
        .http()
        .put(`/api/organisations/${org}/signing-key`)
        .auth(admin, { type: 'bearer' })
        .attach('file', file, name)
        .field('password', 'x');
    const notP12 = (await put(html, 'committee.p12')).body;
    expect(notP12).toMatchObject({ statusCode: 422, code: 'SIGNING_KEY_INVALID' });
    const big = await put(Buffer.alloc(1024 * 1024 + 1, 0x30), 'committee.p12');
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: '证书文件不能超过 1 MB',
    });
  });

  it('document verification: PDF only, at most 20 MB, as a file or a raw body', async () => {
    const asFile = await t.http().post('/api/documents/verify').attach('file', html, 'a.pdf').expect(415);
    expect(asFile.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024)]);
    const raw = await t.http().post('/api/documents/verify').set('Content-Type', 'application/pdf').send(big);
    expect(raw.status).toBe(413);
    expect(raw.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    const file = await t.http().post('/api/documents/verify').attach('file', big, 'big.pdf');
    expect(file.status).toBe(413);
    expect(file.body.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('internal errors', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const logFile = `tmp/test-results/logs/api-${process.env['JEST_WORKER_ID'] ?? '0'}.log`;

  it('answer a PostgreSQL failure with a generic 500 and a correlation id, never its text', async () => {
    await t.dataSource.query('ALTER TABLE notifications RENAME TO notifications_gone');
    try {
      const res = await t
        .http()
        .get('/api/notifications')
        .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        statusCode: 500,
        code: 'INTERNAL_ERROR',
        message: '服务器内部错误,请稍后重试',
        correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      expect(res.text).not.toMatch(/notifications|relation "|does not exist|SELECT|QueryFailed|\.ts:|\sat\s/);
      // The log keeps what is needed to find the cause, under the same id.
      const logged = readFileSync(logFile, 'utf8');
      expect(logged).toContain(`${res.body.correlationId as string} GET /api/notifications`);
    } finally {
      await t.dataSource.query('ALTER TABLE notifications_gone RENAME TO notifications');
    }
  });

  it('keep personal data in an error out of the answer and mask it in the log', async () => {
    const token = await t.tokenOf('sfs.wang');
    const organisations = t.app.get(OrganisationsService);
    const original = organisations.findVisible.bind(organisations);
    const driverError = Object.assign(
      new Error(
        `duplicate key value violates unique constraint "uq_parties" Key (id_number)=(${ID}) already exists.`,
      ),
      { code: 'XX000' },
    );
    organisations.findVisible = () =>
      Promise.reject(new QueryFailedError('SELECT * FROM parties WHERE id_number = $1', [ID], driverError));
    try {
      const res = await t.http().get(`/api/me?q=${ID}`).auth(token, { type: 'bearer' });
      expect(res.status).toBe(500);
      expect(res.text).not.toMatch(new RegExp(`${ID}|duplicate|parties|SELECT`));
      const line = readFileSync(logFile, 'utf8')
        .split('\n')
        .find((l) => l.includes(res.body.correlationId as string));
      expect(line).toContain('GET /api/me: QueryFailedError: duplicate key value');
      expect(line).toContain('330681********0021');
      expect(readFileSync(logFile, 'utf8')).not.toContain(ID);
    } finally {
      organisations.findVisible = original;
    }
  });
});
