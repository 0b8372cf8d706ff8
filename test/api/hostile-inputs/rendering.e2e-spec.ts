import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseInMediation, mediatorId } from '../support/factories.js';
import { allClientErrors, type HostileApp, hostileApp, underAttack, expectResponsive } from './harness.js';

/**
 * Work that used to run on the request thread: laying out a session record with a 20,000-character
 * unbroken summary (about 4 s of event loop per render), and decrypting a PKCS#12 whose key
 * derivation asks for 3,000,000 iterations (34.6 s). Both now run in the render pool.
 */
describe('hostile inputs: slow documents and keys', () => {
  let t: HostileApp;
  let dir: string;
  beforeAll(async () => {
    t = await hostileApp();
    dir = mkdtempSync(join(tmpdir(), 'tiaojie-p12-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('renders a session record with a 20,000-character unbroken summary without freezing the server', async () => {
    const c = await caseInMediation(t);
    const token = await t.tokenOf('mediator.yang');
    const session = await t
      .http()
      .post(`/api/cases/${c.id}/sessions`)
      .auth(token, { type: 'bearer' })
      .send({
        mode: 'face_to_face',
        startedAt: '2026-11-21T09:00:00+08:00',
        endedAt: '2026-11-21T11:30:00+08:00',
        place: '老杨调解中心调解室',
        partyIds: c.parties.map((p) => p.id),
        mediatorIds: [await mediatorId(t, '杨建国')],
        summary: 'x'.repeat(20000),
      })
      .expect(201);
    const figures = await underAttack(t, 'session record, 20,000-character unbroken summary ×4', () =>
      Promise.all(
        Array.from({ length: 4 }, async () => {
          const res = await fetch(`${t.url}/api/sessions/${session.body.id}/record.pdf`, {
            headers: { authorization: `Bearer ${token}` },
          });
          const pdf = Buffer.from(await res.arrayBuffer());
          expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
          return res.status;
        }),
      ),
    );
    expect(figures.statuses).toEqual({ 200: 4 });
    expectResponsive(figures);
  });

  it('refuses a PKCS#12 with 3,000,000 key-derivation iterations with 422, the server answering meanwhile', async () => {
    const key = join(dir, 'ec.key');
    const crt = join(dir, 'ec.crt');
    const p12 = join(dir, 'costly.p12');
    const run = (args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
    run(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
    run([
      'req',
      '-new',
      '-x509',
      '-utf8',
      '-key',
      key,
      '-out',
      crt,
      '-days',
      '30',
      '-subj',
      '/CN=老杨调解中心/C=CN',
    ]);
    run([
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      crt,
      '-out',
      p12,
      '-passout',
      'pass:secret',
      '-iter',
      '3000000',
    ]);
    const admin = await t.tokenOf('admin');
    const [org] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM organisations WHERE name = '老杨调解中心'`,
    );
    let body: { code?: string; message?: string } = {};
    const figures = await underAttack(t, 'PKCS#12 with 3,000,000 iterations', async () => {
      const res = await t
        .http()
        .put(`/api/organisations/${org!.id}/signing-key`)
        .auth(admin, { type: 'bearer' })
        .attach('file', readFileSync(p12), 'costly.p12')
        .field('password', 'secret');
      body = res.body as typeof body;
      return [res.status];
    });
    expect(allClientErrors(figures)).toBe(true);
    expect(body).toMatchObject({ code: 'P12_TOO_COSTLY', message: expect.stringContaining('迭代次数过多') });
    expectResponsive(figures);
    const [stored] = await t.dataSource.query<{ source: string }[]>(
      'SELECT source FROM signing_keys WHERE organisation_id = $1',
      [org!.id],
    );
    expect(stored?.source ?? 'none').not.toBe('imported');
  });
});
