// Load generators of the case benchmark: autocannon against the server, a pg Pool against PostgreSQL,
// and the statement statistics of what ran.
import autocannon from 'autocannon';

/** The items of `list` one after another, round and round. */
export const cycle = (list) => {
  let i = 0;
  return () => list[i++ % list.length];
};

/** p50, p95 and p99 of a list of milliseconds (nearest rank). */
export function percentiles(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  const at = (p) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/**
 * autocannon against the server; every request gets the next path (a string: GET) or the next
 * `{ method, path, body }`. Latencies from each response.
 */
export async function httpLoad({ url, token, nextPath, seconds, connections }) {
  const latencies = [];
  let failed = 0;
  const statuses = new Map();
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    timeout: 60, // seconds: a slow answer is measured, not dropped
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          const next = nextPath();
          if (typeof next === 'string') return { ...req, path: next };
          return { ...req, method: next.method, path: next.path, body: JSON.stringify(next.body) };
        },
      },
    ],
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

/** `connections` clients looping over the search's SQL on a pg Pool of the same size. */
export async function sqlLoad({ pool, search, nextQ, seconds, connections }) {
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
  await Promise.all(Array.from({ length: connections }, client));
  const distinct = [...new Set(errors)].slice(0, 3);
  const elapsed = (performance.now() - started) / 1000;
  return { requests: latencies.length, failed: errors.length, errors: distinct, seconds: elapsed, latencies };
}

/** Statement statistics (pg_stat_statements) of the scenario just run: mean time per statement. */
export async function topStatements(db) {
  const { rows } = await db.query(
    `SELECT calls, mean_exec_time AS mean, total_exec_time AS total,
            regexp_replace(left(query, 300), '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query !~* 'pg_stat_statements' ORDER BY total_exec_time DESC LIMIT 5`,
  );
  return rows.map(
    (r) => `${Number(r.mean).toFixed(2).padStart(8)} ms × ${String(r.calls).padStart(6)}  ${label(r.query)}`,
  );
}
/** A short name for the case list's statements; others show their first characters. */
function label(query) {
  if (/OVER \(\)/i.test(query)) return 'page ids + count (window)' + where(query);
  if (/COUNT\(/i.test(query)) return 'count' + where(query);
  if (/^SELECT "c"."id" AS "id"/.test(query)) return 'page ids' + where(query);
  if (/presiding_mediator_name/.test(query)) return 'list rows (parties, mediator)';
  return query.slice(0, 90);
}
const where = (query) =>
  (/registered_by_id/.test(query) ? ' (team visibility)' : '') + (/tsquery/.test(query) ? ' (search)' : '');
