import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DISPUTE_TYPE_LABELS, EVIDENCE_SOURCE_LABELS, ROLE_LABELS } from '../../libs/contracts/src/index.js';

/**
 * Issue 20, "one place for each rule": a label table shared by the API and the web lives in
 * libs/contracts and is imported, never copied. Read from the source: a file of api/src or web/src
 * that spells out three of its entries (`marriage_family: '婚姻家庭'`, …) holds a copy (one entry
 * alone may be a column heading, such as `mediator: '调解员'`). The dispute types
 * were once written out three times (documents, report columns, web labels).
 */
const SHARED: Record<string, Readonly<Record<string, string>>> = {
  DISPUTE_TYPE_LABELS,
  EVIDENCE_SOURCE_LABELS,
  ROLE_LABELS,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = ['api/src', 'web/src'].flatMap(sources).map((file) => ({
  file: relative('.', file),
  text: readFileSync(file, 'utf8'),
}));

describe('one place for each shared label table', () => {
  it.each(Object.keys(SHARED))('%s is defined in libs/contracts only', (name) => {
    const entries = Object.entries(SHARED[name]!);
    const copies = files
      .filter(
        ({ text }) =>
          entries.filter(([key, label]) => new RegExp(`\\b${key}\\s*:\\s*['"\`]${label}['"\`]`).test(text))
            .length >= 3,
      )
      .map(({ file }) => file);
    expect({ name, copies }).toEqual({ name, copies: [] });
  });

  // The signing rule (a company is bound by its own seal only) was written in the API's agreement
  // check and again in the web's signing page; both now call libs/contracts/src/signing.ts.
  it('writes the rule of who must sign in libs/contracts only', () => {
    const copies = files
      .filter(({ text }) => /organisation[^;]*kind === 'seal'/.test(text))
      .map(({ file }) => file);
    expect(copies).toEqual([]);
  });

  it('has the day in China computed in libs/contracts only (chinaDay)', () => {
    // It was written out four times (the deadlines calendar, the validators, the documents, the web).
    const copies = files
      .filter(({ text }) => /'sv-SE',\s*\{\s*timeZone:\s*'Asia\/Shanghai'/.test(text))
      .map(({ file }) => file);
    expect(copies).toEqual([]);
  });
});
