import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import type { Block } from './layout.js';

const run = promisify(execFile);
const MAX_PAGES = 50;

export interface ScanFile {
  filename: string;
  contentType: string;
  sha256: string;
  data: Buffer;
}

/** The type of an uploaded scan by its first bytes; the name and the claimed type are not trusted. */
export function sniffScanType(bytes: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (bytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) return 'application/pdf';
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  return null;
}

/** File-name extensions that may carry each scan type (WeChat and Windows save JPEGs as .jfif, phones mix them). */
const SCAN_EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif', 'png'],
  'image/png': ['png', 'jpg', 'jpeg'],
};

/**
 * The extension of `filename` when it contradicts the sniffed type (a PDF named .png, a PNG
 * named .html): saved under that name it would open as something else. Undefined when it fits
 * or the name has no Latin extension.
 */
export function conflictingExtension(filename: string, type: string): string | undefined {
  const ext = /\.([a-z][a-z0-9]{1,4})$/i.exec(filename)?.[1]?.toLowerCase();
  return ext && !SCAN_EXTENSIONS[type]?.includes(ext) ? ext : undefined;
}

/** Whether the file can be bound into a PDF later: images must decode, a PDF must be complete. */
export function scanReadable(bytes: Buffer, type: string): boolean {
  if (type === 'application/pdf') return bytes.subarray(-1024).includes('%%EOF');
  try {
    // Decodes the image the way the volume's renderer will (PNG and JPEG headers, PNG data).
    (new PDFDocument({ autoFirstPage: false }) as unknown as { openImage(data: Buffer): unknown }).openImage(
      bytes,
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * The pages of a scan for the case file: an image as one page, a PDF page by
 * page (rasterised with poppler's pdftoppm, so any PDF binds the same way).
 */
export async function scanBlocks(title: string, scan: ScanFile): Promise<Block[]> {
  const caption = (page?: string) =>
    `${title}:${scan.filename}${page ? `(${page})` : ''}  SHA-256 ${scan.sha256.slice(0, 16)}…`;
  if (scan.contentType !== 'application/pdf') return [{ kind: 'image', caption: caption(), data: scan.data }];
  const dir = await mkdtemp(join(tmpdir(), 'tiaojie-scan-'));
  try {
    await writeFile(join(dir, 'scan.pdf'), scan.data);
    await run(
      'pdftoppm',
      ['-r', '110', '-l', String(MAX_PAGES), '-jpeg', join(dir, 'scan.pdf'), join(dir, 'p')],
      {
        timeout: 60_000,
      },
    );
    const pages = (await readdir(dir))
      .filter((f) => f.startsWith('p-') && f.endsWith('.jpg'))
      .sort((a, b) => parseInt(a.slice(2), 10) - parseInt(b.slice(2), 10));
    if (pages.length === 0) throw new Error('no pages');
    return Promise.all(
      pages.map(async (file, i) => ({
        kind: 'image' as const,
        caption: caption(`第 ${i + 1} 页,共 ${pages.length} 页`),
        data: await readFile(join(dir, file)),
      })),
    );
  } catch {
    // A PDF poppler cannot read is still on file; the volume says so instead of failing the archiving.
    return [
      { kind: 'title', text: title },
      {
        kind: 'para',
        text: `扫描件 ${scan.filename} 无法转换为页面图像,原件随案另存(SHA-256:${scan.sha256})。`,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
