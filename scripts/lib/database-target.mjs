// The database of `npm start` for the operator scripts (backup, restore, de-identified export):
// DATABASE_URL when set, otherwise the embedded cluster in TIAOJIE_DATA_DIR (default .data/) —
// the running one when `npm start` has it open, else started here and stopped afterwards.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const dist = resolve(import.meta.dirname, '../../dist/api/api/src');

export function requireBuild() {
  if (!existsSync(`${dist}/main.js`)) {
    console.error('Build first: npx nx run api:build (the npm scripts do it for you)');
    process.exit(2);
  }
}

export function appVersion() {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')).version;
}

/** The configured personal-data key's fingerprint (the demo key outside production). */
export async function currentDataKeyId() {
  const { DEMO_DATA_KEY } = await import(`${dist}/config/config.js`);
  const { dataKeyId } = await import(`${dist}/database/backup.js`);
  const raw = process.env.TIAOJIE_DATA_KEY || (process.env.NODE_ENV === 'production' ? '' : DEMO_DATA_KEY);
  return raw ? dataKeyId(Buffer.from(raw, 'base64')) : undefined;
}

/**
 * Resolves the target database. `mode` 'online' reuses a running embedded server; 'offline'
 * refuses one (a restore must not run under a live app). Returns { url, label, stop() }.
 */
export async function openTarget(mode) {
  if (process.env.DATABASE_URL) {
    const safe = process.env.DATABASE_URL.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    return { url: process.env.DATABASE_URL, label: safe, stop: async () => undefined };
  }
  const dataDir = resolve(process.env.TIAOJIE_DATA_DIR || '.data');
  const { runningEmbeddedUrl, startEmbeddedPostgres } = await import(`${dist}/database/embedded.js`);
  const running = await runningEmbeddedUrl(dataDir, 'tiaojie');
  if (running && mode === 'online') {
    return { url: running, label: `embedded database in ${dataDir} (running)`, stop: async () => undefined };
  }
  if (running) {
    console.error(`The embedded database in ${dataDir} is in use: stop npm start first.`);
    process.exit(2);
  }
  if (mode === 'online' && !existsSync(resolve(dataDir, 'pg', 'PG_VERSION'))) {
    console.error(`No database in ${dataDir}: nothing to back up (set TIAOJIE_DATA_DIR or DATABASE_URL).`);
    process.exit(2);
  }
  const embedded = await startEmbeddedPostgres(dataDir, 'tiaojie', (line) => console.log(line));
  return { url: embedded.url, label: `embedded database in ${dataDir}`, stop: () => embedded.stop() };
}
