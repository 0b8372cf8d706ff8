import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AgreementErrors } from '../agreements/agreements.errors.js';
import { normaliseImage, printableImage } from './images.js';
import type { Block } from './layout.js';

const run = promisify(execFile);
/** Pages of a PDF scan accepted at upload and rasterised into the volume. */
export const MAX_PAGES = 50;
/** Long side of a rasterised page in pixels (A4 at about 110 dpi), whatever size the PDF claims for it. */
const PAGE_PIXELS = 1_300;
/** All rasterised pages of one scan together; beyond it the volume says the scan is kept aside. */
const MAX_RASTER_BYTES = 64 * 1024 * 1024;
/** poppler runs as a child process, asynchronously, killed when it takes too long. */
const POPPLER = { timeout: 30_000, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 } as const;

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

/**
 * The copy of an uploaded scan to keep, or an AppError (422) when it cannot be bound into a PDF
 * later: an image is decoded and re-encoded (images.ts); a PDF must be complete, readable by
 * poppler's pdfinfo and at most MAX_PAGES pages long, and is kept as uploaded.
 */
export async function readableScan(bytes: Buffer, type: string): Promise<Buffer> {
  if (type !== 'application/pdf') return (await normaliseImage(bytes, 'scan')).data;
  if (!bytes.subarray(-1024).includes('%%EOF')) throw AgreementErrors.scanUnreadable();
  const pages = await pdfPages(bytes);
  if (pages === null || pages < 1) throw AgreementErrors.scanUnreadable();
  if (pages > MAX_PAGES) throw AgreementErrors.scanPages(MAX_PAGES);
  return bytes;
}

/** The page count poppler reads, or null when it cannot read the file. */
export async function pdfPages(bytes: Buffer): Promise<number | null> {
  return inTempDir(async (dir) => {
    await writeFile(join(dir, 'scan.pdf'), bytes);
    try {
      const { stdout } = await run('pdfinfo', [join(dir, 'scan.pdf')], POPPLER);
      const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
      return pages === undefined ? null : Number(pages);
    } catch {
      return null;
    }
  });
}

async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tiaojie-scan-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The pages of a scan for the case file: an image as one page, a PDF page by
 * page (rasterised with poppler's pdftoppm, so any PDF binds the same way).
 */
export async function scanBlocks(title: string, scan: ScanFile): Promise<Block[]> {
  const caption = (page?: string) =>
    `${title}:${scan.filename}${page ? `(${page})` : ''}  SHA-256 ${scan.sha256.slice(0, 16)}…`;
  if (scan.contentType !== 'application/pdf')
    return [
      { kind: 'image', caption: caption(), data: await printableImage(scan.data, 'scan', where(scan)) },
    ];
  try {
    return await inTempDir(async (dir) => {
      await writeFile(join(dir, 'scan.pdf'), scan.data);
      await run(
        'pdftoppm',
        [
          '-l',
          String(MAX_PAGES),
          '-scale-to',
          String(PAGE_PIXELS),
          '-jpeg',
          join(dir, 'scan.pdf'),
          join(dir, 'p'),
        ],
        POPPLER,
      );
      const pages = (await readdir(dir))
        .filter((f) => f.startsWith('p-') && f.endsWith('.jpg'))
        .sort((a, b) => parseInt(a.slice(2), 10) - parseInt(b.slice(2), 10));
      if (pages.length === 0) throw new Error('no pages');
      const files = await Promise.all(pages.map((file) => readFile(join(dir, file))));
      if (files.reduce((sum, f) => sum + f.length, 0) > MAX_RASTER_BYTES) throw new Error('pages too large');
      return Promise.all(
        files.map(async (data, i) => ({
          kind: 'image' as const,
          caption: caption(`第 ${i + 1} 页,共 ${pages.length} 页`),
          data: await printableImage(data, 'scan', where(scan)),
        })),
      );
    });
  } catch {
    // A PDF poppler cannot read is still on file; the volume says so instead of failing the archiving.
    return [
      { kind: 'title', text: title },
      {
        kind: 'para',
        text: `扫描件 ${scan.filename} 无法转换为页面图像,原件随案另存(SHA-256:${scan.sha256})。`,
      },
    ];
  }
}

/** Names a scan in a log line without its file name (which may carry a party's name). */
const where = (scan: ScanFile) => `scan ${scan.sha256.slice(0, 12)}`;
