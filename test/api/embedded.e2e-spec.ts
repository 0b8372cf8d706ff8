import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../api/src/database/embedded.js';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tiaojie-embedded-'));
    await chmod(dir, 0o755);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps the data across a restart', async () => {
    const first = await startEmbeddedPostgres(dir, 'keep');
    await query(first.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('第一次启动')`);
    await first.stop();
    const second = await startEmbeddedPostgres(dir, 'keep');
    try {
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: '第一次启动' }]);
    } finally {
      await second.stop();
    }
  });

  it('recovers when the previous server was left running (its node process died)', async () => {
    const orphan = await startEmbeddedPostgres(dir, 'keep');
    // No stop(): the server outlives its owner, as after a SIGKILL of node.
    const next = await startEmbeddedPostgres(dir, 'keep');
    try {
      expect(next.port).not.toBe(orphan.port);
      expect(await query(next.url, 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 1 }]);
      await expect(query(orphan.url, 'SELECT 1')).rejects.toThrow();
    } finally {
      await next.stop();
    }
  });

  it('explains clearly when the postgres user cannot reach the data folder', async () => {
    const locked = await mkdtemp(join(tmpdir(), 'tiaojie-locked-'));
    try {
      await expect(startEmbeddedPostgres(join(locked, 'data'), 'x')).rejects.toThrow(
        /cannot enter .*tiaojie-locked-.*Set TIAOJIE_DATA_DIR/,
      );
    } finally {
      await rm(locked, { recursive: true, force: true });
    }
  });
});
