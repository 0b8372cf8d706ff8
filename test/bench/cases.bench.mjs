// Case search and detail under load: the built production server against N generated cases.
//
//   npm run bench:cases -- --cases 1000000 [--reuse] [--duration 25] [--warmup 5] [--connections 20]
//
// Keeps its own embedded PostgreSQL cluster in .bench/ (one database per size), creates the schema by
// starting the production server once, loads the cases (generate-cases.mjs), VACUUM ANALYZEs, then starts
// the server again and drives it with autocannon. Prints figures; never judges them. Exits non-zero only
// when a request fails (any non-2xx answer).
import autocannon from 'autocannon';
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
import { searchSql } from './search-sql.mjs';

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
  while (stoppers.length) await stoppers.pop()().catch((error) => log(`cleanup: ${error.message}`));
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
  const held = exists ? await withClient(cluster.urlOf(DB), async (c) => {
    const t = await c.query(`SELECT to_regclass('cases') IS NOT NULL AS ok`);
    return t.rows[0].ok ? Number((await c.query('SELECT count(*) AS n FROM cases')).rows[0].n) : 0;
  }) : 0; // prettier-ignore
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

/** What the scenarios ask for: given names (two characters), case ids, the users' scopes. */
async function workload(url) {
  return withClient(url, async (c) => {
    const users = (
      await c.query(`SELECT u.username, u.id, u.role, u.organisation_id AS "organisationId", o.path AS "organisationPath"
                       FROM users u JOIN organisations o ON o.id = u.organisation_id
                      WHERE u.username IN ('director.yang', 'mediator.yang')`)
    ).rows;
    const director = users.find((u) => u.username === 'director.yang');
    const mediator = users.find((u) => u.username === 'mediator.yang');
    // Names as they occur: popular names come up more often, as in real searches.
    const names = async (visible) =>
      (
        await c.query(
          `SELECT substr(p.name, 2, 2) AS q FROM parties p TABLESAMPLE SYSTEM (5) REPEATABLE (7)
             JOIN cases c ON c.id = p.case_id
            WHERE p.kind = 'person' AND char_length(p.name) = 3 AND ${visible}
            ORDER BY md5(p.id::text) LIMIT 2000`,
        )
      ).rows.map((row) => row.q);
    const inScope = (user) => `c.organisation_id IN (SELECT id FROM organisations WHERE path LIKE '${user.organisationPath}%')`;
    const onTeam = `(c.registered_by_id = '${mediator.id}' OR EXISTS (SELECT 1 FROM case_mediators cm
                     JOIN mediators m ON m.id = cm.mediator_id WHERE cm.case_id = c.id AND m.user_id = '${mediator.id}'))`;
    const ids = (
      await c.query(
        `SELECT c.id FROM cases c TABLESAMPLE SYSTEM (5) REPEATABLE (7) WHERE ${inScope(director)}
          ORDER BY md5(c.id::text) LIMIT 5000`,
      )
    ).rows.map((row) => row.id);
    const dataset = (
      await c.query(`SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM parties) AS parties,
        (SELECT count(*) FROM mediation_sessions) AS sessions, (SELECT count(*) FROM case_events) AS events,
        (SELECT count(*) FROM cases c WHERE ${inScope(director)}) AS director_scope,
        (SELECT count(*) FROM cases c WHERE ${inScope(mediator)} AND ${onTeam}) AS mediator_scope,
        pg_size_pretty(pg_database_size(current_database())) AS size, version() AS version`)
    ).rows[0];
    return {
      director,
      mediator,
      directorNames: await names(inScope(director)),
      mediatorNames: await names(`${inScope(mediator)} AND ${onTeam}`),
      ids,
      dataset,
    };
  });
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

const cycle = (list) => {
  let i = 0;
  return () => list[i++ % list.length];
};

function percentiles(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** autocannon against the server; every request gets the next path. Latencies from each response. */
async function httpLoad({ url, token, nextPath, seconds }) {
  const latencies = [];
  let failed = 0;
  const statuses = new Map();
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    timeout: 60, // seconds: a slow answer is measured, not dropped
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }],
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    latencies.push(ms);
    if (status < 200 || status > 299) {
      failed++;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  const result = await instance;
  failed += result.errors + result.timeouts;
  const errors = [...statuses].map(([s, n]) => `${n}× HTTP ${s}`);
  if (result.errors) errors.push(`${result.errors} socket errors (${result.timeouts} timeouts)`);
  return { requests: latencies.length, failed, errors, seconds: result.duration, latencies };
}

/** CONNECTIONS clients looping over the search's SQL on a pg Pool of the same size. */
async function sqlLoad({ pool, search, nextQ, seconds }) {
  const latencies = [];
  const errors = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        await search.run(pool, nextQ());
        latencies.push(performance.now() - t);
      } catch (error) {
        errors.push(error.message);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  return { requests: latencies.length, failed: errors.length, errors: [...new Set(errors)].slice(0, 3), seconds: (performance.now() - started) / 1000, latencies }; // prettier-ignore
}

/** Statement statistics (pg_stat_statements) of the scenario just run: mean time per statement. */
async function topStatements(db) {
  const { rows } = await db.query(
    `SELECT calls, mean_exec_time AS mean, total_exec_time AS total,
            regexp_replace(left(query, 300), '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query !~* 'pg_stat_statements' ORDER BY total_exec_time DESC LIMIT 5`,
  );
  return rows.map((r) => `${Number(r.mean).toFixed(2).padStart(8)} ms × ${String(r.calls).padStart(6)}  ${label(r.query)}`);
}
const label = (query) =>
  /OVER \(\)/i.test(query) ? 'page ids + count (window)' + where(query)
  : /COUNT\(/i.test(query) ? 'count   ' + where(query)
  : /^SELECT "c"."id" AS "id"/.test(query) ? 'page ids' + where(query)
  : /presiding_mediator_name/.test(query) ? 'list rows (parties, mediator)'
  : query.slice(0, 90); // prettier-ignore
const where = (query) => (/registered_by_id/.test(query) ? ' (team visibility)' : '') + (/tsquery/.test(query) ? ' (search)' : '');

async function main() {
  log(`tiaojie case benchmark: ${fmt(CASES)} cases, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per scenario`);
  log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`); // prettier-ignore
  const cluster = await startCluster(opts.dir, log);
  stoppers.push(() => cluster.stop());
  const generation = await prepareDatabase(cluster);
  const url = cluster.urlOf(DB);
  const work = await workload(url);
  const server = await startServer(url, log);
  stoppers.push(() => stopServer(server.child));
  const tokens = { director: await login(server.url, 'director.yang'), mediator: await login(server.url, 'mediator.yang') };
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  stoppers.push(() => pool.end());
  const stats = new pg.Client({ connectionString: url });
  await stats.connect();
  stoppers.push(() => stats.end());
  const { DEMO_DATA_KEY } = await import('../../dist/api/api/src/config/config.js');
  const key = Buffer.from(DEMO_DATA_KEY, 'base64');
  const searchOf = { director: await searchSql(work.director, key), mediator: await searchSql(work.mediator, key) };
  const matches = async (who, names) => {
    const totals = [];
    for (const q of names.slice(0, 100)) totals.push(await searchOf[who].run(pool, q));
    const p = percentiles(totals);
    return `median ${p.p50}, p95 ${p.p95}, max ${Math.max(...totals)} cases`;
  };
  const q = (name) => `/api/cases?q=${encodeURIComponent(name)}&pageSize=20`;
  const scenarios = [
    { id: 'a', name: 'search q=<given name>', user: 'director', http: () => cycle(work.directorNames.map(q)) },
    { id: 'c', name: 'search, SQL only', user: 'director', sql: 'director', names: work.directorNames },
    { id: 'a', name: 'search q=<given name>', user: 'mediator', http: () => cycle(work.mediatorNames.map(q)) },
    { id: 'c', name: 'search, SQL only', user: 'mediator', sql: 'mediator', names: work.mediatorNames },
    { id: 'b', name: 'detail /api/cases/:id', user: 'director', http: () => cycle(work.ids.map((id) => `/api/cases/${id}`)) }, // prettier-ignore
    { id: 'd', name: 'list, first page', user: 'director', http: () => cycle(['/api/cases?pageSize=20']) },
  ];
  const d = work.dataset;
  log(`dataset: ${fmt(+d.cases)} cases, ${fmt(+d.parties)} parties, ${fmt(+d.sessions)} sessions, ${fmt(+d.events)} timeline events; database ${d.size}`); // prettier-ignore
  log(`scopes: director.yang sees ${fmt(+d.director_scope)} cases, mediator.yang ${fmt(+d.mediator_scope)}`);
  log(`search terms: ${new Set(work.directorNames).size} distinct names (director), ${new Set(work.mediatorNames).size} (mediator); matches per name (director): ${await matches('director', work.directorNames)}; (mediator): ${await matches('mediator', work.mediatorNames)}`); // prettier-ignore
  const results = [];
  for (const s of scenarios) {
    const run = (seconds) =>
      s.sql
        ? sqlLoad({ pool, search: searchOf[s.sql], nextQ: cycle(s.names), seconds })
        : httpLoad({ url: server.url, token: tokens[s.user], nextPath: s.http(), seconds });
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
    log(`(${s.id}) ${s.name} as ${s.user}.yang: ${fmt(r.requests)} requests, ${r.failed} failed; CPU ms per request: server ${cpu.server}, PostgreSQL ${cpu.pg}, load generator ${cpu.bench}; other work on the machine ${cpu.other} cores; statements:\n    ${top.join('\n    ')}`); // prettier-ignore
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
    ...results.map((r) =>
      `| (${r.id}) ${r.name} | ${r.user}.yang | ${fmt(r.requests)} | ${r.failed} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.rps.toFixed(0)} | ${r.cpu.server} + ${r.cpu.pg} | ${r.cpu.other} |`), // prettier-ignore
  ];
  for (const user of ['director', 'mediator']) {
    const api = results.find((r) => r.id === 'a' && r.user === user);
    const sql = results.find((r) => r.id === 'c' && r.user === user);
    lines.push(`search API/SQL (${user}.yang): p50 ${ratio(api.p50, sql.p50)}, p95 ${ratio(api.p95, sql.p95)}, throughput ${ratio(api.rps, sql.rps)}`); // prettier-ignore
  }
  lines.push(`server peak RSS (VmHWM): ${rss} MB`);
  lines.push(`dataset: ${fmt(+d.cases)} cases, ${fmt(+d.parties)} parties, ${fmt(+d.sessions)} sessions, database ${d.size}`); // prettier-ignore
  if (generation) lines.push(`generation: ${generation.seconds.toFixed(0)} s (${Math.round(generation.cases / generation.seconds)} cases/s)`); // prettier-ignore
  lines.push(`${d.version.split(' on ')[0]}; ${Object.entries(PG_SETTINGS).map(([k, v]) => `${k}=${v}`).join(', ')}`); // prettier-ignore
  lines.push(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const r of results.filter((r) => r.failed)) lines.push(`FAILED (${r.id}) ${r.name}: ${r.errors.join('; ')}`);
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
