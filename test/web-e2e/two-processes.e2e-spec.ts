import { rm } from 'node:fs/promises';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/database/embedded.js';
import { freePort, newDataDir, type RunningServer, startServer, stopServer } from './support/server.mjs';

/** Two production API processes on one PostgreSQL, as a centre with two instances would run them. */
describe('two API processes on one database', () => {
  let dataDir: string;
  let db: EmbeddedDatabase;
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    dataDir = await newDataDir();
    db = await startEmbeddedPostgres(dataDir, 'tiaojie');
    // One after the other: the first migrates and loads the demo data, the second finds both done.
    for (const demo of ['true', 'false']) {
      servers.push(
        await startServer({
          dataDir,
          port: await freePort(),
          env: { DATABASE_URL: db.url, TIAOJIE_DEMO: demo },
        }),
      );
    }
  }, 180_000);
  afterAll(async () => {
    for (const s of servers) await stopServer(s.child);
    await db?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const call = async (base: string, token: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => null)) as Record<string, unknown> & { id: string };
    if (!res.ok)
      throw new Error(
        `${method} ${path}: ${res.status} ${JSON.stringify(json)}\n${servers.map((s) => s.output()).join('\n')}`,
      );
    return json;
  };
  const login = async (base: string, username: string) =>
    (
      (await (
        await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: 'tiaojie-demo' }),
        })
      ).json()) as { accessToken: string }
    ).accessToken;

  it('sweeps once: a red light and exactly one notification per recipient, whichever process sweeps', async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const mediator = await login(a, 'mediator.yang');
    const bodies = (await call(a, mediator, 'GET', '/api/organisations/mediation-bodies')) as unknown as {
      id: string;
      name: string;
    }[];
    const laoyang = bodies.find((o) => o.name === '老杨调解中心')!.id;
    const created = await call(a, mediator, 'POST', '/api/cases', {
      organisationId: laoyang,
      source: 'phone',
      disputeType: 'neighbour',
      title: '两个进程的期限测试',
      facts: '楼上漏水，楼下受损。',
      requests: '请求赔偿',
      parties: [
        { role: 'applicant', kind: 'person', name: '王秀英', phone: '13900000001' },
        { role: 'respondent', kind: 'person', name: '刘建平', phone: '13900000002' },
      ],
    });
    // Accepted on the other process: both serve the same data.
    await call(b, await login(b, 'mediator.yang'), 'POST', `/api/cases/${created.id}/accept`, {
      version: created['version'],
      rightsNotice: { method: 'written' },
    });

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(
        `UPDATE clocks SET due_at = now() - interval '1 second' WHERE case_id = $1 AND kind = 'mediation'`,
        [created.id],
      );
      const admins = [await login(a, 'admin'), await login(b, 'admin')];
      const results = await Promise.all(
        [a, b, a, b].map((base, i) => call(base, admins[i % 2]!, 'POST', '/api/deadlines/sweep')),
      );
      expect(results.reduce((sum, r) => sum + (r['changed'] as number), 0)).toBe(1);
      const light = await client.query(`SELECT light FROM clocks WHERE case_id = $1 AND kind = 'mediation'`, [
        created.id,
      ]);
      expect(light.rows[0].light).toBe('red');
      const sent = await client.query<{ username: string; n: number }>(
        `SELECT u.username, count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.case_id = $1 AND n.kind = 'deadline' GROUP BY u.username ORDER BY u.username`,
        [created.id],
      );
      expect(sent.rows.map((r) => r.username)).toContain('director.yang');
      expect(sent.rows.every((r) => r.n === 1)).toBe(true);
    } finally {
      await client.end();
    }
  });
});
