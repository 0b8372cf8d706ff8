// Benchmark: the deadline sweep over a large clock table (issue: ≤ 1 s for 100k open clocks at
// 1M cases, growing with the clocks that change, not with the table). Part of `npm run bench`.
// Alone: npm run bench:sweep [-- --db bench_1000000] [--open 100000] [--done 900000]
// Reuses the cluster and a database of `npm run bench` (.bench/), which must exist.
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startCluster, startServer, stopServer } from './bench-cluster.mjs';

/**
 * Replaces the clocks with `open` green ones due over the next 60 days plus `done` finished ones,
 * then times POST /api/deadlines/sweep (HTTP round trip) as 0, 100, 1,000 … of them turn red.
 */
export async function measureSweep({ client, serverUrl, open, done, steps = [0, 100, 1_000, 10_000], log }) {
  await client.query('TRUNCATE clocks, notifications');
  await client.query(
    `INSERT INTO clocks (case_id, kind, label, started_at, due_at, yellow_at, light)
     SELECT id, 'mediation', '调解期限', now() - interval '10 days', now() + (n % 60 + 1) * interval '1 day',
            now() + (n % 60 + 1) * interval '1 day' - interval '3 days' + interval '1 hour', 'green'
       FROM (SELECT id, row_number() OVER () AS n FROM cases LIMIT $1) x`,
    [open],
  );
  await client.query(
    `INSERT INTO clocks (case_id, kind, label, started_at, due_at, yellow_at, light, done_at)
     SELECT id, 'acceptance', '受理审查期限', now() - interval '400 days', now() - interval '397 days',
            now() - interval '398 days', 'done', now() - interval '398 days'
       FROM (SELECT id FROM cases LIMIT $1) x`,
    [done],
  );
  await client.query('VACUUM ANALYZE clocks');
  const login = await fetch(`${serverUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'tiaojie-demo' }),
  });
  const { accessToken } = await login.json();
  const sweep = async () => {
    const started = process.hrtime.bigint();
    const res = await fetch(`${serverUrl}/api/deadlines/sweep`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const body = await res.json();
    if (!res.ok) throw new Error(`sweep answered ${res.status}: ${JSON.stringify(body)}`);
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, ...body };
  };
  const [{ clocks }] = (await client.query('SELECT count(*)::int AS clocks FROM clocks')).rows;
  const rows = [];
  await sweep(); // warm-up
  for (const changing of steps) {
    if (changing) {
      await client.query(
        `UPDATE clocks SET due_at = now() - interval '1 second'
          WHERE id IN (SELECT id FROM clocks WHERE light = 'green' ORDER BY due_at DESC LIMIT $1)`,
        [changing],
      );
    }
    const result = await sweep();
    rows.push({ changing, ...result });
    log(
      `sweep, ${changing} due: ${result.ms.toFixed(1)} ms, ${result.changed} changed, ${result.notified} notifications`,
    );
  }
  return { clocks, open, rows };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const log = (line) => process.stdout.write(`[sweep] ${line}\n`);
  const cluster = await startCluster(resolve(import.meta.dirname, '../../.bench'), () => undefined);
  const client = new pg.Client({ connectionString: cluster.urlOf(arg('db', 'bench_1000000')) });
  let server;
  try {
    server = await startServer(cluster.urlOf(arg('db', 'bench_1000000')), log);
    await client.connect();
    const [{ cases }] = (await client.query('SELECT count(*)::int AS cases FROM cases')).rows;
    const open = Number(arg('open', 100_000));
    const result = await measureSweep({
      client,
      serverUrl: server.url,
      open,
      done: Number(arg('done', 900_000)),
      log,
    });
    console.log(
      `\nmachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}`,
    );
    console.log(
      `dataset: ${cases.toLocaleString()} cases, ${result.clocks.toLocaleString()} clocks (${open.toLocaleString()} open)`,
    );
    console.log('| clocks turning red | sweep ms (HTTP round trip) | lights changed | notifications |');
    console.log('|---:|---:|---:|---:|');
    for (const r of result.rows)
      console.log(`| ${r.changing.toLocaleString()} | ${r.ms.toFixed(1)} | ${r.changed} | ${r.notified} |`);
  } finally {
    await client.end().catch(() => undefined);
    if (server) await stopServer(server.child);
    await cluster.stop();
  }
}
