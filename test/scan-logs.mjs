// Fails the test run when personal data reached the server logs it produced
// (tmp/test-results/logs: API tests via test/api/support/test-app.ts, browser tests via
// test/web-e2e/support/server.mjs). Looks for every 身份证号 and mobile number written in the
// demo data, the test factories and specs, and for any valid 身份证号 or mobile number at all.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LOG_DIR = 'tmp/test-results/logs';
const SOURCES = ['api/src/database', 'test/api', 'test/web-e2e', 'test/bench', 'scripts', 'web/src/testing'];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** A 居民身份证号 with a plausible birth date and a correct check digit. */
function isResidentId(value) {
  const v = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const year = Number(v.slice(6, 10));
  const month = Number(v.slice(10, 12));
  const day = Number(v.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(v[i]), 0);
  return CHECK[sum % 11] === v[17];
}

function* files(dir, accept) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path, accept);
    else if (accept(name)) yield path;
  }
}

/** The ID numbers and phones the demo data and the tests type into the system. */
function knownValues() {
  const values = new Set();
  for (const dir of SOURCES) {
    for (const path of files(dir, (n) => /\.(ts|mjs|js|json)$/.test(n))) {
      const text = readFileSync(path, 'utf8');
      for (const [, v] of text.matchAll(/['"`](\d{17}[\dXx])['"`]/g)) if (isResidentId(v)) values.add(v);
      for (const [, v] of text.matchAll(/['"`](1[3-9]\d{9})['"`]/g)) values.add(v);
    }
  }
  return values;
}

const ID_ANYWHERE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_ANYWHERE = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/g;
const mask = (v) => `${v.slice(0, 3)}…${v.slice(-2)}`;

const logs = [...files(LOG_DIR, (n) => n.endsWith('.log'))];
if (logs.length === 0) {
  console.error(`scan-logs: no logs in ${LOG_DIR}; the test harnesses should have written them`);
  process.exit(1);
}
const known = knownValues();
const findings = [];
let lines = 0;
for (const path of logs) {
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      lines++;
      const hits = new Set();
      for (const v of known) if (line.includes(v)) hits.add(v);
      for (const [v] of line.matchAll(ID_ANYWHERE)) if (isResidentId(v)) hits.add(v);
      for (const [v] of line.matchAll(MOBILE_ANYWHERE)) hits.add(v);
      for (const v of hits) findings.push(`${path}:${i + 1}: ${mask(v)}`);
    });
}
console.log(
  `scan-logs: ${logs.length} log files, ${lines} lines, ${known.size} demo ID numbers and phones: ${findings.length} finding(s)`,
);
if (findings.length) {
  console.error(findings.slice(0, 50).join('\n'));
  process.exitCode = 1;
}
