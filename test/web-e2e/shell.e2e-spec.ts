import type { Browser } from 'playwright-core';
import { baseUrl, DESKTOP, launchBrowser, signIn, TABLET } from './support/browser.js';

describe('signing in and the shell', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('serves the login page at / to a visitor who is not signed in', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(baseUrl());
    await page.waitForURL(/\/login/);
    await expectVisible(page.getByRole('button', { name: '登录' }));
    expect(await page.title()).toContain('调解');
    await page.close();
  });

  it('shows the server’s Chinese message on a wrong password', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'mediator.yang', 'wrong-password');
    await expectVisible(page.getByText('用户名或密码错误'));
    expect(page.url()).toContain('/login');
    await page.close();
  });

  it.each([
    ['desktop', DESKTOP],
    ['tablet', TABLET],
  ])('signs mediator.yang in on a %s and shows name, role and organisation', async (_name, viewport) => {
    const page = await browser.newPage({ viewport });
    await signIn(page, 'mediator.yang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    const header = page.locator('nz-header, header').first();
    await expectVisible(header.getByText('杨建国'));
    await expectVisible(header.getByText('调解员'));
    await expectVisible(header.getByText('老杨调解中心'));
    await expectVisible(page.getByText('工作台').first());
    // Nothing may overflow sideways on a tablet.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('keeps the session across a reload and ends it on 退出登录', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'director.yang');
    await expectVisible(page.getByText('杨光照').first());
    await page.reload();
    await expectVisible(page.getByText('杨光照').first());
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
    await page.close();
  });
});

async function expectVisible(locator: import('playwright-core').Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 15000 });
}
