import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { freePort, newDataDir, startServer, stopServer } from './support/server.mjs';

/**
 * Issue 21: what the built web app costs a tablet on a slow line. Every script and stylesheet of
 * dist/web/browser is fetched from the production server as brotli, as gzip and as it is; the
 * decompressed bytes must be the file, and the totals are printed for docs/performance.md.
 */

const WEB = 'dist/web/browser';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body is not decoded by the client (fetch would decompress it). */
const raw = (url: string, headers: Record<string, string> = {}) =>
  new Promise<Raw>((done, fail) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', fail);
  });

describe('the built web app over the wire', () => {
  let dataDir: string;
  beforeAll(async () => (dataDir = await newDataDir()));
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('sends every script and stylesheet as brotli or gzip, cached for a year; index.html is revalidated', async () => {
    const server = await startServer({ dataDir, port: await freePort() });
    try {
      const files = readdirSync(WEB).filter((name) => /\.(js|css)$/.test(name));
      expect(files.some((name) => /^main-.+\.js$/.test(name))).toBe(true);
      expect(files.some((name) => /^styles-.+\.css$/.test(name))).toBe(true);
      const index = readFileSync(join(WEB, 'index.html'), 'utf8');
      // What the first visit loads before the app shows: index.html's stylesheet, script and preloads.
      const initial = new Set([...index.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
      expect(initial.size).toBeGreaterThanOrEqual(2);
      const total = { raw: 0, br: 0, gzip: 0 };
      const first = { raw: 0, br: 0, gzip: 0 };
      for (const name of files) {
        const onDisk = readFileSync(join(WEB, name));
        const br = await raw(`${server.url}/${name}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
        const gz = await raw(`${server.url}/${name}`, { 'accept-encoding': 'gzip, deflate' });
        const plain = await raw(`${server.url}/${name}`);
        for (const res of [br, gz, plain]) {
          expect(res.status).toBe(200);
          expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        }
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.body.equals(onDisk)).toBe(true);
        if (onDisk.length >= 1024) {
          expect(br.headers['content-encoding']).toBe('br');
          expect(gz.headers['content-encoding']).toBe('gzip');
          expect(br.headers['vary']).toMatch(/accept-encoding/i);
          expect(brotliDecompressSync(br.body).equals(onDisk)).toBe(true);
          expect(gunzipSync(gz.body).equals(onDisk)).toBe(true);
        }
        for (const sum of initial.has(name) ? [total, first] : [total]) {
          sum.raw += onDisk.length;
          sum.br += br.body.length;
          sum.gzip += gz.body.length;
        }
      }
      const page = await raw(`${server.url}/`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.body.toString()).toContain('<tj-root');
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
      const line = (what: string, sum: typeof total) =>
        `${what}: raw ${kb(sum.raw)} (${sum.raw} B), ` +
        `br ${kb(sum.br)} (${sum.br} B, ${((100 * sum.br) / sum.raw).toFixed(1)} %), ` +
        `gzip ${kb(sum.gzip)} (${sum.gzip} B, ${((100 * sum.gzip) / sum.raw).toFixed(1)} %)`;
      console.log(
        `${line(`web app, all ${files.length} JS+CSS files`, total)}\n` +
          line(`first visit, the ${initial.size} files index.html loads`, first),
      );
    } finally {
      await stopServer(server.child);
    }
  });
});
