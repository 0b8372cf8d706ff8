import { resolve } from 'node:path';

export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';

/** The whole configuration of the API, parsed and validated once at start. */
export interface AppConfig {
  production: boolean;
  port: number;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl?: string;
  dataDir: string;
  demo: boolean;
  /** Secret that signs session tokens. */
  secret: string;
  /** 32-byte key that encrypts personal data (AES-256-GCM). */
  dataKey: Buffer;
  logLevel: LogLevel;
  sessionHours: number;
  /** Minutes without a request after which a session ends (idle logout). */
  idleMinutes: number;
  /** Directory with the built web app; served at `/` when it exists. */
  webDir: string;
  /** Address printed in verification QR codes. */
  publicUrl: string;
  /** Run the scheduled sweeps in this process. */
  scheduler: boolean;
  /** Express `trust proxy`: which reverse proxies may say the request came over TLS (X-Forwarded-Proto). */
  trustProxy: string | number;
  /** PostgreSQL statement_timeout of request queries in ms (0: none); long jobs lift it for their transaction. */
  statementTimeoutMs: number;
  /** API worker processes the supervisor (api/src/supervisor.ts) keeps running. */
  workers: number;
  /**
   * Where text messages to parties go (`TIAOJIE_SMS`): `outbox:<dir>` writes each as a JSON file (demo
   * and tests; the default outside production, under the data directory), `none` sends nothing.
   */
  sms: { kind: 'outbox'; dir: string } | { kind: 'none' };
}

/** Published in the README: never acceptable in production. */
export const DEMO_SECRET = 'tiaojie-demo-secret-do-not-use-in-production';
export const DEMO_DATA_KEY = Buffer.alloc(32, 7).toString('base64');
export { DEMO_PASSWORD } from '../../../libs/contracts/src/password-policy.js';

const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误 (invalid configuration):\n  - ${problems.join('\n  - ')}`);
  }
}

function parseBool(name: string, raw: string | undefined, fallback: boolean, problems: string[]) {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false, got "${raw}"`);
  return fallback;
}

/** Parses the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const production = env['NODE_ENV'] === 'production';

  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a port number, got "${env['PORT']}"`);
  }

  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }

  const demo = parseBool('TIAOJIE_DEMO', env['TIAOJIE_DEMO'], !databaseUrl, problems);

  const secret = env['TIAOJIE_SECRET'] || (production ? '' : DEMO_SECRET);
  if (!secret) problems.push('TIAOJIE_SECRET is required in production (32+ random characters)');
  else if (production && secret === DEMO_SECRET) {
    problems.push('TIAOJIE_SECRET is the published demo secret; set your own');
  } else if (secret.length < 32) problems.push('TIAOJIE_SECRET must be at least 32 characters');

  const rawKey = env['TIAOJIE_DATA_KEY'] || (production ? '' : DEMO_DATA_KEY);
  let dataKey = Buffer.alloc(0);
  if (!rawKey) problems.push('TIAOJIE_DATA_KEY is required in production (32 bytes, base64)');
  else {
    dataKey = Buffer.from(rawKey, 'base64');
    if (dataKey.length !== 32) problems.push('TIAOJIE_DATA_KEY must be 32 bytes encoded as base64');
    else if (production && rawKey === DEMO_DATA_KEY) {
      problems.push('TIAOJIE_DATA_KEY is the published demo key; generate your own');
    }
  }
  if (production && demo) {
    problems.push('TIAOJIE_DEMO must be off in production: demo accounts have a published password');
  }

  const logLevel = (env['LOG_LEVEL'] ?? 'log') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const sessionHours = Number(env['TIAOJIE_SESSION_HOURS'] ?? 12);
  if (!(sessionHours > 0 && sessionHours <= 24 * 30)) {
    problems.push('TIAOJIE_SESSION_HOURS must be between 1 and 720');
  }
  const idleMinutes = Number(env['TIAOJIE_IDLE_MINUTES'] ?? 30);
  if (!(Number.isInteger(idleMinutes) && idleMinutes >= 5 && idleMinutes <= 24 * 60)) {
    problems.push('TIAOJIE_IDLE_MINUTES must be a whole number between 5 and 1440');
  }

  const publicUrl = (env['TIAOJIE_PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(publicUrl)) problems.push('TIAOJIE_PUBLIC_URL must be an http(s) URL');

  const scheduler = parseBool('TIAOJIE_SCHEDULER', env['TIAOJIE_SCHEDULER'], true, problems);

  const rawTrust = env['TIAOJIE_TRUST_PROXY'] || 'loopback';
  const trustProxy = /^\d+$/.test(rawTrust) ? Number(rawTrust) : rawTrust;
  if (typeof trustProxy === 'string' && !/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/.test(trustProxy)) {
    problems.push('TIAOJIE_TRUST_PROXY must be a hop count or a comma-separated list of addresses/subnets');
  }

  const statementTimeoutMs = Number(env['TIAOJIE_STATEMENT_TIMEOUT_MS'] || 15_000);
  if (!Number.isInteger(statementTimeoutMs) || statementTimeoutMs < 0) {
    problems.push('TIAOJIE_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds (0: no limit)');
  }

  const workers = Number(env['TIAOJIE_WORKERS'] || 1);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    problems.push('TIAOJIE_WORKERS must be a whole number between 1 and 64');
  }

  const dataDir = resolve(env['TIAOJIE_DATA_DIR'] || '.data');
  const rawSms = env['TIAOJIE_SMS'] || (production ? 'none' : `outbox:${resolve(dataDir, 'sms-outbox')}`);
  let sms: AppConfig['sms'] = { kind: 'none' };
  if (rawSms.startsWith('outbox:') && rawSms.length > 'outbox:'.length)
    sms = { kind: 'outbox', dir: resolve(rawSms.slice('outbox:'.length)) };
  else if (rawSms === 'aliyun' || rawSms === 'tencent')
    problems.push(
      `TIAOJIE_SMS=${rawSms}: this version has no ${rawSms} SMS adapter yet; use outbox:<dir> or none`,
    );
  else if (rawSms !== 'none') problems.push('TIAOJIE_SMS must be outbox:<dir> or none');

  if (problems.length) throw new ConfigError(problems);
  return {
    production,
    port,
    databaseUrl,
    dataDir,
    demo,
    secret,
    dataKey,
    logLevel,
    sessionHours,
    idleMinutes,
    webDir: resolve(env['TIAOJIE_WEB_DIR'] || 'dist/web/browser'),
    publicUrl,
    scheduler,
    trustProxy,
    statementTimeoutMs,
    workers,
    sms,
  };
}

/** Nest log levels from the configured minimum level. */
export function logLevelsFrom(level: LogLevel): LogLevel[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
}
