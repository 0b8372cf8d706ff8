// Benchmark: the deadline sweep over a large clock table (issue: ≤ 1 s for 100k open clocks at
// 1M cases, growing with the clocks that change, not with the table).
// Usage: npm run bench:sweep [-- --db tiaojie_bench_1000000] [--open 100000] [--done 900000]
// Reuses the cluster and database of `npm run bench:cases` (.bench/), which must exist.
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import { startCluster, startServer, stopServer } from './bench-cluster.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DB = arg('db', 'tiaojie_bench_1000000');
const OPEN = Number(arg('open', 100_000));
const DONE = Number(arg('done', 900_000));
const log = (line) => process.stdout.write(`[sweep] ${line}\n`);

const cluster = await startCluster(resolve(import.meta.dirname, '../../.bench'), () => undefined);
const client = new pg.Client({ connectionString: cluster.urlOf(DB) });
let server;
try {
  // The current server migrates the database (clocks and rules) before anything else.
  server = await startServer(cluster.urlOf(DB), log);
  await client.connect();
  const [{ cases }] = (await client.query('SELECT count(*)::int AS cases FROM cases')).rows;
  log(`${cases.toLocaleString()} cases; building ${OPEN.toLocaleString()} open and ${DONE.toLocaleString()} finished clocks`);
  await client.query('TRUNCATE clocks, notifications');
  // Open clocks due over the next 60 days; finished ones fill the table.
  await client.query(
    `INSERT INTO clocks (case_id, kind, label, started_at, due_at, yellow_at, light)
     SELECT id, 'mediation', '调解期限', now() - interval '10 days', now() + (n % 60 + 1) * interval '1 day',
            now() + (n % 60 + 1) * interval '1 day' - interval '3 days' + interval '1 hour', 'green'
       FROM (SELECT id, row_number() OVER () AS n FROM cases LIMIT $1) x`,
    [OPEN],
  );
  await client.query(
    `INSERT INTO clocks (case_id, kind, label, started_at, due_at, yellow_at, light, done_at)
     SELECT id, 'acceptance', '受理审查期限', now() - interval '400 days', now() - interval '397 days',
            now() - interval '398 days', 'done', now() - interval '398 days'
       FROM (SELECT id FROM cases LIMIT $1) x`,
    [DONE],
  );
  await client.query('VACUUM ANALYZE clocks');
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'tiaojie-demo' }),
  });
  const { accessToken } = await login.json();
  const sweep = async () => {
    const started = process.hrtime.bigint();
    const res = await fetch(`${server.url}/api/deadlines/sweep`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
    const body = await res.json();
    if (!res.ok) throw new Error(`sweep answered ${res.status}: ${JSON.stringify(body)}`);
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, ...body };
  };
  const { rows: total } = await client.query('SELECT count(*)::int AS n FROM clocks');
  const rows = [];
  await sweep(); // warm-up
  for (const changing of [0, 100, 1_000, 10_000]) {
    if (changing) {
      await client.query(
        `UPDATE clocks SET due_at = now() - interval '1 second'
          WHERE id IN (SELECT id FROM clocks WHERE light = 'green' ORDER BY due_at DESC LIMIT $1)`,
        [changing],
      );
    }
    const result = await sweep();
    rows.push({ changing, ...result });
    log(`${changing} due: ${result.ms.toFixed(1)} ms, ${result.changed} changed, ${result.notified} notifications`);
  }
  console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}`);
  console.log(`dataset: ${cases.toLocaleString()} cases, ${total[0].n.toLocaleString()} clocks (${OPEN.toLocaleString()} open)`);
  console.log('| clocks turning red | sweep ms (HTTP round trip) | lights changed | notifications |');
  console.log('|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.changing.toLocaleString()} | ${r.ms.toFixed(1)} | ${r.changed} | ${r.notified} |`);
} finally {
  await client.end().catch(() => undefined);
  if (server) await stopServer(server.child);
  await cluster.stop();
}
