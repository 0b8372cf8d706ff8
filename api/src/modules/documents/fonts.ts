import * as fontkit from 'fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A face pdfkit can embed, under the name it is registered with in each document. */
export interface NamedFont {
  name: string;
  font: fontkit.Font;
}

export interface DocumentFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

/**
 * Faces for characters Noto Serif SC lacks: 花園明朝 (HanaMin, Debian's `fonts-hanazono`, free
 * licence) A for the BMP and CJK Extension A, B for the ideographs of plane 2 (Extensions B–F), so
 * that a name such as 王𠈌 or 𪚥 prints as written. A system package, not an npm one (50 MB); a
 * machine without it refuses such names with 422 UNPRINTABLE_CHARACTER instead of printing ☒.
 */
export const FALLBACK_FONT_FILES = [
  { name: 'fallback-a', path: '/usr/share/fonts/truetype/hanazono/HanaMinA.ttf' },
  { name: 'fallback-b', path: '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf' },
] as const;

let fonts: DocumentFonts | undefined;
let fallbacks: NamedFont[] | undefined;
let fallbackFiles: readonly { name: string; path: string }[] = FALLBACK_FONT_FILES;

/** Other fallback files (tests: none, as on a machine without `fonts-hanazono`); read again next time. */
export function useFallbackFontFiles(
  files: readonly { name: string; path: string }[] = FALLBACK_FONT_FILES,
): void {
  fallbackFiles = files;
  fallbacks = undefined;
}

function load(weight: string): fontkit.Font {
  const path = require.resolve(`@expo-google-fonts/noto-serif-sc/${weight}/NotoSerifSC_${weight}.ttf`);
  return fontkit.create(readFileSync(path)) as fontkit.Font;
}

/**
 * Noto Serif SC (OFL) from the npm registry, parsed once per process and
 * shared by every document (pdfkit subsets it per document); parsing it
 * per document would cost about half a second.
 */
export function documentFonts(): DocumentFonts {
  fonts ??= { regular: load('400Regular'), bold: load('700Bold') };
  return fonts;
}

/**
 * The fallback faces that are installed, read the first time a document needs one (most never do),
 * then kept for the process. A file that is missing or unreadable is left out, never an error.
 */
export function fallbackFonts(): NamedFont[] {
  fallbacks ??= fallbackFiles.flatMap(({ name, path }) => {
    if (!existsSync(path)) return [];
    try {
      return [{ name, font: fontkit.create(readFileSync(path)) as fontkit.Font }];
    } catch {
      return [];
    }
  });
  return fallbacks;
}

const printable = (ch: string) => /\S/u.test(ch);
/**
 * Only Han characters fall back: HanaMin also has emoji and symbols, which would print in a style
 * foreign to the document (and an emoji in a party's name is a typing slip to correct, not print).
 */
const mayFallBack = (ch: string) => /\p{Script=Han}/u.test(ch);

/**
 * Characters of `text` that no face can draw (an emoji, an unassigned code point, a rare character
 * on a machine without the fallback fonts), so they can be refused clearly before anything prints.
 */
export function missingGlyphs(
  text: string,
  faces?: { main: fontkit.Font; fallbacks: NamedFont[] },
): string[] {
  const main = faces?.main ?? documentFonts().regular;
  const lacking = [...new Set(text)].filter(
    (ch) => printable(ch) && !main.hasGlyphForCodePoint(ch.codePointAt(0)!),
  );
  if (lacking.length === 0) return [];
  const others = faces?.fallbacks ?? fallbackFonts();
  return lacking.filter(
    (ch) => !mayFallBack(ch) || !others.some((f) => f.font.hasGlyphForCodePoint(ch.codePointAt(0)!)),
  );
}

/**
 * `text` cut into runs each drawn by one face: `main` wherever it has the glyph (and for spaces),
 * otherwise (Han characters only) the first fallback that has it. One run in `main` for ordinary text.
 */
export function fontRuns(
  text: string,
  main: fontkit.Font,
  others: () => NamedFont[],
): { text: string; fallback: string | null }[] {
  const runs: { text: string; fallback: string | null }[] = [];
  for (const ch of text) {
    let fallback: string | null = null;
    if (printable(ch) && mayFallBack(ch) && !main.hasGlyphForCodePoint(ch.codePointAt(0)!)) {
      fallback = others().find((f) => f.font.hasGlyphForCodePoint(ch.codePointAt(0)!))?.name ?? null;
    }
    const last = runs.at(-1);
    if (last && last.fallback === fallback) last.text += ch;
    else runs.push({ text: ch, fallback });
  }
  return runs;
}
