import pg from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dataSourceOptions } from '../../api/src/database/data-source.js';
import { StatsRollup } from '../../api/src/modules/stats/stats-rollup.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** pg_advisory_xact_lock key of the statistics refresh (stats-rollup.ts). */
const REFRESH_LOCK = 0x746a7374;
const TIMEOUT_MS = 400;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A request whose statement runs (or waits for a lock) longer than TIAOJIE_STATEMENT_TIMEOUT_MS is
 * cancelled by PostgreSQL and answered 503 with docs/api.md's error body; the app keeps serving. Long jobs
 * (the rollup refresh, migrations) lift the limit for their own transaction.
 */
describe('statement_timeout of request queries', () => {
  let t: TestApp;
  let other: pg.Client;
  beforeAll(async () => {
    t = await createTestApp({ TIAOJIE_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS) });
    other = new pg.Client({ connectionString: (t.dataSource.options as { url: string }).url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await t?.close();
  });

  it('is set on the connections of the app', async () => {
    const [row] = await t.dataSource.query<{ statement_timeout: string }[]>('SHOW statement_timeout');
    expect(row!.statement_timeout).toBe(`${TIMEOUT_MS}ms`);
  });

  it('answers 503 QUERY_TIMEOUT when a request waits longer on a locked table, and serves on', async () => {
    const token = await t.tokenOf('mediator.yang');
    const list = () => t.http().get('/api/cases').set('authorization', `Bearer ${token}`);
    expect((await list()).status).toBe(200);

    // Another session holds the cases table: the list's query waits for the lock until it is cancelled.
    await other.query('BEGIN');
    await other.query('LOCK TABLE cases IN ACCESS EXCLUSIVE MODE');
    let blocked: Awaited<ReturnType<typeof list>>;
    let health: number;
    const started = Date.now();
    try {
      [blocked, health] = await Promise.all([
        list(),
        sleep(50).then(async () => (await t.http().get('/api/health')).status),
      ]);
    } finally {
      await other.query('ROLLBACK');
    }
    const waited = Date.now() - started;
    process.stdout.write(
      `statement_timeout ${TIMEOUT_MS} ms: answered ${blocked.status} after ${waited} ms\n`,
    );

    expect(blocked.status).toBe(503);
    expect(blocked.body).toEqual({
      statusCode: 503,
      code: 'QUERY_TIMEOUT',
      message: expect.stringMatching(/超时/),
    });
    expect(blocked.headers['retry-after']).toBe('5');
    expect(waited).toBeGreaterThanOrEqual(TIMEOUT_MS);
    expect(waited).toBeLessThan(TIMEOUT_MS + 5000);
    expect(health).toBe(200);
    // The connection went back to the pool in a usable state: the same request answers again.
    expect((await list()).status).toBe(200);
    expect((await t.http().get('/api/health')).status).toBe(200);
  });

  it('does not cut the statistics rollup refresh, which waits for its lock longer than the limit', async () => {
    await t.dataSource.query(
      `INSERT INTO stats_dirty (organisation_id, day) SELECT id, current_date FROM organisations LIMIT 1`,
    );
    await other.query('BEGIN');
    await other.query('SELECT pg_advisory_xact_lock($1)', [REFRESH_LOCK]);
    const refreshed = t.app.get(StatsRollup).refresh();
    await sleep(TIMEOUT_MS * 3);
    await other.query('COMMIT');
    await expect(refreshed).resolves.toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.query('SELECT 1 FROM stats_dirty')).toEqual([]);
  });

  it('lifts the limit inside every migration of the app, keeping their names', async () => {
    const options = dataSourceOptions('postgres://unused/db', 2, TIMEOUT_MS);
    const migrations = options.migrations as (new () => MigrationInterface)[];
    const plain = dataSourceOptions('postgres://unused/db', 2).migrations as (new () => MigrationInterface)[];
    expect(migrations).toHaveLength(plain.length);
    for (const [i, Migration] of migrations.entries()) {
      const queries: string[] = [];
      const runner = {
        query: (sql: string) => {
          queries.push(sql);
          // The first statement is ours; stop there rather than run the migration against nothing.
          return queries.length > 1 ? Promise.reject(new Error('stop')) : Promise.resolve([]);
        },
      } as unknown as QueryRunner;
      const migration = new Migration();
      expect(migration.name).toBe(new plain[i]!().name);
      await migration.up(runner).catch(() => undefined);
      expect(queries[0]).toBe('SET LOCAL statement_timeout = 0');
    }
  });
});
