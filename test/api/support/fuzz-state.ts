import http from 'node:http';
import type { DataSource } from 'typeorm';
import type { FuzzRequest } from './fuzz-requests.js';

/**
 * Tables a rejected request may legitimately change, each for a reason:
 * - `sessions`: signing in creates one, signing out revokes it (the fuzzer restores it);
 * - `login_failures`: every refused sign-in is written down, that is how guessing is rate-limited;
 * - `migrations`: TypeORM's own bookkeeping, never touched by a request.
 */
export const BOOKKEEPING_TABLES = ['sessions', 'login_failures', 'migrations'];

/**
 * Tables whose rows a rejected request may update (their count must still not change):
 * - `api_keys`: `last_used_at` is set when a key authenticates, before the request itself is judged.
 */
export const TOUCHED_TABLES = ['api_keys'];

export interface Snapshot {
  counts: Record<string, number>;
  /** Per table, the sum of its rows' `xmin`: any insert, update or delete changes it. */
  writes: Record<string, string>;
  auditCount: number;
  auditHash: string | null;
}

/**
 * Row counts and a write mark of every table but the bookkeeping ones, and the audit chain's
 * length and head: one statement, cheap on the test database's small tables.
 */
export async function snapshotter(dataSource: DataSource): Promise<() => Promise<Snapshot>> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables = rows.map((r) => r.table_name).filter((name) => !BOOKKEEPING_TABLES.includes(name));
  if (!tables.includes('audit_events')) throw new Error('no audit_events table');
  const perTable = tables.map(
    (t) =>
      `'${t}', (SELECT json_build_array(count(*), coalesce(sum(xmin::text::bigint), 0)::text) FROM "${t}")`,
  );
  const sql = `SELECT json_build_object(${perTable.join(', ')}) AS tables,
     (SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1) AS head`;
  return async () => {
    const [row] =
      await dataSource.query<{ tables: Record<string, [number, string]>; head: string | null }[]>(sql);
    const entries = Object.entries(row!.tables);
    const counts = Object.fromEntries(entries.map(([t, [count]]) => [t, count]));
    const writes = Object.fromEntries(entries.map(([t, [, mark]]) => [t, mark]));
    return { counts, writes, auditCount: counts['audit_events']!, auditHash: row!.head };
  };
}

/** Tables whose counts or rows differ, with before → after. */
export function changes(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const t of Object.keys(after.counts)) {
    if (before.counts[t] !== after.counts[t]) out.push(`${t}: ${before.counts[t]} → ${after.counts[t]} rows`);
    else if (before.writes[t] !== after.writes[t] && !TOUCHED_TABLES.includes(t))
      out.push(`${t}: rows updated`);
  }
  if (before.auditHash !== after.auditHash) out.push(`audit head: ${before.auditHash} → ${after.auditHash}`);
  return out;
}

/** Every uuid `id` of every table (at most 40 each): the records of all organisations. */
export async function realIds(dataSource: DataSource): Promise<string[]> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' ORDER BY table_name`,
  );
  const ids: string[] = [];
  for (const { table_name } of tables) {
    const rows: { id: string }[] = await dataSource.query(`SELECT id FROM "${table_name}" LIMIT 40`);
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

export interface FuzzResponse {
  status: number;
  contentType: string;
  body: unknown;
  text: string;
}

// A fresh connection per request: after an early answer (413, 415, 431) the server may close a
// kept-alive connection just as the next request is written on it, a reset that is no finding.
const agent = new http.Agent({ keepAlive: false, maxSockets: 1 });
const TIMEOUT_MS = 30_000;

/** Sends the request as is (no client-side encoding or validation beyond Node's own). */
export function send(port: number, req: FuzzRequest, auth: Record<string, string>): Promise<FuzzResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...req.headers, ...auth };
    if (req.body) headers['Content-Length'] = req.body.length;
    const outgoing = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const contentType = String(res.headers['content-type'] ?? '');
          const raw = Buffer.concat(chunks);
          const text = contentType.includes('json') ? raw.toString('utf8') : '';
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // Not JSON: errorShapeProblem reports it.
          }
          resolve({ status: res.statusCode ?? 0, contentType, body, text: text.slice(0, 300) });
        });
      },
    );
    // A request the server never answers is a finding, not a hung test.
    outgoing.setTimeout(TIMEOUT_MS, () => {
      outgoing.destroy();
      resolve({
        status: 0,
        contentType: '',
        body: undefined,
        text: `no answer within ${TIMEOUT_MS / 1000} s`,
      });
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      // The server may answer (413, 415) and close before it has read a large body.
      resolve({
        status: 0,
        contentType: '',
        body: undefined,
        text: `connection ${error.code ?? error.message}`,
      }),
    );
    outgoing.end(req.body);
  });
}

export function closeAgent(): void {
  agent.destroy();
}

const CODE = /^[A-Z][A-Z0-9_]*$/;
const CHINESE = /[\u3400-\u9fff]/;

/** What is wrong with a 4xx body, measured against docs/api.md's error shape; undefined when nothing. */
export function errorShapeProblem(res: FuzzResponse): string | undefined {
  if (!res.contentType.startsWith('application/json')) return `content type ${res.contentType || 'none'}`;
  const body = res.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'body is not a JSON object';
  const extra = Object.keys(body).filter((k) => !['statusCode', 'code', 'message', 'details'].includes(k));
  if (extra.length) return `unexpected fields ${extra.join(', ')}`;
  if (body['statusCode'] !== res.status) return `statusCode ${String(body['statusCode'])} ≠ ${res.status}`;
  if (typeof body['code'] !== 'string' || !CODE.test(body['code'])) return `code ${String(body['code'])}`;
  if (typeof body['message'] !== 'string' || !CHINESE.test(body['message']))
    return `message not Chinese: ${String(body['message'])}`;
  const details = body['details'];
  if (details === undefined) return undefined;
  if (!Array.isArray(details)) return 'details is not a list';
  for (const detail of details as Record<string, unknown>[]) {
    if (!detail || typeof detail !== 'object') return 'a detail is not an object';
    if (typeof detail['code'] !== 'string' || typeof detail['message'] !== 'string')
      return `detail without code/message: ${JSON.stringify(detail)}`;
    if (detail['field'] !== undefined && typeof detail['field'] !== 'string')
      return `detail field ${JSON.stringify(detail['field'])}`;
  }
  return undefined;
}
