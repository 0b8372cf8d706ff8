import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../../api/src/bootstrap.js';
import { DEMO_PASSWORD } from '../../api/src/config/config.js';
import { backupDatabase, type BackupManifest, dataKeyId } from '../../api/src/database/backup.js';
import { RestoreRefused, restoreDatabase } from '../../api/src/database/restore.js';
import { effectiveAgreement } from './support/agreement-flow.js';
import { caseInMediation, mediatorId } from './support/factories.js';
import { getBinary } from './support/pdf.js';
import { createTestApp, serverUrl, testConfig, type TestApp } from './support/test-app.js';

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function emptyDatabase(): Promise<string> {
  const name = `r_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await withClient(serverUrl('postgres'), (admin) => admin.query(`CREATE DATABASE ${name}`));
  return serverUrl(name);
}

/** Row count and an md5 of every row's text, per table: what an operator would compare by hand. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    await client.query(`SET TimeZone = 'UTC'`);
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; h: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${name}" t`,
      );
      result[name] = `${rows[0]!.n}:${rows[0]!.h ?? ''}`;
    }
    // The restore sets indexes, foreign keys and triggers aside while it loads: all must be back.
    const schema = await client.query<{ d: string }>(`
      SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public'
      UNION ALL SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace
      UNION ALL SELECT tgrelid::regclass || ' ' || tgname || ' ' || tgenabled::text
        FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`);
    result['(schema)'] = schema.rows.map((r) => r.d).join('\n');
    return result;
  });
}

describe('backup and restore drill', () => {
  let t: TestApp;
  let sourceUrl: string;
  let agreementId: string;
  let issuedPdf: Buffer;
  let manifest: BackupManifest;
  let before: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'tiaojie-backup-'));
  const file = join(dir, 'drill.tjbak.gz');
  const keyId = dataKeyId(testConfig().dataKey);

  beforeAll(async () => {
    t = await createTestApp();
    sourceUrl = (t.dataSource.options as { url: string }).url;
    ({ agreementId } = await effectiveAgreement(t));
    const other = await caseInMediation(t);
    await t
      .http()
      .post(`/api/cases/${other.id}/sessions`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({
        mode: 'back_to_back',
        startedAt: '2026-11-21T09:00:00+08:00',
        place: '老杨调解中心调解室',
        partyIds: [other.parties[0]!.id],
        mediatorIds: [await mediatorId(t, '杨建国')],
        summary: '单独听取申请人意见',
        privateNotes: '申请人私下表示可接受2000元',
      })
      .expect(201);
    issuedPdf = (
      await getBinary(t, `/api/agreements/${agreementId}/pdf`, await t.tokenOf('mediator.yang')).expect(200)
    ).body as Buffer;
    manifest = await backupDatabase({
      url: sourceUrl,
      file,
      appVersion: 'test',
      dataKeyId: keyId,
      method: 'builtin',
    });
    before = await fingerprint(sourceUrl);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true }); // the backup holds (test) personal data
  });

  it('backs up while the app runs, restores into an empty database with identical content', async () => {
    expect(manifest).toMatchObject({ format: 'tiaojie-backup', kind: 'builtin', dataKeyId: keyId });
    expect(manifest.migrations.length).toBeGreaterThanOrEqual(10);
    const counts = Object.fromEntries(manifest.tables.map((x) => [x.name, x.rows]));
    expect(counts).toMatchObject({ agreements: 1, agreement_signatures: 4 });
    expect(counts['parties']).toBeGreaterThanOrEqual(4);
    expect(counts['audit_events']).toBeGreaterThan(20);
    const encrypted = await t.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM parties WHERE id_number_enc IS NOT NULL',
    );
    expect(Number(encrypted[0]!.n)).toBeGreaterThanOrEqual(4);

    const targetUrl = await emptyDatabase();
    const result = await restoreDatabase({ url: targetUrl, file, dataKeyId: keyId });
    expect(result.warnings).toEqual([]);
    expect(result.audit).toEqual({ intact: true, checked: counts['audit_events'] });
    expect(await fingerprint(targetUrl)).toEqual(before);

    // The restored installation works: sign in, read the decrypted party data, fetch the signed PDF.
    const restored = await createApp(testConfig(), targetUrl);
    try {
      const http = (await import('supertest')).default(restored.getHttpServer());
      const login = await http
        .post('/api/auth/login')
        .send({ username: 'mediator.yang', password: DEMO_PASSWORD })
        .expect(200);
      const token = (login.body as { accessToken: string }).accessToken;
      const pdf = await http
        .get(`/api/agreements/${agreementId}/pdf`)
        .auth(token, { type: 'bearer' })
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (chunk: Buffer) => chunks.push(chunk));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((pdf.body as Buffer).equals(issuedPdf)).toBe(true);
      const caseId = (
        await withClient(targetUrl, (c) => c.query<{ case_id: string }>('SELECT case_id FROM agreements'))
      ).rows[0]!.case_id;
      const detail = await http.get(`/api/cases/${caseId}`).auth(token, { type: 'bearer' }).expect(200);
      expect(detail.body.parties[0]).toMatchObject({ name: '王秀英', idNumber: '330681198503150021' });
    } finally {
      await restored.close();
    }
    // The sign-in above continued the audit chain after the restored rows.
    const chain = await withClient(targetUrl, (c) =>
      c.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE seq > $1`, [
        counts['audit_events'],
      ]),
    );
    expect(Number(chain.rows[0]!.n)).toBeGreaterThan(0);
  });

  it('refuses to restore over a database that has data, and replaces it only with force', async () => {
    await expect(restoreDatabase({ url: sourceUrl, file })).rejects.toThrow(RestoreRefused);
    await expect(restoreDatabase({ url: sourceUrl, file })).rejects.toThrow(/not empty/);
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM agreements'))[0].n)).toBe(1);

    const target = await emptyDatabase();
    await withClient(target, (c) => c.query('CREATE TABLE scratch (x int); INSERT INTO scratch VALUES (1)'));
    const forced = await restoreDatabase({ url: target, file, force: true });
    expect(forced.audit.intact).toBe(true);
    const tables = await withClient(target, (c) => c.query(`SELECT to_regclass('scratch') AS t`));
    expect(tables.rows[0].t).toBeNull();
  });

  it('restores as a database owner who is not a superuser (an external PostgreSQL)', async () => {
    const name = `o_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await withClient(serverUrl('postgres'), async (admin) => {
      await admin.query(`CREATE ROLE ${name} LOGIN PASSWORD 'owner' NOSUPERUSER`);
      await admin.query(`CREATE DATABASE ${name} OWNER ${name}`);
    });
    const url = serverUrl(name).replace('postgres:test@', `${name}:owner@`);
    const result = await restoreDatabase({ url, file, dataKeyId: keyId });
    expect(result.audit).toEqual({
      intact: true,
      checked: manifest.tables.find((x) => x.name === 'audit_events')!.rows,
    });
    const again = await restoreDatabase({ url, file, force: true });
    expect(again.audit.intact).toBe(true);
  });

  it('warns when the installation has a different personal-data key', async () => {
    const result = await restoreDatabase({ url: await emptyDatabase(), file, dataKeyId: 'another-key' });
    expect(result.warnings[0]).toMatch(/TIAOJIE_DATA_KEY/);
  });
});
