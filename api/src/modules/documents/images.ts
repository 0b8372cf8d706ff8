import { Logger } from '@nestjs/common';
import sharp, { type Metadata } from 'sharp';
import { AgreementErrors } from '../agreements/agreements.errors.js';

/**
 * The one rule for every image a user uploads (signatures, fingerprints, seals, scans): it is fully
 * decoded by a real decoder (libvips through sharp, on libuv's threads, never on the JS thread),
 * refused when it does not decode or is too large, and only the re-encoded copy is kept, so what
 * reaches pdfkit later is always an image sharp itself wrote: no EXIF, no text chunks, no trailing
 * bytes, no interlacing, 8 bits per channel.
 */
export type ImagePurpose = 'signature' | 'seal' | 'scan';

interface Limits {
  /** Longest side accepted at upload, read from the header before anything is decoded. */
  side: number;
  /** Decoded pixels accepted (also given to libvips as limitInputPixels). */
  pixels: number;
  /** The stored copy is downscaled to fit this square. */
  fit: number;
}

const LIMITS: Record<ImagePurpose, Limits> = {
  // Signatures, fingerprints and seals print at 70×40 pt (seals 110 pt): 1,200 px is ample.
  signature: { side: 4_000, pixels: 4_000 * 4_000, fit: 1_200 },
  seal: { side: 4_000, pixels: 4_000 * 4_000, fit: 1_200 },
  // Scans fill an A4 page: 3,508 px is its long side at 300 dpi. 70 Mpx covers an A3 scan at 600 dpi.
  scan: { side: 10_000, pixels: 70_000_000, fit: 3_508 },
};

/** libvips gives up on one image after this long (a decoding job never holds a thread for minutes). */
const DECODE_SECONDS = 20;

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

const NOUN: Record<ImagePurpose, string> = { signature: '签名图片', seal: '印章图片', scan: '扫描件' };

export interface NormalisedImage {
  data: Buffer;
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

/** The format by its first bytes; only PNG and JPEG ever reach the decoder (no SVG, TIFF, HEIF, GIF). */
function formatOf(bytes: Buffer): 'png' | 'jpeg' | null {
  if (bytes.subarray(0, 8).equals(PNG_MAGIC)) return 'png';
  if (bytes.subarray(0, 3).equals(JPEG_MAGIC)) return 'jpeg';
  return null;
}

/** Whether a PNG is animated (APNG): libpng would quietly keep its first frame only. */
function isAnimatedPng(bytes: Buffer): boolean {
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'acTL') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    at += 12 + length;
  }
  return false;
}

const unreadable = (purpose: ImagePurpose) =>
  purpose === 'scan' ? AgreementErrors.scanUnreadable() : AgreementErrors.imageUnreadable(NOUN[purpose]);

/**
 * The clean copy of an uploaded image, or an AppError (422, docs/api.md's error body) saying why not.
 * Signatures, fingerprints and seals become PNG (alpha kept); a JPEG scan stays JPEG (quality 90,
 * EXIF orientation applied, then every metadata block dropped) and a PNG scan stays PNG, flattened
 * on white so pdfkit embeds it without splitting an alpha channel on the JS thread.
 */
export async function normaliseImage(bytes: Buffer, purpose: ImagePurpose): Promise<NormalisedImage> {
  const limits = LIMITS[purpose];
  const format = formatOf(bytes);
  if (!format) throw unreadable(purpose);
  if (format === 'png' && isAnimatedPng(bytes)) throw AgreementErrors.imageAnimated(NOUN[purpose]);
  const options = { failOn: 'error', limitInputPixels: limits.pixels, sequentialRead: true } as const;
  let header: Metadata;
  try {
    // The header only: dimensions are known before a single pixel is decoded.
    header = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw unreadable(purpose);
  }
  const { width = 0, height = 0 } = header;
  if (header.format !== format || width < 1 || height < 1) throw unreadable(purpose);
  if ((header.pages ?? 1) > 1) throw AgreementErrors.imageAnimated(NOUN[purpose]);
  if (width > limits.side || height > limits.side || width * height > limits.pixels)
    throw AgreementErrors.imageDimensions(NOUN[purpose], limits.side);
  try {
    let pipeline = sharp(bytes, options)
      .timeout({ seconds: DECODE_SECONDS })
      .autoOrient()
      .resize({ width: limits.fit, height: limits.fit, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb');
    const out: 'png' | 'jpeg' = purpose === 'scan' ? format : 'png';
    if (purpose === 'scan') pipeline = pipeline.flatten({ background: '#ffffff' });
    pipeline =
      out === 'jpeg'
        ? pipeline.jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
        : pipeline.png({ compressionLevel: 9 });
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return { data, format: out, width: info.width, height: info.height };
  } catch {
    // Bad zlib checksum, bad CRC, truncated or garbage data, a decoder that ran out of time.
    throw unreadable(purpose);
  }
}

const logger = new Logger('Images');
const warned = new Set<string>();

/**
 * A stored image made safe to print: normalised like an upload (stored before images were decoded
 * at upload, it may not be), or null when it does not decode, which the renderer draws as a boxed
 * placeholder. `where` names the document without personal data (e.g. `agreement <id>`); the case
 * team is warned once per process by a log line, never with the image or a name.
 */
export async function printableImage(
  bytes: Buffer,
  purpose: ImagePurpose = 'scan',
  where?: string,
): Promise<Buffer | null> {
  try {
    return (await normaliseImage(bytes, purpose)).data;
  } catch {
    const key = `${where ?? 'document'}:${purpose}:${bytes.length}`;
    if (!warned.has(key)) {
      warned.add(key);
      logger.warn(
        `${where ?? 'a document'}: a stored ${purpose} image could not be decoded; it is printed as a placeholder, please upload it again`,
      );
    }
    return null;
  }
}
