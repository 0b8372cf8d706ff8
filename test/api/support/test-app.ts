import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../../../api/src/bootstrap.js';
import { RedactingLogger } from '../../../api/src/common/redacting-logger.js';
import { DEMO_PASSWORD, loadConfig, logLevelsFrom } from '../../../api/src/config/config.js';

const TEMPLATE = 'tiaojie_template';

export function serverUrl(database: string): string {
  const base = process.env['TIAOJIE_TEST_PG'];
  if (!base) throw new Error('TIAOJIE_TEST_PG is not set: run through the API jest config');
  return `${base}/${database}`;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const testConfig = (extra: NodeJS.ProcessEnv = {}) =>
  loadConfig({
    TIAOJIE_DEMO: 'false',
    LOG_LEVEL: 'error',
    TIAOJIE_WEB_DIR: '/nonexistent',
    TIAOJIE_SCHEDULER: 'false',
    // Text messages to parties stay out of the working tree.
    TIAOJIE_SMS: `outbox:${join(tmpdir(), `tiaojie-test-sms-${process.pid}`)}`,
    ...extra,
  });

const LOG_DIR = 'tmp/test-results/logs';

/**
 * The app's log lines down to `log` go to tmp/test-results/logs/api-<worker>.log, which
 * test/scan-logs.mjs searches for personal data after the run; errors also reach the console.
 */
function testLogger(): RedactingLogger {
  mkdirSync(LOG_DIR, { recursive: true });
  const file = `${LOG_DIR}/api-${process.env['JEST_WORKER_ID'] ?? '0'}.log`;
  return new RedactingLogger({ logLevels: logLevelsFrom('log'), colors: false }, (text, stream) => {
    appendFileSync(file, text);
    if (stream === 'stderr') process.stderr.write(text);
  });
}

/** A migrated database with the demo data, built once per run and copied for each test file. */
async function ensureTemplate(): Promise<void> {
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock(4242)');
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (found.rowCount) return;
      await admin.query(`CREATE DATABASE ${TEMPLATE}`);
      const app = await createApp(testConfig({ TIAOJIE_DEMO: 'true' }), serverUrl(TEMPLATE), testLogger());
      await app.close();
      await admin.query(`ALTER DATABASE ${TEMPLATE} WITH is_template = true`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(4242)');
    }
  });
}

/** A fresh database copied from the template; returns its URL. */
export async function newTestDatabase(): Promise<string> {
  await ensureTemplate();
  const name = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`));
  return serverUrl(name);
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  /** Signs in (once per user and test file) and returns a bearer token. */
  tokenOf: (username: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function createTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const app = await createApp(testConfig(env), await newTestDatabase(), testLogger());
  const server = app.getHttpServer();
  const tokens = new Map<string, string>();
  return {
    app,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    http: () => request(server),
    async tokenOf(username: string) {
      if (!tokens.has(username)) {
        const res = await request(server)
          .post('/api/auth/login')
          .send({ username, password: DEMO_PASSWORD })
          .expect(200);
        tokens.set(username, (res.body as { accessToken: string }).accessToken);
      }
      return tokens.get(username)!;
    },
    close: () => app.close(),
  };
}
