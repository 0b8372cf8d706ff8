import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Issue 17, "one writer per table and per state": the case status is written by the cases module
 * only (its actions, and moveCaseStatus for what follows from an agreement), the clocks by
 * DeadlinesService only. Read from the source, so a new writer elsewhere fails here, not in a
 * review. Performance and agreements once wrote the status, and three modules the clocks.
 */
const ROOT = 'api/src';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Files of api/src where `pattern` occurs, relative to the repository. */
function writersOf(patterns: RegExp[]): string[] {
  return sources(ROOT)
    .filter((file) => {
      const text = readFileSync(file, 'utf8');
      return patterns.some((pattern) => pattern.test(text));
    })
    .map((file) => relative('.', file))
    .sort();
}

describe('one writer per state and per table', () => {
  it('writes cases.status in the cases module only', () => {
    expect(
      writersOf([
        /update\(CaseEntity\)\s*\.set\(\{[^}]*\bstatus\b/,
        /getRepository\(CaseEntity\)\s*\.update\([^;]*\{[^}]*\bstatus\s*:/,
        /UPDATE\s+cases\s+SET[^`'";]*\bstatus\s*=/i,
      ]),
    ).toEqual([
      'api/src/modules/cases/case-actions.service.ts',
      'api/src/modules/cases/case-status-writer.ts',
    ]);
  });

  it('writes clocks in DeadlinesService only', () => {
    expect(
      writersOf([
        /getRepository\(ClockEntity\)\s*\.(insert|update|save|delete|upsert)\(/,
        /(UPDATE\s+clocks\s+SET|INSERT\s+INTO\s+clocks|DELETE\s+FROM\s+clocks)\b/i,
      ]),
    ).toEqual(['api/src/modules/deadlines/deadlines.service.ts']);
  });

  it('appends consent records in case-consents.ts only, and risk reports in EscalationsService only', () => {
    expect(
      writersOf([
        /getRepository\(CaseConsentEntity\)/,
        /(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?case_consents\b/i,
      ]),
    ).toEqual(['api/src/modules/cases/case-consents.ts']);
    expect(
      writersOf([
        /getRepository\(EscalationReportEntity\)/,
        /(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?escalation_reports\b/i,
      ]),
    ).toEqual(['api/src/modules/escalations/escalations.service.ts']);
  });
});
