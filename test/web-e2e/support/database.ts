import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** The embedded server's credentials (api/src/database/embedded.ts). */
const USER = 'postgres';
const PASSWORD = 'tiaojie-embedded';

/** The port of the suite server's embedded PostgreSQL: line 4 of its postmaster.pid. */
function embeddedPort(): number {
  const dataDir = process.env['TIAOJIE_E2E_DATA_DIR'];
  if (!dataDir) throw new Error('TIAOJIE_E2E_DATA_DIR is not set: run through test/web-e2e/jest.config.mjs');
  const port = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  if (!Number.isInteger(port) || port <= 0) throw new Error('No port in postmaster.pid');
  return port;
}

/**
 * Runs one statement against the suite server's database. Only for test set-up that no user can do
 * through the UI or the API, such as making a clock overdue without waiting thirty days.
 */
export async function sql<T extends Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: embeddedPort(),
    user: USER,
    password: PASSWORD,
    database: 'tiaojie',
  });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}
