// Case search and detail under load: the built production server against N generated cases.
//
//   npm run bench:cases -- --cases 1000000 [--reuse] [--duration 25] [--warmup 5] [--connections 20]
//
// Keeps its own embedded PostgreSQL cluster in .bench/ (one database per size), creates the schema by
// starting the production server once, loads the cases (generate-cases.mjs), VACUUM ANALYZEs, then starts
// the server again and drives it with autocannon. Prints figures; never judges them. Exits non-zero only
// when a request fails (any non-2xx answer).
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  machineCpu,
  peakRssMb,
  PG_SETTINGS,
  postgresCpu,
  serverCpu,
  startCluster,
  startServer,
  stopServer,
} from './bench-cluster.mjs';
import { generateCases } from './generate-cases.mjs';
import { cycle, httpLoad, percentiles, sqlLoad, topStatements } from './load.mjs';
import { searchSql } from './search-sql.mjs';
import { workload } from './workload.mjs';

const { values: opts } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000000' },
    reuse: { type: 'boolean', default: false },
    duration: { type: 'string', default: '25' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '20' },
    dir: { type: 'string', default: resolve(import.meta.dirname, '../../.bench') },
  },
});
const CASES = Number(opts.cases);
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const DB = `bench_${CASES}`;
const log = (line) => console.log(line);
const fmt = (n) => n.toLocaleString('en-US');

const stoppers = [];
async function cleanUp() {
  while (stoppers.length)
    await stoppers
      .pop()()
      .catch((error) => log(`cleanup: ${error.message}`));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The bench database with CASES cases: reused (--reuse) or built from scratch. */
async function prepareDatabase(cluster) {
  const exists = await withClient(cluster.adminUrl, async (c) => {
    return (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB])).rowCount > 0;
  });
  const held = exists
    ? await withClient(cluster.urlOf(DB), async (c) => {
        const t = await c.query(`SELECT to_regclass('cases') IS NOT NULL AS ok`);
        return t.rows[0].ok ? Number((await c.query('SELECT count(*) AS n FROM cases')).rows[0].n) : 0;
      })
    : 0;
  let generation;
  if (opts.reuse && held === CASES) {
    log(`reusing database ${DB} (${fmt(held)} cases)`);
  } else {
    if (opts.reuse) log(`--reuse: ${DB} holds ${fmt(held)} cases, not ${fmt(CASES)}: building it again`);
    await withClient(cluster.adminUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${DB}`);
    });
    log('creating the schema and demo data: starting the production server once');
    const server = await startServer(cluster.urlOf(DB), log);
    await stopServer(server.child);
    log(`generating ${fmt(CASES)} cases`);
    generation = await generateCases({ url: cluster.urlOf(DB), cases: CASES, deferIndexes: true, log });
  }
  await withClient(cluster.urlOf(DB), async (c) => {
    const t = Date.now();
    await c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await c.query('VACUUM (ANALYZE)');
    log(`VACUUM ANALYZE in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  });
  return generation;
}

async function login(url, username) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'tiaojie-demo' }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()).accessToken;
}

async function main() {
  log(
    `tiaojie case benchmark: ${fmt(CASES)} cases, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per scenario`,
  );
  log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const cluster = await startCluster(opts.dir, log);
  stoppers.push(() => cluster.stop());
  const generation = await prepareDatabase(cluster);
  const url = cluster.urlOf(DB);
  const work = await workload(url);
  const server = await startServer(url, log);
  stoppers.push(() => stopServer(server.child));
  const tokens = {
    director: await login(server.url, 'director.yang'),
    mediator: await login(server.url, 'mediator.yang'),
  };
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  stoppers.push(() => pool.end());
  const stats = new pg.Client({ connectionString: url });
  await stats.connect();
  stoppers.push(() => stats.end());
  const { DEMO_DATA_KEY } = await import('../../dist/api/api/src/config/config.js');
  const key = Buffer.from(DEMO_DATA_KEY, 'base64');
  const searchOf = {
    director: await searchSql(work.director, key),
    mediator: await searchSql(work.mediator, key),
  };
  const matches = async (who, names) => {
    const totals = [];
    for (const q of names.slice(0, 100)) totals.push(await searchOf[who].run(pool, q));
    const p = percentiles(totals);
    return `median ${p.p50}, p95 ${p.p95}, max ${Math.max(...totals)} cases`;
  };
  const q = (name) => `/api/cases?q=${encodeURIComponent(name)}&pageSize=20`;
  const scenarios = [
    {
      id: 'a',
      name: 'search q=<given name>',
      user: 'director',
      http: () => cycle(work.directorNames.map(q)),
    },
    { id: 'c', name: 'search, SQL only', user: 'director', sql: 'director', names: work.directorNames },
    {
      id: 'a',
      name: 'search q=<given name>',
      user: 'mediator',
      http: () => cycle(work.mediatorNames.map(q)),
    },
    { id: 'c', name: 'search, SQL only', user: 'mediator', sql: 'mediator', names: work.mediatorNames },
    {
      id: 'b',
      name: 'detail /api/cases/:id',
      user: 'director',
      http: () => cycle(work.ids.map((id) => `/api/cases/${id}`)),
    },
    { id: 'd', name: 'list, first page', user: 'director', http: () => cycle(['/api/cases?pageSize=20']) },
  ];
  const d = work.dataset;
  log(
    `dataset: ${fmt(+d.cases)} cases, ${fmt(+d.parties)} parties, ${fmt(+d.sessions)} sessions, ${fmt(+d.events)} timeline events; database ${d.size}`,
  );
  log(`scopes: director.yang sees ${fmt(+d.director_scope)} cases, mediator.yang ${fmt(+d.mediator_scope)}`);
  log(
    `search terms: ${new Set(work.directorNames).size} distinct names (director), ${new Set(work.mediatorNames).size} (mediator); matches per name (director): ${await matches('director', work.directorNames)}; (mediator): ${await matches('mediator', work.mediatorNames)}`,
  );
  const results = [];
  for (const s of scenarios) {
    const run = (seconds) =>
      s.sql
        ? sqlLoad({ pool, search: searchOf[s.sql], nextQ: cycle(s.names), seconds, connections: CONNECTIONS })
        : httpLoad({
            url: server.url,
            token: tokens[s.user],
            nextPath: s.http(),
            seconds,
            connections: CONNECTIONS,
          });
    await run(WARMUP);
    await stats.query('SELECT pg_stat_statements_reset()');
    const cpu0 = {
      server: await serverCpu(server.child.pid),
      pg: await postgresCpu(opts.dir),
      bench: process.cpuUsage(),
      machine: await machineCpu(),
    };
    const r = await run(DURATION);
    const used = {
      server: (await serverCpu(server.child.pid)) - cpu0.server,
      pg: (await postgresCpu(opts.dir)) - cpu0.pg,
      bench: Object.values(process.cpuUsage(cpu0.bench)).reduce((a, b) => a + b, 0) / 1e6,
      machine: (await machineCpu()) - cpu0.machine,
    };
    const per = (seconds) => ((seconds * 1000) / Math.max(1, r.requests)).toFixed(2);
    const cpu = {
      server: per(used.server),
      pg: per(used.pg),
      bench: per(used.bench),
      // cores busy with anything else (other tests and builds on this shared machine)
      other: Math.max(0, (used.machine - used.server - used.pg - used.bench) / r.seconds).toFixed(2),
    };
    const top = await topStatements(stats);
    results.push({ ...s, ...r, ...percentiles(r.latencies), rps: r.requests / r.seconds, cpu });
    log(
      `(${s.id}) ${s.name} as ${s.user}.yang: ${fmt(r.requests)} requests, ${r.failed} failed; CPU ms per request: server ${cpu.server}, PostgreSQL ${cpu.pg}, load generator ${cpu.bench}; other work on the machine ${cpu.other} cores; statements:\n    ${top.join('\n    ')}`,
    );
  }
  const rss = await peakRssMb(server.child.pid);
  printTable(results, { rss, dataset: d, generation });
  return results.some((r) => r.failed) ? 1 : 0;
}

function printTable(results, { rss, dataset: d, generation }) {
  const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–').padStart(7);
  const ratio = (a, b) => (Number.isFinite(a / b) && b ? `×${(a / b).toFixed(2)}` : '–');
  const lines = [
    '',
    `| scenario | user | requests | failed | p50 ms | p95 ms | p99 ms | req/s | CPU ms/req server + PG | other work, cores |`,
    `|---|---|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...results.map(
      (r) =>
        `| (${r.id}) ${r.name} | ${r.user}.yang | ${fmt(r.requests)} | ${r.failed} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.rps.toFixed(0)} | ${r.cpu.server} + ${r.cpu.pg} | ${r.cpu.other} |`,
    ),
  ];
  for (const user of ['director', 'mediator']) {
    const api = results.find((r) => r.id === 'a' && r.user === user);
    const sql = results.find((r) => r.id === 'c' && r.user === user);
    lines.push(
      `search API/SQL (${user}.yang): p50 ${ratio(api.p50, sql.p50)}, p95 ${ratio(api.p95, sql.p95)}, throughput ${ratio(api.rps, sql.rps)}`,
    );
  }
  lines.push(`server peak RSS (VmHWM): ${rss} MB`);
  lines.push(
    `dataset: ${fmt(+d.cases)} cases, ${fmt(+d.parties)} parties, ${fmt(+d.sessions)} sessions, database ${d.size}`,
  );
  if (generation)
    lines.push(
      `generation: ${generation.seconds.toFixed(0)} s (${Math.round(generation.cases / generation.seconds)} cases/s)`,
    );
  lines.push(
    `${d.version.split(' on ')[0]}; ${Object.entries(PG_SETTINGS)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  );
  lines.push(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const r of results.filter((r) => r.failed))
    lines.push(`FAILED (${r.id}) ${r.name}: ${r.errors.join('; ')}`);
  log(lines.join('\n'));
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
