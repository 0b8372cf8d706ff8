import type { Browser } from 'playwright-core';
import { chooseOption, expectVisible, launchBrowser, signIn, TABLET } from './support/browser.js';

/**
 * Issue 21 in Chromium: an ID-card reader types the number and then Enter. The browser's implicit
 * submission registered three incomplete duplicate cases; now Enter in a field never submits and,
 * in the ID number, moves on. A phone typed as it is read out is kept and shown in groups.
 */
describe('registering with an ID-card reader on the tablet (mediator.yang)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  it('Enter from the reader registers nothing; only 提交登记 does', async () => {
    const page = await browser.newPage({ viewport: TABLET });
    const creations: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/cases') creations.push(req.url());
    });
    await signIn(page, 'mediator.yang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('nav').getByRole('link', { name: '登记纠纷' }).click();
    await page.waitForURL(/\/cases\/new$/);
    await expectVisible(page.locator('nz-select:has(#organisationId)').getByText('老杨调解中心'));

    const title = `读卡器登记(${Date.now().toString(36)})`;
    await chooseOption(page, 'disputeType', '邻里');
    await page.locator('#title').fill(title);
    await page.locator('#title').press('Enter');
    await page.locator('#facts').fill('楼上卫生间漏水。');
    await page.locator('#requests').fill('修复漏水。');
    await page.locator('#party-0-name').fill('钱秀英');
    await page.locator('#party-0-phone').fill('138 5751 2301');
    await page.locator('#party-0-phone').press('Enter');
    await page.locator('#party-1-name').fill('沈翊珩');
    // The reader: the number's characters, then Enter.
    await page.locator('#party-1-idNumber').click();
    await page.keyboard.type('330681197807204514');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('party-1-sex');
    await expectVisible(page.getByText('已按身份证号码填写性别(男)、出生日期(1978-07-20),请核对'));
    // Time for a submission to have been sent, had Enter submitted.
    await page.waitForTimeout(500);
    expect(creations).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/cases/new');

    await page.getByRole('button', { name: '提交登记' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    expect(creations).toHaveLength(1);
    await expectVisible(page.getByRole('heading', { name: title }));
    await expectVisible(page.getByText('138 5751 2301'));
    await page.close();
  });
});
