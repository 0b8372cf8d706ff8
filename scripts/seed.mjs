// npm run seed -- --cases N: loads N generated cases over the last three years into the database of
// `npm start` (the embedded one in TIAOJIE_DATA_DIR, default .data/, or DATABASE_URL) — parties,
// sessions, mediators, timelines, agreements with amounts, performance, return visits, court
// confirmations and prevented indicators — so that the workbench, the boards and the statistics
// have something to show. Stop `npm start` first when it uses the embedded database.
// The generators are those of the benchmarks (test/bench/generate-cases.mjs, generate-followup.mjs).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateCases } from '../test/bench/generate-cases.mjs';
import { generateFollowUp } from '../test/bench/generate-followup.mjs';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '2000' } } });
const cases = Number(values.cases);
if (!Number.isInteger(cases) || cases < 1 || cases > 5_000_000) {
  console.error('--cases must be a whole number between 1 and 5,000,000');
  process.exit(2);
}
const dist = resolve(import.meta.dirname, '../dist/api/api/src');
if (!existsSync(`${dist}/main.js`)) {
  console.error('Build first: npm run build (npm run seed does it for you)');
  process.exit(2);
}

let url = process.env.DATABASE_URL;
let embedded;
if (!url) {
  const dataDir = resolve(process.env.TIAOJIE_DATA_DIR || '.data');
  if (!existsSync(resolve(dataDir, 'pg', 'PG_VERSION'))) {
    console.error(
      `No database in ${dataDir} yet: run npm start once (it creates it with the demo data), stop it, then seed.`,
    );
    process.exit(2);
  }
  if (existsSync(resolve(dataDir, 'pg', 'postmaster.pid'))) {
    console.error('The embedded database is in use: stop npm start first (or set DATABASE_URL).');
    process.exit(2);
  }
  const { startEmbeddedPostgres } = await import(`${dist}/database/embedded.js`);
  embedded = await startEmbeddedPostgres(dataDir, 'tiaojie', (line) => console.log(line));
  url = embedded.url;
}
try {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT to_regclass('cases') IS NOT NULL AS ok`);
  await client.end();
  if (!rows[0].ok) throw new Error('The database has no schema yet: run npm start once first.');
  await generateCases({ url, cases, batch: Math.min(50_000, cases), workers: cases >= 100_000 ? 2 : 1 });
  await generateFollowUp(url);
  console.log(`seeded ${cases.toLocaleString()} cases`);
} finally {
  await embedded?.stop();
}
