// Benchmark: the statistics at a large dataset (issue 7: overview and monthly report ≤ 200 ms at
// 1,000,000 cases). Reuses the cluster and database of `npm run bench` (.bench/bench_N), adds the
// follow-up facts the statistics count (generate-followup.mjs, idempotent), starts the production
// server and times each endpoint sequentially (one client: the figure a user waits for).
// Usage: npm run bench:stats [-- --cases 1000000] [--runs 15]
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startCluster, startServer, stopServer } from './bench-cluster.mjs';
import { generateFollowUp } from './generate-followup.mjs';
import { percentiles } from './load.mjs';

const { values: opts } = parseArgs({
  options: { cases: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '15' } },
});
const DB = `bench_${opts.cases}`;
const RUNS = Number(opts.runs);
const log = (line) => console.log(line);

const cluster = await startCluster(resolve(import.meta.dirname, '../../.bench'), () => undefined);
let server;
try {
  // The current server migrates the database first (the statistics need its newest columns).
  server = await startServer(cluster.urlOf(DB), log);
  log(`follow-up facts on ${DB}:`);
  await generateFollowUp(cluster.urlOf(DB), log);
  const client = new pg.Client({ connectionString: cluster.urlOf(DB) });
  await client.connect();
  const counts = (
    await client.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM agreements)::int AS agreements,
                               (SELECT max(created_at) FROM cases) AS newest`)
  ).rows[0];
  await client.end();
  const login = async (username) =>
    (
      await (
        await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: 'tiaojie-demo' }),
        })
      ).json()
    ).accessToken;
  const newest = new Date(counts.newest);
  const month = (offset) => {
    const d = new Date(Date.UTC(newest.getUTCFullYear(), newest.getUTCMonth() + offset, 1));
    return d.toISOString().slice(0, 7);
  };
  const last = month(-1);
  const lastDay = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5)), 0))
    .toISOString()
    .slice(0, 10);
  const scenarios = [
    ['overview, last month', `/api/stats/overview?from=${last}-01&to=${lastDay}`],
    ['overview, last 12 months', `/api/stats/overview?from=${month(-12)}-01&to=${lastDay}`],
    ['monthly report (JSON)', `/api/stats/report?period=${last}`],
    ['monthly report (Excel)', `/api/stats/report?period=${last}&format=xlsx`],
    ['trend, 36 months', `/api/stats/trend?from=${month(-36)}-01&to=${lastDay}`],
    ['analysis, last month', `/api/stats/analysis?from=${last}-01&to=${lastDay}`],
  ];
  const rows = [];
  for (const username of ['director.yang', 'sfs.wang']) {
    const token = await login(username);
    for (const [name, path] of scenarios) {
      const times = [];
      let received;
      for (let i = 0; i < RUNS + 2; i++) {
        const started = process.hrtime.bigint();
        const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
        const body = path.includes('xlsx') ? await res.arrayBuffer() : await res.json();
        if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
        if (i >= 2) times.push(Number(process.hrtime.bigint() - started) / 1e6); // two warm-up runs
        received ??= body.received ?? body.totals?.received;
      }
      const p = percentiles(times);
      rows.push({ username, name, ...p, received });
      log(`${username} ${name}: p50 ${p.p50.toFixed(1)} ms, p95 ${p.p95.toFixed(1)} ms`);
    }
  }
  console.log(
    `\nmachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `dataset: ${counts.cases.toLocaleString()} cases, ${counts.agreements.toLocaleString()} agreements; last month ${last}`,
  );
  console.log('| user | request | cases in period | p50 ms | p95 ms |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.username} | ${r.name} | ${r.received?.toLocaleString() ?? '—'} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`,
    );
} finally {
  if (server) await stopServer(server.child);
  await cluster.stop();
}
