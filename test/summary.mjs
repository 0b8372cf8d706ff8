// Adds up the jest result files of one `npm test` run and prints one closing line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'tmp/test-results';
let passed = 0;
let failed = 0;
const suites = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const result = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (typeof result.numTotalTests !== 'number') continue; // figures a suite wrote, e.g. faults.json
  passed += result.numPassedTests;
  failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
  suites.push(`${file.replace('.json', '')} ${result.numPassedTests}/${result.numTotalTests}`);
}
console.log(`(${suites.join(', ')})`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
