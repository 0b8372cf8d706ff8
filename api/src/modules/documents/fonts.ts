import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface DocumentFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

let fonts: DocumentFonts | undefined;

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

/** Characters of `text` the font cannot draw (rare characters such as 𠈌), so they can be refused clearly. */
export function missingGlyphs(text: string): string[] {
  const { regular } = documentFonts();
  return [...new Set([...text])].filter(
    (ch) => /\S/.test(ch) && !regular.hasGlyphForCodePoint(ch.codePointAt(0)!),
  );
}
