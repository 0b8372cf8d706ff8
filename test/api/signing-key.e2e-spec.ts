import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { effectiveAgreement } from './support/agreement-flow.js';
import { orgId } from './support/factories.js';
import { makeEcP12, makeP12 } from './support/p12.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'tiaojie-p12-'));
const CN = '诸暨市枫桥镇老杨调解中心测试证书';
const pdfsig = (file: string) => {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
};

describe('a committee’s signing certificate from a CA (PKCS#12)', () => {
  let t: TestApp;
  let admin: string;
  let laoyang: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenOf('admin');
    laoyang = await orgId(t, '老杨调解中心');
  });
  afterAll(() => t.close());

  const upload = (file: Buffer, password: string, token = admin, org = laoyang) =>
    t
      .http()
      .put(`/api/organisations/${org}/signing-key`)
      .auth(token, { type: 'bearer' })
      .attach('file', file, 'committee.p12')
      .field('password', password);
  const stored = async () =>
    (
      await t.dataSource.query<{ certificate_pem: string; source: string }[]>(
        'SELECT certificate_pem, source FROM signing_keys WHERE organisation_id = $1',
        [laoyang],
      )
    )[0];

  it('shows the self-issued certificate to the admin and the committee’s director, to no one else', async () => {
    const res = await t
      .http()
      .get(`/api/organisations/${laoyang}/signing-key`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(200);
    expect(res.body).toMatchObject({ subject: expect.stringContaining('CN=老杨调解中心'), selfIssued: true });
    expect(res.body.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(new Date(res.body.validTo).getTime()).toBeGreaterThan(Date.now());
    await t
      .http()
      .get(`/api/organisations/${laoyang}/signing-key`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .expect(403);
    const other = await orgId(t, '枫桥镇人民调解委员会');
    await t
      .http()
      .get(`/api/organisations/${other}/signing-key`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(404);
  });

  it('refuses files that cannot sign, with a Chinese reason, and keeps the current key', async () => {
    const before = await stored();
    const cases: [Buffer, string, string, RegExp][] = [
      [makeP12({ commonName: CN, password: 'right' }), 'wrong', 'SIGNING_KEY_PASSWORD', /证书密码错误/],
      [Buffer.from('这不是证书文件'), 'x', 'SIGNING_KEY_INVALID', /不是有效的 PKCS#12/],
      [
        makeP12({ commonName: CN, password: 'p', notAfter: new Date(Date.now() - 24 * 3600_000) }),
        'p',
        'SIGNING_KEY_EXPIRED',
        /证书已过期/,
      ],
      [
        makeP12({ commonName: CN, password: 'p', mismatched: true }),
        'p',
        'SIGNING_KEY_MISMATCH',
        /没有与私钥匹配的证书/,
      ],
    ];
    for (const [file, password, code, message] of cases) {
      const res = await upload(file, password).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code });
      expect(res.body.message).toMatch(message);
    }
    const weak = await upload(makeP12({ commonName: CN, password: 'p', bits: 1024 }), 'p').expect(422);
    expect(weak.body.code).toBe('SIGNING_KEY_UNSUPPORTED');
    expect(weak.body.message).toContain('RSA 1024 位');
    expect(await stored()).toEqual(before);
  });

  it('lets only the admin import', async () => {
    await upload(makeP12({ commonName: CN, password: 'p' }), 'p', await t.tokenOf('director.yang')).expect(
      403,
    );
    const missing = await t
      .http()
      .put(`/api/organisations/${laoyang}/signing-key`)
      .auth(admin, { type: 'bearer' })
      .field('password', 'p')
      .expect(400);
    expect(missing.body.details[0]).toMatchObject({ field: 'file' });
  });

  it('signs newly finalised agreements with the imported certificate (pdfsig names its Chinese CN)', async () => {
    const res = await upload(makeP12({ commonName: CN, password: '枫桥2026' }), '枫桥2026').expect(200);
    expect(res.body).toMatchObject({ subject: `CN=${CN}, O=枫桥镇司法所, C=CN`, selfIssued: false });
    expect(res.body.issuer).toContain('浙江测试数字证书认证中心');
    const row = await stored();
    expect(row!.source).toBe('imported');
    // The private key is stored encrypted, never as PEM text.
    const [key] = await t.dataSource.query<{ private_key_enc: Buffer }[]>(
      'SELECT private_key_enc FROM signing_keys WHERE organisation_id = $1',
      [laoyang],
    );
    expect(key!.private_key_enc.toString('latin1')).not.toContain('PRIVATE KEY');
    const summary = await t
      .http()
      .get(`/api/organisations/${laoyang}/signing-key`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(200);
    expect(summary.body).toEqual(res.body);

    const { agreementId } = await effectiveAgreement(t);
    const pdf = await t
      .http()
      .get(`/api/agreements/${agreementId}/pdf`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    writeFileSync(join(dir, 'imported.pdf'), pdf.body as Buffer);
    const report = pdfsig(join(dir, 'imported.pdf'));
    expect(report).toContain(`Signer Certificate Common Name: ${CN}`);
    expect(report).toContain('Signature is Valid.');
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_events WHERE action = 'signing-key.import' AND entity_id = $1`,
      [laoyang],
    );
    expect(audit).toHaveLength(1);
  });

  it('also signs with an EC (P-256) key from an openssl-made PKCS#12 (AES, SHA-256 MAC)', async () => {
    const ecName = '枫桥镇老杨调解中心EC测试证书';
    const res = await upload(makeEcP12(ecName, 'ec-pass-2026', dir), 'ec-pass-2026').expect(200);
    expect(res.body).toMatchObject({
      subject: `CN=${ecName}, C=CN`,
      issuer: `CN=${ecName}, C=CN`,
      selfIssued: false,
    });
    const { agreementId } = await effectiveAgreement(t);
    const pdf = await t
      .http()
      .get(`/api/agreements/${agreementId}/pdf`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    writeFileSync(join(dir, 'ec.pdf'), pdf.body as Buffer);
    const report = pdfsig(join(dir, 'ec.pdf'));
    expect(report).toContain(`Signer Certificate Common Name: ${ecName}`);
    expect(report).toContain('Signature is Valid.');
  });
});
