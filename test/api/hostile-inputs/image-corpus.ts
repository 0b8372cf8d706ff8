import { crc32, deflateSync } from 'node:zlib';

/**
 * Hostile images made byte by byte: PNGs assembled chunk by chunk (length, type, data, CRC-32) so
 * each one breaks exactly one rule a decoder relies on.
 */
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function chunk(type: string, data: Buffer, crc?: number): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc ?? crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, tail]);
}

/** IHDR: width, height, bit depth 8, colour type (2 RGB, 0 grey), interlace. */
export function ihdr(width: number, height: number, colourType = 2, interlace = 0): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.writeUInt8(8, 8);
  data.writeUInt8(colourType, 9);
  data.writeUInt8(interlace, 12);
  return chunk('IHDR', data);
}

export const png = (...chunks: Buffer[]) =>
  Buffer.concat([PNG_MAGIC, ...chunks, chunk('IEND', Buffer.alloc(0))]);

/** Raw scanlines (filter byte 0 each) of a width×height RGB image in a gentle gradient. */
function rgbRows(width: number, height: number): Buffer {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width * 3; x++) rows[y * (width * 3 + 1) + 1 + x] = (x * 7 + y * 13) & 0xff;
  return rows;
}

/** A valid small RGB PNG. */
export function validPng(width = 16, height = 16): Buffer {
  return png(ihdr(width, height), chunk('IDAT', deflateSync(rgbRows(width, height))));
}

/** Deterministic pseudo-random bytes (no Math.random: the corpus is the same on every run). */
export function noise(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

export interface HostileImage {
  name: string;
  bytes: Buffer;
}

/** Every entry must be refused at upload, as a signature and as a scan. */
export function refusedCorpus(): HostileImage[] {
  const rows = rgbRows(16, 16);
  const idat = deflateSync(rows);
  const badAdler = Buffer.from(idat);
  badAdler.writeUInt32BE(
    (badAdler.readUInt32BE(badAdler.length - 4) ^ 0xdeadbeef) >>> 0,
    badAdler.length - 4,
  );
  const half = idat.subarray(0, idat.length >> 1);
  const validOne = validPng();
  const huge11k = deflateSync(Buffer.alloc((11_000 + 1) * 11_000), { level: 9 });
  return [
    { name: 'wrong adler32', bytes: png(ihdr(16, 16), chunk('IDAT', badAdler)) },
    { name: 'wrong chunk CRC', bytes: png(ihdr(16, 16), chunk('IDAT', idat, 0x12345678)) },
    {
      name: 'wrong IHDR CRC',
      bytes: Buffer.concat([
        PNG_MAGIC,
        chunk('IHDR', ihdr(16, 16).subarray(8, 21), 1),
        chunk('IDAT', idat),
        chunk('IEND', Buffer.alloc(0)),
      ]),
    },
    { name: 'truncated IDAT (consistent chunk)', bytes: png(ihdr(16, 16), chunk('IDAT', half)) },
    { name: 'truncated file', bytes: validOne.subarray(0, validOne.length - 30) },
    {
      name: 'interlaced with garbage',
      bytes: png(ihdr(16, 16, 2, 1), chunk('IDAT', deflateSync(noise(97)))),
    },
    { name: 'garbage deflate', bytes: png(ihdr(16, 16), chunk('IDAT', noise(64))) },
    { name: '0×0', bytes: png(ihdr(0, 0), chunk('IDAT', deflateSync(Buffer.alloc(1)))) },
    {
      name: '50,000×50,000 header',
      bytes: png(ihdr(50_000, 50_000, 0), chunk('IDAT', deflateSync(Buffer.alloc(64)))),
    },
    { name: '11,000×11,000 real data', bytes: png(ihdr(11_000, 11_000, 0), chunk('IDAT', huge11k)) },
    {
      name: 'PDF with PNG magic',
      bytes: Buffer.concat([
        PNG_MAGIC,
        Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
      ]),
    },
    {
      name: 'animated PNG (two frames)',
      bytes: apng(),
    },
  ];
}

/** An APNG: acTL says two frames, fcTL/IDAT the first, fcTL/fdAT the second. */
function apng(): Buffer {
  const idat = deflateSync(rgbRows(16, 16));
  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(2, 0);
  const fctl = (seq: number) => {
    const d = Buffer.alloc(26);
    d.writeUInt32BE(seq, 0);
    d.writeUInt32BE(16, 4);
    d.writeUInt32BE(16, 8);
    d.writeUInt16BE(1, 20);
    d.writeUInt16BE(10, 22);
    return chunk('fcTL', d);
  };
  const seq = Buffer.alloc(4);
  seq.writeUInt32BE(2, 0);
  return png(
    ihdr(16, 16),
    chunk('acTL', actl),
    fctl(0),
    chunk('IDAT', idat),
    fctl(1),
    chunk('fdAT', Buffer.concat([seq, idat])),
  );
}

export const HTML = '<html><body><script>alert(document.cookie)</script></body></html>';

/** A valid PNG followed by HTML after IEND. */
export const trailingHtml = () => Buffer.concat([validPng(), Buffer.from(HTML)]);

/** A PNG that is also an HTML page: the markup sits in a tEXt chunk a browser would sniff. */
export const pngHtmlPolyglot = () =>
  png(
    ihdr(16, 16),
    chunk('tEXt', Buffer.from(`Comment\0${HTML}`, 'latin1')),
    chunk('IDAT', deflateSync(rgbRows(16, 16))),
  );
