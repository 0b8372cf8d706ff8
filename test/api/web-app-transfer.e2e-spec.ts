import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 21: the built web app is sent compressed (br, else gzip, else as it is) and cached for a
 * year when its name carries a content hash; index.html and unhashed files are revalidated.
 * A stand-in for dist/web/browser with Angular's file names (the API tests run before the build;
 * test/web-e2e/transfer-size.e2e-spec.ts checks the real build).
 */

const SCRIPT = 'main-ZSAT4Q7S.js';
const CHUNK = 'chunk-CqwI07S-.js';
const STYLES = 'styles-LH6QPCQJ.css';

function webDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiaojie-web-'));
  const lines = (n: number, line: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => line(i)).join('\n');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="${STYLES}"></head>` +
      `<body><tj-root></tj-root><!-- ${'调解 '.repeat(400)} --><script src="${SCRIPT}" type="module"></script></body></html>`,
  );
  writeFileSync(
    join(dir, SCRIPT),
    lines(2000, (i) => `export const value${i} = { case: ${i}, status: "调解中" };`),
  );
  writeFileSync(
    join(dir, CHUNK),
    lines(300, (i) => `function party${i}(p){return p.name+"${i}"}`),
  );
  writeFileSync(
    join(dir, STYLES),
    lines(1500, (i) => `.ant-row-${i}{display:flex;margin:${i % 7}px}`),
  );
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'release.json'), JSON.stringify({ notes: lines(400, (i) => `第${i}项`) }));
  mkdirSync(join(dir, 'media'));
  writeFileSync(join(dir, 'media', 'seal-AB12CD34.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]));
  return dir;
}

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('the web app: compression and caching', () => {
  let t: TestApp;
  let dir: string;
  let base: string;

  /** A GET without any decoding by the client: the bytes as they came over the wire. */
  const raw = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Raw>((done, fail) => {
      const req = get(`${base}${path}`, { headers, method }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', fail);
    });

  beforeAll(async () => {
    dir = webDir();
    t = await createTestApp({ TIAOJIE_WEB_DIR: dir });
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const CHROME = 'gzip, deflate, br, zstd';
  const disk = (file: string) => readFileSync(join(dir, file));

  it.each([
    [`/${SCRIPT}`, SCRIPT],
    [`/${CHUNK}`, CHUNK],
    [`/${STYLES}`, STYLES],
    ['/', 'index.html'],
    ['/cases/3f6b2c1e-0000-4000-8000-000000000000', 'index.html'],
    ['/release.json', 'release.json'],
  ])('%s: brotli when br is accepted, gzip when only gzip is, else the file itself', async (path, file) => {
    const br = await raw(path, { 'accept-encoding': CHROME });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(disk(file).length / 2);
    expect(brotliDecompressSync(br.body).equals(disk(file))).toBe(true);

    for (const accept of ['gzip, deflate', 'br;q=0, gzip']) {
      const gz = await raw(path, { 'accept-encoding': accept });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['vary']).toMatch(/accept-encoding/i);
      expect(gunzipSync(gz.body).equals(disk(file))).toBe(true);
    }

    for (const accept of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const plain = await raw(path, accept ? { 'accept-encoding': accept } : {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['vary']).toMatch(/accept-encoding/i);
      expect(plain.body.equals(disk(file))).toBe(true);
    }
  });

  it('content-hashed build files are cached for a year; index.html and unhashed files are revalidated', async () => {
    for (const path of [`/${SCRIPT}`, `/${CHUNK}`, `/${STYLES}`, '/media/seal-AB12CD34.png']) {
      expect((await raw(path, { 'accept-encoding': CHROME })).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
    }
    for (const path of ['/', '/index.html', '/login', '/favicon.svg', '/release.json']) {
      expect((await raw(path, { 'accept-encoding': CHROME })).headers['cache-control']).toBe('no-cache');
    }
  });

  it('revalidates with the ETag of the encoding that was sent (304, no body)', async () => {
    const br = await raw('/', { 'accept-encoding': CHROME });
    const gz = await raw('/', { 'accept-encoding': 'gzip' });
    expect(br.headers.etag).toBeDefined();
    expect(br.headers.etag).not.toBe(gz.headers.etag);
    const again = await raw('/', { 'accept-encoding': CHROME, 'if-none-match': br.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip tag does not validate the brotli answer.
    expect((await raw('/', { 'accept-encoding': CHROME, 'if-none-match': gz.headers.etag! })).status).toBe(
      200,
    );
  });

  it('a HEAD answers the headers of the GET without the body', async () => {
    const head = await raw(`/${SCRIPT}`, { 'accept-encoding': CHROME }, 'HEAD');
    const full = await raw(`/${SCRIPT}`, { 'accept-encoding': CHROME });
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  it('small files, images and fonts are sent as they are', async () => {
    const icon = await raw('/favicon.svg', { 'accept-encoding': CHROME });
    expect(icon.status).toBe(200);
    expect(icon.headers['content-encoding']).toBeUndefined();
    expect(icon.body.equals(disk('favicon.svg'))).toBe(true);
    const image = await raw('/media/seal-AB12CD34.png', { 'accept-encoding': CHROME });
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(disk('media/seal-AB12CD34.png'))).toBe(true);
  });

  it('keeps the compressed bytes beside the build for the next process, and never serves them', async () => {
    await raw(`/${SCRIPT}`, { 'accept-encoding': CHROME });
    const kept = readdirSync(join(dir, '.compressed'));
    expect(kept.some((name) => name.startsWith(`${SCRIPT}.`) && name.endsWith('.br'))).toBe(true);
    expect(kept.some((name) => name.startsWith(`${SCRIPT}.`) && name.endsWith('.gzip'))).toBe(true);
    for (const name of kept) expect((await raw(`/.compressed/${name}`)).status).toBe(404);
  });

  it('an old hashed name, a path out of the folder, or an API route is not a file of the web app', async () => {
    expect((await raw('/main-OLDHASH1.js', { 'accept-encoding': CHROME })).status).toBe(404);
    expect((await raw('/..%2f..%2f..%2fetc%2fhostname.txt')).status).toBe(404);
    expect((await raw('/%2e%2e/%2e%2e/etc/hostname.txt')).status).toBe(404);
    const api = await raw('/api/health', { 'accept-encoding': CHROME });
    expect(api.headers['content-type']).toContain('application/json');
  });
});
