import { cacheControlOf, chooseEncoding, IMMUTABLE, isContentHashed } from './web-app.js';

describe('web app files', () => {
  it.each([
    'main-ZSAT4Q7S.js',
    'chunk-CqwI07S-.js',
    'chunk-BLbbb8-S.js',
    'chunk-C-xXgv9g.js',
    'polyfills-AB12CD34.js',
    'styles-LH6QPCQJ.css',
    'media/seal-AB12CD34.png',
  ])('%s carries a content hash: cached for a year', (name) => {
    expect(isContentHashed(name)).toBe(true);
    expect(cacheControlOf(name)).toBe(IMMUTABLE);
  });

  it.each(['index.html', 'favicon.svg', 'site-download.svg', 'main.js', 'styles.css'])(
    '%s has no content hash: revalidated',
    (name) => {
      expect(isContentHashed(name)).toBe(false);
      expect(cacheControlOf(name)).toBe('no-cache');
    },
  );

  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;Q=0.5, gzip;q=1', 'br'],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
    ['', 'identity'],
    [undefined, 'identity'],
  ] as const)('Accept-Encoding %p → %s', (header, expected) => {
    expect(chooseEncoding(header, ['identity', 'br', 'gzip'])).toBe(expected);
  });

  it('falls back to what the file has', () => {
    expect(chooseEncoding('br, gzip', ['identity'])).toBe('identity');
  });
});
