// The benchmark of issue 8: every figure a centre waits on, against the built production server.
//
//   npm run bench [-- --cases 100000[,1000000]] [--duration 10] [--warmup 3] [--connections 20]
//                 [--update-docs]
//
// For each size: reuses (or generates) the database bench_<N> in the benchmark's own embedded
// PostgreSQL cluster (.bench/), adds the follow-up facts, starts the production server (the cold start
// is measured), drives it with autocannon from this separate process, times the sweep, and reads the
// server's peak RSS. Then the signed agreement PDF against a warm headless Chromium page. Prints one
// table per size, the growth between sizes and writes tmp/bench/last-run.{json,md}; --update-docs puts
// the Markdown into docs/performance.md between its "bench:last-run" markers. Prints figures, never
// judges them; exits non-zero only when requests failed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { measurePdf } from './agreement-pdf.bench.mjs';
import { prepareDatabase } from './bench-dataset.mjs';
import {
  machineCpu,
  peakRssMb,
  postgresCpu,
  resetPeakRss,
  serverCpu,
  startCluster,
  startServer,
  stopServer,
} from './bench-cluster.mjs';
import { generateFollowUp } from './generate-followup.mjs';
import { cycle, httpLoad, percentiles, sqlLoad } from './load.mjs';
import { benchScenarios } from './scenarios.mjs';
import { searchSql } from './search-sql.mjs';
import { startProxy } from './proxy.mjs';
import { measureSweep } from './sweep.bench.mjs';
import { workload } from './workload.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { values: opts } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    'pdf-runs': { type: 'string', default: '100' },
    'update-docs': { type: 'boolean', default: false },
    dir: { type: 'string', default: resolve(ROOT, '.bench') },
  },
});
const SIZES = opts.cases.split(',').map(Number);
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const log = (line) => console.log(line);
const fmt = (n) => Number(n).toLocaleString('en-US');

const stoppers = [];
async function cleanUp() {
  while (stoppers.length)
    await stoppers
      .pop()()
      .catch((error) => log(`cleanup: ${error.message}`));
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));

async function login(url, username) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'tiaojie-demo' }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()).accessToken;
}

/** One size: dataset, cold start, every scenario, the sweep, peak RSS. */
async function runSize(cluster, cases) {
  const db = `bench_${cases}`;
  const url = cluster.urlOf(db);
  const generation = await prepareDatabase({ cluster, db, cases, log });
  // The current server migrates the database first: the follow-up facts need its newest tables.
  const migrating = await startServer(url, log);
  await stopServer(migrating.child);
  log(`follow-up facts on ${db}:`);
  await generateFollowUp(url, log);
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  stoppers.push(() => pool.end());
  await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const server = await startServer(url, log);
  stoppers.push(() => stopServer(server.child));
  const coldStartMs = server.readyMs;
  const tokens = {
    director: await login(server.url, 'director.yang'),
    mediator: await login(server.url, 'mediator.yang'),
  };
  // The statistics rollup is drained in the background after an upgrade; the first request waits for it.
  const started = Date.now();
  await fetch(`${server.url}/api/stats/overview`, {
    headers: { authorization: `Bearer ${tokens.director}` },
  });
  const rollupMs = Date.now() - started;
  log(`statistics rollup up to date after ${fmt(rollupMs)} ms`);
  const work = await workload(url);
  const { DEMO_DATA_KEY } = await import('../../dist/api/api/src/config/config.js');
  const search = await searchSql(work.director, Buffer.from(DEMO_DATA_KEY, 'base64'));
  const scenarios = await benchScenarios({ pool, work, connections: CONNECTIONS });
  const results = [];
  for (const s of scenarios) {
    const run = (seconds) =>
      s.sql
        ? sqlLoad({ pool, search, nextQ: cycle(work.directorNames), seconds, connections: s.connections })
        : httpLoad({
            url: server.url,
            token: s.user ? tokens[s.user] : undefined,
            nextPath: s.next(),
            seconds,
            connections: s.connections,
          });
    await run(WARMUP);
    await resetPeakRss(server.workerPid);
    const cpu0 = {
      server: await serverCpu(server.workerPid),
      pg: await postgresCpu(opts.dir),
      machine: await machineCpu(),
    };
    const r = await run(DURATION);
    const per = (seconds) => (seconds * 1000) / Math.max(1, r.requests);
    const machine = (await machineCpu()) - cpu0.machine;
    const cpu = {
      server: per((await serverCpu(server.workerPid)) - cpu0.server),
      pg: per((await postgresCpu(opts.dir)) - cpu0.pg),
      busy: machine / r.seconds,
    };
    const rss = await peakRssMb(server.workerPid);
    const row = { ...s, ...r, ...percentiles(r.latencies), rps: r.requests / r.seconds, cpu, rss };
    delete row.latencies;
    results.push(row);
    log(
      `${s.name}: ${fmt(r.requests)} requests, ${r.failed} failed, p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, ${row.rps.toFixed(0)}/s${r.errors.length ? ` (${r.errors.join('; ')})` : ''}`,
    );
  }
  const rssMb = Math.max(...results.map((r) => r.rss));
  const spread = await twoInstances({ url, server, tokens, scenarios, results });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  stoppers.push(() => client.end());
  const sweep = await measureSweep({
    client,
    serverUrl: server.url,
    open: Math.min(100_000, cases),
    done: Math.max(0, Math.min(900_000, cases - 100_000)),
    steps: [0, 1_000, 10_000],
    log,
  });
  return { cases, dataset: work.dataset, generation, coldStartMs, rollupMs, results, rssMb, sweep, spread };
}

/** A second API process on the same database, both behind a round-robin proxy: how the load spreads. */
async function twoInstances({ url, server, tokens, scenarios, results }) {
  const mark = stoppers.length;
  const second = await startServer(url, log);
  stoppers.push(() => stopServer(second.child));
  const proxy = await startProxy([server.url, second.url]);
  stoppers.push(() => proxy.close());
  const spread = [];
  for (const key of ['search', 'detail']) {
    const s = scenarios.find((x) => x.key === key);
    const run = (seconds) =>
      httpLoad({
        url: proxy.url,
        token: tokens[s.user],
        nextPath: s.next(),
        seconds,
        connections: s.connections,
      });
    await run(WARMUP);
    proxy.counts.fill(0);
    const r = await run(DURATION);
    const row = {
      key,
      name: s.name,
      ...percentiles(r.latencies),
      rps: r.requests / r.seconds,
      failed: r.failed,
    };
    spread.push({ ...row, counts: [...proxy.counts], one: results.find((x) => x.key === key) });
    log(
      `two instances, ${s.name}: ${fmt(r.requests)} requests (${proxy.counts.join(' + ')}), p95 ${row.p95.toFixed(1)} ms`,
    );
  }
  while (stoppers.length > mark) await stoppers.pop()();
  return spread;
}

function sizeTable(run) {
  const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
  const d = run.dataset;
  const lines = [
    `### ${fmt(run.cases)} cases`,
    '',
    `Dataset: ${fmt(d.cases)} cases, ${fmt(d.parties)} parties, ${fmt(d.sessions)} sessions, ${fmt(d.events)} timeline events, database ${d.size}; director.yang sees ${fmt(d.director_scope)} cases, mediator.yang ${fmt(d.mediator_scope)}.`,
    '',
    '| scenario | clients | requests | failed | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req API + PG | machine busy, cores | API peak RSS MB | goal |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...run.results.map(
      (r) =>
        `| ${r.name} | ${r.connections} | ${fmt(r.requests)} | ${r.failed} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.rps.toFixed(0)} | ${r.cpu.server.toFixed(1)} + ${r.cpu.pg.toFixed(1)} | ${r.cpu.busy.toFixed(2)} | ${r.rss} | ${r.goal ?? ''} |`,
    ),
  ];
  const api = run.results.find((r) => r.key === 'search');
  const sql = run.results.find((r) => r.key === 'search-sql');
  if (api && sql)
    lines.push(
      '',
      `API over the raw SQL (search, same names, same clients): p50 ×${(api.p50 / sql.p50).toFixed(2)}, p95 ×${(api.p95 / sql.p95).toFixed(2)} (goal ≤ ×2).`,
    );
  lines.push(
    '',
    `Sweep with ${fmt(run.sweep.open)} open clocks of ${fmt(run.sweep.clocks)}: ${run.sweep.rows
      .map((r) => `${fmt(r.changing)} turning red ${r.ms.toFixed(0)} ms`)
      .join(', ')} (goal: 100k open clocks ≤ 1 s).`,
    `Cold start to healthy: ${fmt(run.coldStartMs)} ms (goal ≤ 10 s). API peak RSS (VmHWM, reset before each scenario) under the load above: ${run.rssMb} MB (goal ≤ 300 MB). First statistics request after start (rollup catch-up): ${fmt(run.rollupMs)} ms.`,
  );
  lines.push(
    '',
    'Two API processes on the same database behind a round-robin proxy (test/bench/proxy.mjs), same clients:',
    '',
    '| scenario | requests per process | p50 ms | p95 ms | req/s | one process: p95 ms, req/s |',
    '|---|---|---:|---:|---:|---|',
    ...run.spread.map(
      (r) =>
        `| ${r.name} | ${r.counts.map(fmt).join(' / ')} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.rps.toFixed(0)} | ${ms(r.one.p95)}, ${r.one.rps.toFixed(0)} |`,
    ),
  );
  if (run.generation) lines.push(`Generated in this run: ${fmt(run.generation.seconds.toFixed(0))} s.`);
  return lines.join('\n');
}

function growthTable(runs) {
  if (runs.length < 2) return '';
  const [a, b] = [runs[0], runs.at(-1)];
  const lines = [
    `### Growth from ${fmt(a.cases)} to ${fmt(b.cases)} cases`,
    '',
    `| scenario | p50 ms (${fmt(a.cases)}) | p50 ms (${fmt(b.cases)}) | × | p95 ms (${fmt(a.cases)}) | p95 ms (${fmt(b.cases)}) | × |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of a.results) {
    const s = b.results.find((x) => x.key === r.key);
    if (s)
      lines.push(
        `| ${r.name} | ${r.p50.toFixed(1)} | ${s.p50.toFixed(1)} | ${(s.p50 / r.p50).toFixed(2)} | ${r.p95.toFixed(1)} | ${s.p95.toFixed(1)} | ${(s.p95 / r.p95).toFixed(2)} |`,
      );
  }
  return lines.join('\n');
}

async function main() {
  const machine = `${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`;
  log(
    `tiaojie benchmark ${new Date().toISOString()}: ${SIZES.map(fmt).join(' and ')} cases; ${machine}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const cluster = await startCluster(opts.dir, log);
  stoppers.push(() => cluster.stop());
  const runs = [];
  for (const cases of SIZES) {
    const mark = stoppers.length;
    runs.push(await runSize(cluster, cases));
    while (stoppers.length > mark) await stoppers.pop()(); // this size's server, pool and client
  }
  log('signed agreement PDF against warm Chromium:');
  const pdf = await measurePdf(Number(opts['pdf-runs']));
  const [, signed, chrome] = pdf;
  const { version } = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8'));
  const markdown = [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, tiaojie ${version}, \`npm run bench -- --cases ${opts.cases}\`: ${machine}; ${CONNECTIONS} clients, ${WARMUP} s warm-up + ${DURATION} s per scenario; load average at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}.`,
    '',
    ...runs.map(sizeTable).flatMap((t) => [t, '']),
    growthTable(runs),
    '',
    '### Signed agreement PDF (in-process, sequential)',
    '',
    '| document | runs | median ms | p95 ms | size KB |',
    '|---|---:|---:|---:|---:|',
    ...pdf.map(
      (r) =>
        `| ${r.label} | ${r.n} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.size / 1024).toFixed(0)} |`,
    ),
    '',
    `Signed pdfkit ${(chrome.median / signed.median).toFixed(1)}× faster than a warm Chromium page (goal ≥ 4×); median ${signed.median.toFixed(1)} ms (goal ≤ 25 ms).`,
  ].join('\n');
  log(`\n${markdown}`);
  await mkdir(resolve(ROOT, 'tmp/bench'), { recursive: true });
  await writeFile(resolve(ROOT, 'tmp/bench/last-run.md'), `${markdown}\n`);
  await writeFile(resolve(ROOT, 'tmp/bench/last-run.json'), JSON.stringify({ runs, pdf }, null, 2));
  if (opts['update-docs']) {
    const file = resolve(ROOT, 'docs/performance.md');
    const doc = await readFile(file, 'utf8');
    const [begin, end] = ['<!-- bench:last-run:begin -->', '<!-- bench:last-run:end -->'];
    if (!doc.includes(begin)) throw new Error(`docs/performance.md has no ${begin} marker`);
    await writeFile(
      file,
      `${doc.slice(0, doc.indexOf(begin) + begin.length)}\n${markdown}\n${doc.slice(doc.indexOf(end))}`,
    );
    log('docs/performance.md updated');
  }
  return runs.some((run) => run.results.some((r) => r.failed)) ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error);
} finally {
  await cleanUp();
}
process.exit(code);
