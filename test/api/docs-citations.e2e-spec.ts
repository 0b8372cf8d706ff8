import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every document the code cites is in the repository (issue 20): a comment that says `docs/api.md`,
 * `docs/adr/0007-….md` or `domain.md §10.6` names a file that exists and, for domain.md, a section
 * heading with that number (docs/architecture.md, "Documents cited from code").
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = ['api/src', 'web/src', 'test', 'scripts', 'migrations', 'templates'];
const DOCS = ['docs', 'README.md'];
const SOURCE_FILE = /\.(ts|mts|mjs|cjs|js|html|hbs)$/;
const SKIP_DIR = new Set(['node_modules', '__snapshots__', 'fixtures', 'dist']);
/** Not citations: the web's OpenAPI types repeat the API's descriptions; this file names examples. */
const SKIP_FILE = new Set(['web/src/app/core/api/schema.ts', 'test/api/docs-citations.e2e-spec.ts']);
/** Paths that are written, not read (benchmark output). */
const OUTPUTS = [/^tmp\//];

function walk(path: string, keep: (file: string) => boolean, out: string[] = []): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return out;
  if (statSync(full).isFile()) {
    if (keep(path) && !SKIP_FILE.has(path)) out.push(path);
    return out;
  }
  for (const entry of readdirSync(full)) {
    if (SKIP_DIR.has(entry)) continue;
    walk(join(path, entry), keep, out);
  }
  return out;
}

const sources = SOURCES.flatMap((dir) => walk(dir, (f) => SOURCE_FILE.test(f)));
const docs = DOCS.flatMap((dir) => walk(dir, (f) => f.endsWith('.md')));

/** A `*.md` path in running text; not `forge.md.sha256` (node-forge's digests) or a URL's tail. */
const MD_PATH = /(?<![\w./:-])((?:[\w-]+\/|\.\.?\/)*[\w.-]+\.md)(?![\w-])(?!\.\w)/g;
/** `domain.md §10.6`, `domain.md §8, §10.6`, `domain.md §2, §10.5`. */
const DOMAIN_SECTIONS = /domain\.md\)?(?:`|'s)?,?((?:\s*(?:,|and)?\s*§\s?\d+(?:\.\d+)*)+)/g;

/** Where a cited path may live: from the repository root or next to the citing file. */
function resolves(cited: string, from: string): boolean {
  const candidates = [join(ROOT, cited), join(ROOT, dirname(from), cited)];
  return candidates.some((p) => existsSync(p));
}

const headings = readFileSync(join(ROOT, 'docs/domain.md'), 'utf8')
  .split('\n')
  .filter((line) => /^#{2,4} \d/.test(line))
  .map((line) => /^#{2,4} (\d+(?:\.\d+)*)/.exec(line)![1]);

function citations(file: string): { md: string[]; sections: string[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const md = [...text.matchAll(MD_PATH)].map((m) => m[1]!).filter((p) => !OUTPUTS.some((o) => o.test(p)));
  const sections = [...text.matchAll(DOMAIN_SECTIONS)].flatMap((m) =>
    [...m[1]!.matchAll(/§\s?(\d+(?:\.\d+)*)/g)].map((s) => s[1]!),
  );
  return { md, sections };
}

describe('documents cited in the repository', () => {
  it('finds the sources and the documents to check', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(docs).toEqual(expect.arrayContaining(['docs/domain.md', 'docs/api.md', 'docs/architecture.md']));
  });

  it('cites only documents that exist, from code and tests', () => {
    const missing = sources.flatMap((file) =>
      citations(file)
        .md.filter((p) => !resolves(p, file))
        .map((p) => `${file}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('cites documents by their path in the repository, not as the brief named them', () => {
    const bare = sources.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const hits = [
        ...text.matchAll(/(?<![\w./-])(domain|api|mission|architecture|style|toolchain)\.md\b/g),
        ...text.matchAll(/architecture decision \d+/gi),
      ];
      return hits.map((m) => `${file}: ${m[0]}`);
    });
    expect(bare).toEqual([]);
  });

  it('links only documents that exist, from the docs', () => {
    const missing = docs.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const links = [...text.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
      return links.filter((p) => !existsSync(join(ROOT, dirname(file), p))).map((p) => `${file}: ${p}`);
    });
    expect(missing).toEqual([]);
  });

  it('cites domain.md sections that exist, with the number the code uses', () => {
    expect(headings).toEqual(expect.arrayContaining(['10.6', '10.2', '7.1', '8']));
    const cited = [...sources, ...docs].flatMap((file) =>
      citations(file).sections.map((section) => ({ file: relative(ROOT, join(ROOT, file)), section })),
    );
    expect(cited.length).toBeGreaterThan(20);
    const unknown = cited.filter((c) => !headings.includes(c.section)).map((c) => `${c.file}: §${c.section}`);
    expect(unknown).toEqual([]);
  });
});
