import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SignPdf } from '@signpdf/signpdf';
import LineBreaker from 'linebreak';
import type * as fontkit from 'fontkit';
import type { KeyObject } from 'node:crypto';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { CommitteeSigner } from './committee-signer.js';
import { DocumentErrors } from './documents.errors.js';
import { documentFonts, fallbackFonts, fontRuns, missingGlyphs } from './fonts.js';
import type { Block } from './layout.js';

/**
 * The pdfkit layout of every document. It runs inside the render worker (render.worker.ts), never on
 * the request thread: callers use renderPdf() in pdf-renderer.ts. Everything here arrives through
 * postMessage, so buffers come as Uint8Array and are wrapped again before pdfkit sees them.
 */

/** A signer in the signature block: a name and the images they left (PNG); null draws a placeholder. */
export interface SignatureSlot {
  caption: string;
  name: string;
  images: (Uint8Array | null)[];
  /** Empty boxes to mark by hand on a copy printed for signing, by caption (指印, 单位印章). */
  boxes?: string[];
  /** Lines to sign by hand under the slot (e.g. 法定代表人(签名)). */
  lines?: string[];
}

export interface SignatureBlock {
  parties: SignatureSlot[];
  mediators: SignatureSlot[];
  /** The committee's seal: its registered image (null: unreadable), or none for the drawn seal, or absent. */
  seal?: { committee: string; image?: Uint8Array | null };
  date: string;
}

/** The committee's PAdES signature over the finished document. */
export interface SignJob {
  certificatePem: string;
  privateKey: KeyObject;
  reason: string;
  name: string;
  signingTime: Date;
}

export interface LayoutJob {
  title: string;
  blocks: Block[];
  signatures?: SignatureBlock;
  /** URL printed as a QR code on the last page, with its caption. */
  qr?: { url: string; caption: string };
  /** Footer text before the page numbers; defaults to the title. */
  footer?: string;
  /** Signs the document with the committee's key (a placeholder is reserved before it is closed). */
  sign?: SignJob;
  /** Who printed it and when (e.g. “王海燕 2026-12-03 16:20 打印”), faint and diagonal on every page. */
  watermark?: string;
}

/** Shown where a stored image cannot be decoded (data from before images were checked at upload). */
export const IMAGE_PLACEHOLDER = '〔图片无法显示〕';

const signpdf = new SignPdf();
const asBuffer = (bytes: Uint8Array) =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 72, left: 70, right: 70 };
const BODY = 12;
const INDENT = BODY * 2;
const RED = '#c8102e';

/** Lays out blocks on A4 with the embedded Chinese serif font; page x/y in every footer; signed when asked. */
export async function layoutPdf(options: LayoutJob): Promise<{ pdf: Buffer; pages: number }> {
  refuseUnprintable(options);
  const fonts = documentFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: options.title, Creator: 'tiaojie 调解', Producer: 'tiaojie' },
  });
  doc.registerFont('serif', fonts.regular as never);
  doc.registerFont('serif-bold', fonts.bold as never);
  drawWithFallbackFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', resolve));
  const width = A4.width - MARGIN.left - MARGIN.right;

  const keepFrom = keepWithSignatures(options.blocks);
  for (const [index, block] of options.blocks.entries()) {
    if (index === keepFrom && options.signatures) {
      // The last paragraph (and what follows it) moves to the next page with the signature block,
      // which never stands alone on a page; a block taller than a page keeps its first row.
      const group = options.blocks.slice(index).findIndex((b) => b.kind === 'signatures');
      const text = options.blocks
        .slice(index, index + group)
        .reduce((sum, b) => sum + blockHeight(doc, b, width), 0);
      const body = A4.height - MARGIN.top - MARGIN.bottom;
      const all = text + signaturesHeight(options.signatures, false);
      ensureSpace(doc, all <= body ? all : text + signaturesHeight(options.signatures, true));
    }
    switch (block.kind) {
      case 'title':
        doc.font('serif-bold').fontSize(22);
        doc.text(fit(doc, block.text, width), { align: 'center', characterSpacing: 4 });
        doc.moveDown(0.3);
        break;
      case 'subtitle':
        doc.font('serif').fontSize(11);
        doc.text(fit(doc, block.text, width), { align: 'right' });
        doc.moveDown(0.4);
        break;
      case 'heading':
        doc.moveDown(0.4).font('serif-bold').fontSize(13);
        doc.text(fit(doc, block.text, width));
        doc.moveDown(0.2);
        break;
      case 'para':
        doc.font('serif').fontSize(BODY);
        doc.text(fit(doc, block.text, width - INDENT), { indent: INDENT, lineGap: 4, align: 'justify' });
        break;
      case 'plain':
        doc.font('serif').fontSize(BODY);
        doc.text(fit(doc, block.text, width), { lineGap: 4 });
        break;
      case 'note':
        doc.font('serif').fontSize(9.5).fillColor('#444');
        doc.text(fit(doc, block.text, width), { lineGap: 2 }).fillColor('black');
        break;
      case 'kv': {
        const y = doc.y;
        doc
          .font('serif-bold')
          .fontSize(BODY)
          .text(fit(doc, `${block.label}:`, 90), MARGIN.left, y, { width: 90, continued: false });
        const after = doc.y;
        doc.font('serif');
        doc.text(fit(doc, block.text, width - 90), MARGIN.left + 90, y, { width: width - 90, lineGap: 3 });
        doc.x = MARGIN.left;
        doc.y = Math.max(after, doc.y);
        break;
      }
      case 'term': {
        const y = doc.y;
        doc
          .font('serif')
          .fontSize(BODY)
          .text(fit(doc, `${block.label}.`, INDENT), MARGIN.left + INDENT, y, { width: INDENT });
        doc.text(fit(doc, block.text, width - INDENT * 2), MARGIN.left + INDENT * 2, y, {
          width: width - INDENT * 2,
          lineGap: 4,
          align: 'justify',
        });
        doc.x = MARGIN.left;
        break;
      }
      case 'sign': {
        ensureSpace(doc, 40);
        const y = doc.y + 14;
        doc
          .font('serif')
          .fontSize(BODY)
          .text(fit(doc, `${block.label}:`, width * 0.6), MARGIN.left, y, { width: width * 0.6 });
        const lineStart = MARGIN.left + doc.widthOfString(`${block.label}:`) + 4;
        doc
          .moveTo(lineStart, y + 14)
          .lineTo(MARGIN.left + width * 0.62, y + 14)
          .lineWidth(0.6)
          .stroke();
        doc.text(fit(doc, block.text, width * 0.35), MARGIN.left + width * 0.65, y, {
          width: width * 0.35,
          align: 'right',
        });
        doc.x = MARGIN.left;
        doc.y = y + 22;
        break;
      }
      case 'space':
        doc.moveDown(0.8);
        break;
      case 'pagebreak':
        doc.addPage();
        break;
      case 'signatures':
        if (options.signatures) drawSignatures(doc, options.signatures, width);
        break;
      case 'image':
        drawScan(doc, block.caption, block.data, width);
        break;
    }
  }
  if (options.qr) drawQr(doc, options.qr);
  const pages = drawFooters(doc, options.footer ?? options.title, options.watermark);
  const sign = options.sign;
  if (sign)
    pdfkitAddPlaceholder({
      pdf: doc,
      pdfBuffer: Buffer.alloc(0),
      reason: sign.reason,
      contactInfo: sign.name,
      name: sign.name,
      location: sign.name,
      signingTime: sign.signingTime,
      signatureLength: 8192,
    });
  doc.end();
  await ended;
  const pdf = Buffer.concat(chunks);
  if (!sign) return { pdf, pages };
  const signer = new CommitteeSigner(sign.certificatePem, sign.privateKey);
  return { pdf: await signpdf.sign(pdf, signer, sign.signingTime), pages };
}

/** Every piece of text a job prints, with where it is (for the message naming an unprintable character). */
function textsOf(options: LayoutJob): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [{ where: '标题', text: options.title }];
  const snippet = (text: string) => `“${[...text].slice(0, 12).join('')}${[...text].length > 12 ? '…' : ''}”`;
  options.blocks.forEach((block, i) => {
    const line = `第 ${i + 1} 行`;
    if ('label' in block) out.push({ where: `“${block.label}”一栏`, text: `${block.label}${block.text}` });
    else if ('text' in block) out.push({ where: `${line}${snippet(block.text)}`, text: block.text });
    else if (block.kind === 'image') out.push({ where: `${line}图片说明`, text: block.caption });
  });
  const signatures = options.signatures;
  if (signatures) {
    for (const slot of [...signatures.parties, ...signatures.mediators]) {
      const texts = [slot.caption, slot.name, ...(slot.lines ?? []), ...(slot.boxes ?? [])];
      out.push({ where: `签名栏“${slot.caption}”`, text: texts.join('') });
    }
    out.push({ where: '落款', text: `${signatures.seal?.committee ?? ''}${signatures.date}` });
  }
  if (options.qr) out.push({ where: '二维码说明', text: options.qr.caption });
  if (options.footer) out.push({ where: '页脚', text: options.footer });
  if (options.watermark) out.push({ where: '打印水印', text: options.watermark });
  return out;
}

/**
 * Refuses, before anything is drawn, a document with a character that no installed face has: it
 * would print as an empty box and vanish from the text layer, and a court reads the names in it.
 */
function refuseUnprintable(options: LayoutJob): void {
  const found = textsOf(options).flatMap(({ where, text }) =>
    missingGlyphs(text).map((character) => ({ where, character })),
  );
  if (found.length) throw DocumentErrors.unprintable(options.title, found);
}

/**
 * Makes every `text()` of this document draw the characters the current face lacks (rare
 * characters such as 𠈌 in a name) in a fallback face (fonts.ts), run by run, as one continued
 * text: line wrapping, alignment and the text layer stay those of one string. Text the face
 * covers, nearly all of it, goes straight to pdfkit.
 */
function drawWithFallbackFonts(doc: PDFKit.PDFDocument): void {
  type TextOptions = PDFKit.Mixins.TextOptions;
  const text = doc.text.bind(doc) as (
    t: string,
    x?: number | TextOptions,
    y?: number,
    o?: TextOptions,
  ) => unknown;
  const font = doc.font.bind(doc) as (name: string, ...rest: unknown[]) => unknown;
  let current = 'serif';
  const registered = new Set<string>();
  doc.font = (name: string, ...rest: unknown[]) => {
    current = name;
    font(name, ...rest);
    return doc;
  };
  doc.text = ((
    raw: string | number | null | undefined,
    x?: number | TextOptions,
    y?: number,
    options?: TextOptions,
  ) => {
    const value = raw == null ? '' : String(raw);
    const face = (doc as unknown as { _font?: { font?: Partial<fontkit.Font> } })._font?.font;
    const runs = face?.hasGlyphForCodePoint ? fontRuns(value, face as fontkit.Font, fallbackFonts) : [];
    const plain = runs.length <= 1 && (runs[0]?.fallback ?? null) === null;
    if (plain) return typeof x === 'object' || x === undefined ? text(value, x) : text(value, x, y, options);
    const opts: TextOptions = (typeof x === 'object' ? x : options) ?? {};
    const at = typeof x === 'number' ? ([x, y] as const) : null;
    const main = current;
    // Every run on the main face's baseline (pdfkit places a run by its own face's ascender).
    const metrics = doc as unknown as { _font: { ascender: number }; _fontSize: number };
    const baseline = opts.baseline ?? -((metrics._font.ascender / 1000) * metrics._fontSize);
    const use = (run: { fallback: string | null }) => {
      if (run.fallback && !registered.has(run.fallback)) {
        const face = fallbackFonts().find((f) => f.name === run.fallback)!;
        doc.registerFont(run.fallback, face.font as never);
        registered.add(run.fallback);
      }
      font(run.fallback ?? main);
    };
    // pdfkit centres or right-aligns each run of a continued text on its own; one line of such text
    // is placed here instead, by the width of all its runs, and drawn from the left.
    let start = at;
    let placed = opts;
    let restoreX: number | null = null;
    if ((opts.align === 'center' || opts.align === 'right') && !value.includes('\n')) {
      const [x0, y0] = at ?? [doc.x, doc.y];
      const width = opts.width ?? doc.page.width - x0 - doc.page.margins.right;
      const total = runs.reduce((sum, run) => {
        use(run);
        return sum + doc.widthOfString(run.text, opts);
      }, 0);
      if (total <= width) {
        const shift = opts.align === 'right' ? width - total : (width - total) / 2;
        start = [x0 + shift, y0 ?? doc.y];
        placed = { ...opts, align: 'left', width: width - shift };
        restoreX = x0;
      }
    }
    runs.forEach((run, i) => {
      use(run);
      const last = i === runs.length - 1;
      const runOptions = { ...placed, baseline, continued: last ? (placed.continued ?? false) : true };
      if (i === 0 && start) text(run.text, start[0], start[1], runOptions);
      else text(run.text, runOptions);
    });
    font(main);
    current = main;
    if (restoreX !== null) doc.x = restoreX;
    return doc;
  }) as typeof doc.text;
}

/** A scanned page: its caption, then the image as large as the rest of the page allows. */
function drawScan(doc: PDFKit.PDFDocument, caption: string, data: Uint8Array | null, width: number): void {
  if (doc.y > MARGIN.top + 1) doc.addPage();
  doc.font('serif').fontSize(10.5).fillColor('#444');
  doc.text(fit(doc, caption, width), { lineGap: 2 }).fillColor('black');
  const y = doc.y + 6;
  drawImage(doc, data, MARGIN.left, y, [width, A4.height - MARGIN.bottom - y]);
  doc.x = MARGIN.left;
  doc.y = A4.height - MARGIN.bottom;
}

/** An image fitted into the box, or a framed placeholder where it could not be decoded. */
function drawImage(
  doc: PDFKit.PDFDocument,
  image: Uint8Array | null,
  x: number,
  y: number,
  [w, h]: [number, number],
): void {
  if (image) {
    doc.image(asBuffer(image), x, y, { fit: [w, h], align: 'center' });
    return;
  }
  const boxHeight = Math.min(h, 40);
  doc.save().lineWidth(0.6).strokeColor('#999').rect(x, y, w, boxHeight).stroke().restore();
  doc
    .font('serif')
    .fontSize(8)
    .fillColor('#666')
    .text(IMAGE_PLACEHOLDER, x, y + boxHeight / 2 - 5, { width: w, align: 'center', lineBreak: false })
    .fillColor('black');
}

/** A run of text with no break opportunity shorter than this is left to pdfkit. */
const LONG_RUN = 24;
/** Runs of characters between which lines may not break (Latin letters, digits, most symbols). */
const UNBREAKABLE_RUN = /[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]{24,}/u;

/**
 * Cuts runs without a break opportunity (an account number, or 20,000 letters pasted into a summary)
 * at the width of the line, in one linear pass with the current font and size. pdfkit breaks such a
 * run itself, but measures the whole rest of it again after every line: quadratic, seconds of CPU
 * for one long run. Text without such a run is returned as it is.
 */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (!UNBREAKABLE_RUN.test(text)) return text;
  const widths = new Map<string, number>();
  const widthOf = (ch: string) => {
    let w = widths.get(ch);
    if (w === undefined) widths.set(ch, (w = doc.widthOfString(ch)));
    return w;
  };
  const limit = width * 0.97;
  const breaker = new LineBreaker(text);
  let out = '';
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const word = text.slice(last, bk.position);
    last = bk.position;
    if (word.length <= LONG_RUN) {
      out += word;
      continue;
    }
    let line = 0;
    for (const ch of word) {
      const w = widthOf(ch);
      if (line + w > limit && line > 0 && /\S/.test(ch)) {
        out += '\n';
        line = 0;
      }
      out += ch;
      line += w;
    }
  }
  return out;
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > A4.height - MARGIN.bottom) doc.addPage();
}

/**
 * Where the group kept with the signature block starts: the last paragraph (or term) before it, with
 * the short lines between (kv, plain such as “以下无正文”, notes, spaces). -1 without a signature block.
 */
function keepWithSignatures(blocks: Block[]): number {
  const at = blocks.findIndex((b) => b.kind === 'signatures');
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    const kind = blocks[i]!.kind;
    if (kind === 'para' || kind === 'term') return i;
    if (!['plain', 'note', 'kv', 'space'].includes(kind)) return i + 1 < at ? i + 1 : -1;
  }
  return at > 0 ? Math.max(0, at - 8) : -1;
}

/** The height a text block takes as layoutPdf draws it (a few points generous). */
function blockHeight(doc: PDFKit.PDFDocument, block: Block, width: number): number {
  const measure = (text: string, size: number, w: number, options: PDFKit.Mixins.TextOptions) =>
    doc
      .font('serif')
      .fontSize(size)
      .heightOfString(fit(doc, text, w), { width: w, ...options });
  switch (block.kind) {
    case 'para':
      return measure(block.text, BODY, width - INDENT, { indent: INDENT, lineGap: 4 }) + 2;
    case 'plain':
      return measure(block.text, BODY, width, { lineGap: 4 }) + 2;
    case 'note':
      return measure(block.text, 9.5, width, { lineGap: 2 }) + 2;
    case 'heading':
      return measure(block.text, 13, width, {}) + BODY;
    case 'kv':
      return measure(block.text, BODY, width - 90, { lineGap: 3 }) + 2;
    case 'term':
      return measure(block.text, BODY, width - INDENT * 2, { lineGap: 4 }) + 2;
    case 'space':
      return BODY;
    case 'sign':
      return 40;
    case 'title':
    case 'subtitle':
      return measure(block.text, 22, width, {}) + BODY;
    case 'image':
    case 'pagebreak':
    case 'signatures':
      return 0;
  }
}

const SLOT_LINE = 20;
const BOX = { 指印: [70, 40] } as Record<string, [number, number]>;
const boxSize = (caption: string): [number, number] => BOX[caption] ?? [64, 64];

/** A slot's height: caption, name, its images or the boxes to mark, and the lines to sign. */
function slotHeight(slot: SignatureSlot): number {
  const boxes = Math.max(0, ...(slot.boxes ?? []).map((b) => boxSize(b)[1]));
  const marks = Math.max(slot.images.length ? 40 : 0, boxes);
  return 36 + marks + 8 + (slot.lines?.length ?? 0) * SLOT_LINE;
}

/** The rows of the signature block, two slots a row, each as tall as its tallest slot (84 at least). */
function signatureRows(block: SignatureBlock): { slots: SignatureSlot[]; height: number }[] {
  const slots = [...block.parties, ...block.mediators];
  const rows: { slots: SignatureSlot[]; height: number }[] = [];
  for (let i = 0; i < slots.length; i += 2) {
    const row = slots.slice(i, i + 2);
    rows.push({ slots: row, height: Math.max(84, ...row.map(slotHeight)) });
  }
  return rows;
}

/** The whole block's height as drawSignatures lays it out, or up to its first row only. */
function signaturesHeight(block: SignatureBlock, firstRowOnly: boolean): number {
  const rows = signatureRows(block);
  // moveDown(1) at the body size, then the rows, then the committee's seal and date (130).
  if (firstRowOnly) return 18 + (rows[0]?.height ?? 130);
  return 18 + rows.reduce((sum, r) => sum + r.height, 0) + 130;
}

function drawSlot(doc: PDFKit.PDFDocument, slot: SignatureSlot, x: number, y: number, w: number): void {
  doc
    .font('serif')
    .fontSize(BODY)
    .text(fit(doc, `${slot.caption}:`, w), x, y, { width: w });
  doc.text(fit(doc, slot.name, w), x, y + 18, { width: w });
  let imageX = x + 4;
  for (const image of slot.images) {
    drawImage(doc, image, imageX, y + 36, [70, 40]);
    imageX += 76;
  }
  for (const caption of slot.boxes ?? []) {
    const [bw, bh] = boxSize(caption);
    doc
      .save()
      .lineWidth(0.6)
      .dash(2, { space: 2 })
      .strokeColor('#666')
      .rect(imageX, y + 36, bw, bh)
      .stroke();
    doc.restore();
    doc
      .font('serif')
      .fontSize(8)
      .fillColor('#888')
      .text(caption, imageX, y + 36 + bh / 2 - 5, { width: bw, align: 'center', lineBreak: false })
      .fillColor('black');
    imageX += bw + 6;
  }
  const marks = slotHeight({ ...slot, lines: [] });
  (slot.lines ?? []).forEach((line, i) => {
    const ly = y + marks + i * SLOT_LINE;
    doc
      .font('serif')
      .fontSize(10.5)
      .text(fit(doc, `${line}:`, w * 0.6), x, ly, { width: w * 0.6 });
    const start = x + Math.min(doc.widthOfString(`${line}:`) + 4, w * 0.6);
    doc
      .moveTo(start, ly + 12)
      .lineTo(x + w - 4, ly + 12)
      .lineWidth(0.6)
      .stroke();
  });
  doc.fontSize(BODY);
}

function drawSignatures(doc: PDFKit.PDFDocument, block: SignatureBlock, width: number): void {
  const columns = 2;
  const columnWidth = width / columns;
  doc.moveDown(1);
  for (const row of signatureRows(block)) {
    ensureSpace(doc, row.height);
    const y = doc.y;
    row.slots.forEach((slot, j) => drawSlot(doc, slot, MARGIN.left + j * columnWidth, y, columnWidth - 10));
    doc.x = MARGIN.left;
    doc.y = y + row.height;
  }
  ensureSpace(doc, 130);
  const y = doc.y + 6;
  const right = MARGIN.left + width;
  doc
    .font('serif')
    .fontSize(BODY)
    .text('人民调解委员会(印章):', MARGIN.left, y + 40, { width: 200 });
  doc.text(block.date, right - 260, y + 70, { width: 260, align: 'right' });
  // The seal sits over the committee's name and the date, as on paper.
  if (block.seal?.image !== undefined) drawImage(doc, block.seal.image, right - 150, y, [110, 110]);
  else if (block.seal) drawSeal(doc, block.seal.committee, right - 95, y + 55);
  doc.x = MARGIN.left;
  doc.y = y + 120;
}

/** The committee's round red seal, drawn when no scanned seal image is registered. */
function drawSeal(doc: PDFKit.PDFDocument, name: string, cx: number, cy: number): void {
  const r = 48;
  doc.save().lineWidth(2.5).strokeColor(RED).fillColor(RED).opacity(0.85);
  doc.circle(cx, cy, r).stroke();
  // Five-pointed star in the centre.
  const star = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 12 : 5;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as [number, number];
  });
  doc.polygon(...star).fill();
  // The name along the upper arc.
  const chars = [...name];
  const span = Math.min((Math.PI * 4) / 3, chars.length * 0.42);
  const size = 10.5;
  doc.font('serif-bold').fontSize(size);
  chars.forEach((ch, i) => {
    const angle = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    const x = cx + (r - 13) * Math.cos(angle);
    const y = cy + (r - 13) * Math.sin(angle);
    doc
      .save()
      .translate(x, y)
      .rotate((angle * 180) / Math.PI + 90)
      .text(ch, -size / 2, -size / 2, { lineBreak: false, width: size + 2 })
      .restore();
  });
  doc.restore();
}

/** The QR code drawn as vector squares: sharper in print, and no PNG to encode and decode again. */
function drawQr(doc: PDFKit.PDFDocument, qr: { url: string; caption: string }): void {
  const code = QRCode.create(qr.url, { errorCorrectionLevel: 'M' });
  const size = code.modules.size;
  const side = 64;
  const cell = side / (size + 2);
  ensureSpace(doc, 80);
  const y = doc.y + 4;
  doc.save().fillColor('black');
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (code.modules.get(row, col))
        doc.rect(MARGIN.left + (col + 1) * cell, y + (row + 1) * cell, cell, cell);
    }
  }
  doc.fill().restore();
  doc
    .font('serif')
    .fontSize(8.5)
    .fillColor('#444')
    .text(qr.caption, MARGIN.left + 72, y + 8, { width: 300 });
  doc.fillColor('black');
  doc.x = MARGIN.left;
  doc.y = y + 70;
}

/** What pdfkit keeps of an embedded font: its fontkit face (glyph outlines). */
interface OutlineFont {
  unitsPerEm: number;
  layout(text: string): {
    glyphs: { path: { toSVG(): string } }[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  };
}

/**
 * `text` as filled glyph outlines centred on (cx, cy), turned by `angle` degrees: seen on the page
 * and on a photocopy, but not part of the text layer, so extraction and copying of the document's
 * own text stay whole (a rotated text run was cut into the lines it crossed).
 */
function drawOutlined(
  doc: PDFKit.PDFDocument,
  text: string,
  cx: number,
  cy: number,
  size: number,
  angle: number,
) {
  const font = (doc as unknown as { _font: { font: OutlineFont } })._font.font;
  // Characters the face lacks (a rare character in the printer's name) from a fallback face.
  const runs = fontRuns(text, font as unknown as fontkit.Font, fallbackFonts).map(
    ({ text: part, fallback }) => {
      const other = fallback ? fallbackFonts().find((f) => f.name === fallback) : undefined;
      const face = (other?.font as unknown as OutlineFont | undefined) ?? font;
      return { layout: face.layout(part), scale: size / face.unitsPerEm };
    },
  );
  const width = runs.reduce(
    (sum, r) => sum + r.layout.positions.reduce((w, p) => w + p.xAdvance, 0) * r.scale,
    0,
  );
  doc
    .save()
    .rotate(angle, { origin: [cx, cy] })
    .translate(cx - width / 2, cy + size / 3);
  let pen = 0;
  for (const { layout, scale } of runs) {
    layout.glyphs.forEach((glyph, i) => {
      const at = layout.positions[i]!;
      const outline = glyph.path.toSVG();
      if (outline)
        doc
          .save()
          .translate(pen, 0)
          .scale(scale, -scale)
          .translate(at.xOffset, at.yOffset)
          .path(outline)
          .fill()
          .restore();
      pen += at.xAdvance * scale;
    });
  }
  doc.restore();
}

/**
 * The printer's name and time across the page as outlines, light enough to read the text through,
 * and once as a plain text line in the top margin (which text extraction and a photocopy both keep).
 */
function drawWatermark(doc: PDFKit.PDFDocument, text: string): void {
  doc.font('serif').fontSize(8).fillColor('#777');
  doc.text(text, MARGIN.left, 30, {
    width: A4.width - MARGIN.left - MARGIN.right,
    align: 'right',
    lineBreak: false,
  });
  doc.save().opacity(0.12).fillColor('#000');
  for (const y of [A4.height * 0.25, A4.height * 0.55, A4.height * 0.85])
    drawOutlined(doc, text, A4.width / 2, y, 20, -30);
  doc.restore();
}

function drawFooters(doc: PDFKit.PDFDocument, title: string, watermark?: string): number {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (watermark) drawWatermark(doc, watermark);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('serif')
      .fontSize(9)
      .fillColor('#555')
      .text(`${title}  第 ${i + 1} 页 共 ${range.count} 页`, MARGIN.left, A4.height - 44, {
        width: A4.width - MARGIN.left - MARGIN.right,
        align: 'center',
        lineBreak: false,
      })
      .fillColor('black');
    doc.page.margins.bottom = bottom;
  }
  return range.count;
}
