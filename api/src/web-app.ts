import express, { type NextFunction, type Request, type Response } from 'express';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

/**
 * The built Angular app (dist/web/browser) at `/`, sent compressed and cached well (issue 21: a
 * tablet on a slow line downloaded 2.8 MB of scripts and styles uncompressed, revalidated hourly).
 *
 * - Text files of 1 KB or more are compressed once, brotli (quality 11) and gzip (level 9), and kept
 *   in memory; the compressed bytes are also written to `<webDir>/.compressed/` so that the next
 *   worker or restart reads them instead of compressing again (the build empties the folder).
 * - The answer is brotli when the request accepts `br`, else gzip when it accepts `gzip`, else the
 *   file itself; always with `Vary: Accept-Encoding` when a compressed form exists.
 * - Content-hashed build files (`main-ZSAT4Q7S.js`, `chunk-CqwI07S-.js`, `styles-LH6QPCQJ.css`) never
 *   change under their name: `Cache-Control: public, max-age=31536000, immutable`. index.html and
 *   unhashed files (favicon.svg): `no-cache`, revalidated with their ETag.
 * - Client-side routes (a GET without a file extension outside /api/) answer index.html.
 */
export function serveWebApp(server: express.Express, webDir: string, apiPrefix: string): void {
  const root = resolve(webDir);
  if (!existsSync(join(root, 'index.html'))) return;
  const assets = new WebAssets(root);
  server.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === `/${apiPrefix}` || req.path.startsWith(`/${apiPrefix}/`)) return next();
    const isPage = !/\.\w+$/.test(req.path);
    const path = isPage ? 'index.html' : assets.relativePath(req.path);
    if (!path || !isCompressible(path)) return next();
    assets.get(path).then((asset) => (asset ? sendAsset(req, res, asset) : next()), next);
  });
  // Everything else that is a file (images, fonts): served as it is, with the same cache rules.
  server.use(
    express.static(root, {
      index: false,
      cacheControl: false,
      setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControlOf(file)),
    }),
  );
}

/** Below this a compressed answer saves less than the headers it adds. */
export const MIN_COMPRESSED_BYTES = 1024;

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.xml',
  '.ico',
]);
const isCompressible = (path: string) => COMPRESSIBLE.has(extname(path).toLowerCase());

/**
 * Angular's output names: `<name>-<8 characters of a content hash>.<ext>` (base64url characters;
 * the lookahead keeps out a plain word such as `-download.svg`). Files of web/public keep their
 * names and must not look like this.
 */
const HASHED = /-(?=[A-Za-z0-9_-]*[A-Z0-9])[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
export const isContentHashed = (path: string) => HASHED.test(path);

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const cacheControlOf = (path: string) => (isContentHashed(path) ? IMMUTABLE : 'no-cache');

type Encoding = 'br' | 'gzip' | 'identity';

interface Asset {
  path: string;
  /** The extension, for express's Content-Type. */
  type: string;
  etag: string;
  lastModified: string;
  bodies: Partial<Record<Encoding, Buffer>> & { identity: Buffer };
}

const brotli = promisify(brotliCompress);
const gzipOf = promisify(gzip);

const COMPRESSORS: Record<Exclude<Encoding, 'identity'>, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    brotli(body, {
      params: {
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipOf(body, { level: zlib.Z_BEST_COMPRESSION }),
};

/** The files of the built app, read and compressed once each, on their first request. */
class WebAssets {
  private readonly cache = new Map<string, Promise<Asset | undefined>>();
  private readonly sidecars: string;

  constructor(private readonly root: string) {
    this.sidecars = join(root, '.compressed');
  }

  /** The path below the root for a request path; undefined for anything that would leave it. */
  relativePath(requestPath: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(requestPath);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const path = relative(this.root, resolve(this.root, `.${decoded}`));
    if (!path || path.startsWith('..') || path.split(sep).some((part) => part.startsWith('.')))
      return undefined;
    return path;
  }

  get(path: string): Promise<Asset | undefined> {
    let asset = this.cache.get(path);
    if (!asset) {
      asset = this.load(path);
      // Only files that exist are kept: a stream of made-up names must not grow the map.
      void asset.then((found) => !found && this.cache.delete(path)).catch(() => this.cache.delete(path));
      this.cache.set(path, asset);
    }
    return asset;
  }

  private async load(path: string): Promise<Asset | undefined> {
    const file = join(this.root, path);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const identity = await readFile(file);
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
    const asset: Asset = {
      path,
      type: extname(path),
      etag: hash,
      lastModified: info.mtime.toUTCString(),
      bodies: { identity },
    };
    if (identity.length >= MIN_COMPRESSED_BYTES) {
      for (const encoding of ['br', 'gzip'] as const) {
        const body = await this.compressed(path, hash, encoding, identity);
        if (body.length < identity.length) asset.bodies[encoding] = body;
      }
    }
    return asset;
  }

  /** The compressed bytes from the side file written for this content, else compressed now and written. */
  private async compressed(
    path: string,
    hash: string,
    encoding: 'br' | 'gzip',
    body: Buffer,
  ): Promise<Buffer> {
    const sidecar = join(this.sidecars, `${path.split(sep).join('__')}.${hash}.${encoding}`);
    const kept = await readFile(sidecar).catch(() => undefined);
    if (kept) return kept;
    const made = await COMPRESSORS[encoding](body);
    // Best effort: a read-only deployment compresses once per process instead.
    const temporary = `${sidecar}.${process.pid}.tmp`;
    await mkdir(this.sidecars, { recursive: true })
      .then(() => writeFile(temporary, made))
      .then(() => rename(temporary, sidecar))
      .catch(() => undefined);
    return made;
  }
}

/** br when accepted (q > 0), else gzip, else the file itself (RFC 9110 §12.5.3). */
export function chooseEncoding(header: string | undefined, available: readonly Encoding[]): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (available.includes('br') && accepts('br')) return 'br';
  if (available.includes('gzip') && accepts('gzip')) return 'gzip';
  return 'identity';
}

function sendAsset(req: Request, res: Response, asset: Asset): void {
  const available = Object.keys(asset.bodies) as Encoding[];
  const encoding = chooseEncoding(req.headers['accept-encoding'], available);
  const body = asset.bodies[encoding]!;
  const etag = `"${asset.etag}${encoding === 'identity' ? '' : `-${encoding}`}"`;
  res.type(asset.type);
  res.setHeader('Cache-Control', cacheControlOf(asset.path));
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', asset.lastModified);
  if (available.length > 1) res.vary('Accept-Encoding');
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  if (matches(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Length', body.length);
  res.status(200);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

const matches = (header: string | undefined, etag: string) =>
  !!header &&
  (header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));
