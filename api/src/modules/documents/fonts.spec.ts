import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../common/errors.js';
import { missingGlyphs, useFallbackFontFiles } from './fonts.js';
import { layoutPdf, type LayoutJob } from './pdf-layout.js';

const dir = mkdtempSync(join(tmpdir(), 'tiaojie-fonts-'));
let n = 0;
function extract(pdf: Buffer, ...args: string[]): string {
  const file = join(dir, `${++n}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(
    args[0] === 'fonts' ? 'pdffonts' : 'pdftotext',
    [...(args[0] === 'fonts' ? [] : ['-raw']), file, ...(args[0] === 'fonts' ? [] : ['-'])],
    {
      encoding: 'utf8',
    },
  );
}

/** Names written with characters outside Noto Serif SC: CJK Extension B (王𠈌, 𠮷野家, 𪚥), C (陈𪜀), D (张𫝀), E (刘𫠠). */
const RARE_NAMES = ['王𠈌', '𠮷野家', '𪚥', '陈𪜀', '张𫝀', '刘𫠠'];

const job = (names: string[]): LayoutJob => ({
  title: '人民调解申请书',
  blocks: [
    { kind: 'title', text: '人民调解申请书' },
    ...names.map((name, i) => ({ kind: 'kv' as const, label: `申请人${i + 1}`, text: `${name},女,汉族` })),
    { kind: 'subtitle', text: `编号:${names[0]}-001` },
    { kind: 'para', text: `申请人${names.join('、')}与被申请人因相邻关系发生纠纷,请求调解。` },
    { kind: 'signatures' },
  ],
  signatures: {
    parties: names.map((name) => ({ caption: '申请人', name, images: [] })),
    mediators: [],
    date: '2026年12月3日',
  },
});

describe('rare characters in documents', () => {
  afterEach(() => useFallbackFontFiles());

  it('prints names in CJK Extensions B–E as written: the text layer holds the exact names', async () => {
    const { pdf } = await layoutPdf(job(RARE_NAMES));
    const text = extract(pdf);
    for (const name of RARE_NAMES) {
      expect(text).toContain(`${name},女,汉族`);
      expect(text).toContain(name);
    }
    expect(text).toContain(`申请人${RARE_NAMES.join('、')}与被申请人`);
    expect(text).toContain(`编号:${RARE_NAMES[0]}-001`); // right-aligned, one line
    expect(text).not.toContain('\u2612'); // ☒
    expect(extract(pdf, 'fonts')).toContain('HanaMinB');
  });

  it("prints a rare character in the printer's name in the watermark line", async () => {
    const { pdf } = await layoutPdf({ ...job(['王秀英']), watermark: '王𠈌 2026-12-03 16:20 打印' });
    expect(extract(pdf)).toContain('王𠈌 2026-12-03 16:20 打印');
  });

  it('embeds no fallback font when every character is in the main one', async () => {
    const { pdf } = await layoutPdf(job(['王秀英']));
    expect(extract(pdf, 'fonts')).not.toContain('HanaMin');
  });

  it.each([
    ['an emoji', '王😀', '😀', 'U+1F600'],
    ['an unassigned code point', '王\u0378', '\u0378', 'U+0378'],
  ])(
    'refuses %s before drawing anything, naming the character and where it is',
    async (_what, name, ch, cp) => {
      const refusal = await layoutPdf(job([name])).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      const error = refusal as AppError;
      expect(error.status).toBe(422);
      expect(error.code).toBe('UNPRINTABLE_CHARACTER');
      expect(error.message).toContain(`《人民调解申请书》“申请人1”一栏中的字"${ch}"(${cp})无法打印`);
      expect(error.details).toContainEqual(expect.objectContaining({ character: ch, codePoint: cp }));
    },
  );

  it('refuses a rare character with the 422, not a crash, on a machine without the fallback fonts', async () => {
    useFallbackFontFiles([{ name: 'fallback-b', path: join(dir, 'no-such-font.ttf') }]);
    expect(missingGlyphs('王𠈌')).toEqual(['𠈌']);
    const refusal = (await layoutPdf(job(['王𠈌'])).catch((error: unknown) => error)) as AppError;
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal.status).toBe(422);
    expect(refusal.message).toContain('中的字"𠈌"(U+2020C)无法打印');
    useFallbackFontFiles();
    expect(missingGlyphs('王𠈌')).toEqual([]);
  });
});
