// npm audit for CI: fails on high and critical advisories that are not listed, with a reason and a
// review date, in audit-exceptions.json; prints a summary either way (docs/security.md).
//   node scripts/audit.mjs                    runs `npm audit --json` (dependencies and devDependencies)
//   node scripts/audit.mjs --report file.json reads a saved `npm audit --json` output instead
//   node scripts/audit.mjs --offline-ok       exits 0 (with a warning) when the advisory service cannot be reached
// Exit codes: 0 passed, 1 unreviewed or expired high/critical advisories or a bad exceptions file,
// 2 no audit report (the registry's advisory endpoint could not be reached).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const EXCEPTIONS_FILE = 'audit-exceptions.json';
const FAIL_ON = ['critical', 'high'];
const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'];
const args = process.argv.slice(2);
const offlineOk = args.includes('--offline-ok');
const reportFile = args.includes('--report') ? args[args.indexOf('--report') + 1] : undefined;
const today = new Date().toISOString().slice(0, 10);

function loadExceptions() {
  const { exceptions } = JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8'));
  const problems = [];
  exceptions.forEach((e, i) => {
    const where = `${EXCEPTIONS_FILE} exceptions[${i}]`;
    if (!(Number.isInteger(e.id) || /^GHSA-[\w-]+$/.test(e.id ?? '')))
      problems.push(`${where}: id (npm advisory number or GHSA id)`);
    if (!/^https:\/\//.test(e.url ?? '')) problems.push(`${where}: url of the advisory`);
    for (const field of ['package', 'reason', 'reviewer']) {
      if (typeof e[field] !== 'string' || e[field].trim().length < (field === 'reason' ? 20 : 2))
        problems.push(
          `${where}: ${field}${field === 'reason' ? ' (why it does not apply, in a sentence)' : ''}`,
        );
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.reviewBy ?? '')) problems.push(`${where}: reviewBy (YYYY-MM-DD)`);
  });
  if (problems.length) {
    console.error(`audit: ${EXCEPTIONS_FILE} is incomplete:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  return exceptions;
}

function runAudit() {
  if (reportFile) return readFileSync(reportFile, 'utf8');
  const npmCli = process.env['npm_execpath'];
  const run = npmCli?.endsWith('.js')
    ? spawnSync(process.execPath, [npmCli, 'audit', '--json'], { encoding: 'utf8', maxBuffer: 256 << 20 })
    : spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return run.stdout ?? '';
}

const exceptions = loadExceptions();
let report;
try {
  report = JSON.parse(runAudit());
} catch {
  report = undefined;
}
if (!report?.vulnerabilities) {
  const why = report?.message ?? report?.error?.summary ?? 'no JSON report';
  console.error(`audit: npm audit produced no report (${why}); nothing was checked`);
  if (offlineOk)
    console.error('audit: --offline-ok given, not failing; run it where the registry answers audits');
  process.exit(offlineOk ? 0 : 2);
}

/** One entry per advisory (npm lists it again under every package that depends on the vulnerable one). */
const advisories = new Map();
for (const vulnerability of Object.values(report.vulnerabilities)) {
  for (const via of vulnerability.via) {
    if (typeof via !== 'object' || advisories.has(via.source)) continue;
    advisories.set(via.source, {
      id: via.source,
      ghsa: /GHSA-[\w-]+/.exec(via.url ?? '')?.[0],
      url: via.url,
      package: via.name,
      title: via.title,
      severity: via.severity,
      range: via.range,
    });
  }
}

const counts = report.metadata?.vulnerabilities ?? {};
console.log(
  `audit: ${SEVERITIES.map((s) => `${counts[s] ?? 0} ${s}`).join(', ')} vulnerable packages; ` +
    `${advisories.size} advisories, ${exceptions.length} reviewed exceptions`,
);

const failures = [];
const used = new Set();
const ranked = [...advisories.values()].sort(
  (a, b) =>
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.package.localeCompare(b.package),
);
for (const a of ranked) {
  const exception = exceptions.find(
    (e) => (e.id === a.id || e.id === a.ghsa || e.url === a.url) && e.package === a.package,
  );
  if (exception) used.add(exception);
  const gate = FAIL_ON.includes(a.severity);
  let status = gate ? 'NOT REVIEWED' : 'below the gate';
  if (exception && exception.reviewBy >= today)
    status = `excepted until ${exception.reviewBy} (${exception.reviewer})`;
  else if (exception) status = `EXCEPTION EXPIRED on ${exception.reviewBy}`;
  if (gate && !(exception && exception.reviewBy >= today)) failures.push(a);
  console.log(`  ${a.severity.padEnd(8)} ${a.package}@${a.range} ${a.ghsa ?? a.id}: ${a.title} → ${status}`);
}
for (const e of exceptions.filter((x) => !used.has(x))) {
  console.log(`  (exception for ${e.package} ${e.id} no longer matches any advisory: remove it)`);
}
if (failures.length) {
  console.error(
    `audit: FAILED: ${failures.length} high/critical advisories without a current review; ` +
      `upgrade, or add each to ${EXCEPTIONS_FILE} with why it does not apply`,
  );
  process.exit(1);
}
console.log('audit: passed');
