import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { settledCase } from './support/agreement.js';
import { apiAs } from './support/api.js';
import { DESKTOP, expectVisible, launchBrowser, signIn } from './support/browser.js';

interface Overview {
  received: number;
  succeeded: number;
  agreementAmount: string;
}

/** Today in China, where the centres count their days (the browser below runs in the same zone). */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Issue 7: the judicial office's 统计分析. 杨建国 settles a neighbours' dispute by an effective
 * agreement and registers a second dispute; 王海燕 (sfs.wang) opens 统计分析, sees this month's
 * figures as the API counts them and the charts drawn, follows 调解成功 to the settled case in the
 * case list, and downloads the monthly report as an Excel file.
 */
describe('统计分析 of the judicial office (mediator.yang, director.yang, sfs.wang)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  const stamp = Date.now().toString(36);

  it('shows the month in figures and charts, drills down to the cases and exports the report', async () => {
    const mediator = await apiAs('mediator.yang');
    const director = await apiAs('director.yang');
    const settled = await settledCase(mediator, director, `鸡狗纠纷(统计${stamp})`);
    await mediator.call(
      'POST',
      '/api/cases',
      {
        organisationId: mediator.user.organisationId,
        source: 'phone',
        disputeType: 'property_management',
        title: `电梯维修费纠纷(统计${stamp})`,
        facts: '业主认为电梯维修费分摊不公，拒绝缴纳。',
        requests: '请求按户分摊电梯维修费。',
        parties: [
          {
            role: 'applicant',
            kind: 'organisation',
            name: '枫桥物业管理有限公司',
            legalRepresentative: '陈志远',
          },
          { role: 'respondent', kind: 'person', name: '周国栋' },
        ],
      },
      { 'Idempotency-Key': randomUUID() },
    );

    // What the page must show: the API's own count of this month for the office's area.
    const today = chinaToday();
    const from = `${today.slice(0, 8)}01`;
    const officer = await apiAs('sfs.wang');
    const overview = await officer.call<Overview>('GET', `/api/stats/overview?from=${from}&to=${today}`);
    expect(overview.received).toBeGreaterThanOrEqual(2);
    expect(overview.succeeded).toBeGreaterThanOrEqual(1);
    expect(Number(overview.agreementAmount)).toBeGreaterThanOrEqual(3000);

    const context = await browser.newContext({
      viewport: DESKTOP,
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, 'sfs.wang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('[nz-menu-item] a', { hasText: '统计分析' }).click();
    await page.waitForURL((url) => url.pathname === '/stats');

    // The figure cards: this month by default, the same counts as the API.
    const value = (key: string) => page.locator(`[data-figure="${key}"] .figure__value`);
    await expectVisible(value('received'));
    const count = (n: number) => `${n.toLocaleString('en-US')}件`;
    await expectVisible(value('received').getByText(count(overview.received)));
    expect((await value('succeeded').textContent())?.trim()).toBe(count(overview.succeeded));
    expect(await value('agreementAmount').textContent()).toContain('元');

    // The charts are drawn as SVG with data: bars of the trend, 邻里 among the dispute types.
    const trendBars = page.locator('[data-chart="trend"] svg path');
    await trendBars.first().waitFor({ state: 'attached', timeout: 15000 });
    expect(await trendBars.count()).toBeGreaterThan(1);
    await expectVisible(page.locator('[data-chart="byType"] svg text', { hasText: '邻里' }).first());
    await expectVisible(page.locator('[data-chart="bySource"] svg text', { hasText: '来访' }).first());

    // 调解成功 leads to the successful cases of the month, the settled one among them.
    await page.locator('[data-figure="succeeded"]').click();
    await page.waitForURL((url) => url.pathname === '/cases');
    const params = new URL(page.url()).searchParams;
    expect(params.get('from')).toBe(from);
    expect(params.get('to')).toBe(today);
    expect(params.get('outcome')).toBe('succeeded');
    await expectVisible(page.locator('tr.cases__row', { hasText: settled.caseNumber }));

    // Back on 统计分析: the monthly report as an Excel file (a zip, so it starts with PK).
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/stats');
    const exportButton = page.getByRole('button', { name: '导出月报表' });
    await expectVisible(exportButton);
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toBe(`调解工作月报表-${today.slice(0, 7)}.xlsx`);
    const file = readFileSync(await download.path());
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');

    // The preview of the same report ends with its totals row.
    await page.getByRole('button', { name: '预览月报表' }).click();
    await expectVisible(page.locator('tj-report-preview tr.totals', { hasText: '合计' }));

    // A tablet in portrait: one column, nothing wider than the screen.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
