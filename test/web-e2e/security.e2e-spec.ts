import type { Browser } from 'playwright-core';
import { baseUrl, DESKTOP, expectVisible, launchBrowser, signIn } from './support/browser.js';

/** The production build under its Content-Security-Policy, and the session cookie against other sites. */
describe('browser security', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('runs the built app under its CSP without a single violation', async () => {
    const index = await fetch(`${baseUrl()}/`);
    const html = await index.text();
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    expect(html).not.toMatch(/\son[a-z]+=/i);

    const page = await browser.newPage({ viewport: DESKTOP });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await signIn(page, 'director.yang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    for (const path of ['/cases', '/deadlines', '/stats', '/']) {
      await page.goto(`${baseUrl()}${path}`);
      await expectVisible(page.locator('nz-header, header').first().getByText('杨光照'));
    }
    expect(refused).toEqual([]);
    await page.close();
  });

  it('keeps the session when another site posts a sign-out to the API', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const own = await context.newPage();
    await signIn(own, 'mediator.yang');
    await own.waitForURL((url) => !url.pathname.startsWith('/login'));
    // A page of another site (here: no origin at all) with the classic CSRF form.
    const other = await context.newPage();
    await other.setContent(
      `<form method="post" action="${baseUrl()}/api/auth/logout"><button>领奖</button></form>`,
    );
    const [forged] = await Promise.all([
      other.waitForResponse((res) => res.url().endsWith('/api/auth/logout')),
      other.getByRole('button', { name: '领奖' }).click(),
    ]);
    expect([401, 403]).toContain(forged.status()); // the Strict cookie was not sent, or the Origin check refused it
    const me = await own.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(200);
    // The app's own sign-out, same-origin, still works.
    const out = await own.evaluate(async () => (await fetch('/api/auth/logout', { method: 'POST' })).status);
    expect(out).toBe(204);
    await context.close();
  });
});
