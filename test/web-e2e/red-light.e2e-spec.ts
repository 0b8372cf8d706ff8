import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { settledCase } from './support/agreement.js';
import { apiAs } from './support/api.js';
import { baseUrl, chooseOption, DESKTOP, expectVisible, launchBrowser, signIn } from './support/browser.js';
import { sql } from './support/database.js';

interface CaseRef {
  id: string;
  version: number;
  caseNumber: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Story 5 of docs/mission.md, the part about time: a case's mediation period runs out, the light
 * turns red, and the director is alerted. 杨建国 registers and accepts a dispute; its 30 days are
 * made to have passed (in the database: nobody waits a month in a test); the sweep turns the light
 * red; 杨光照, the centre's director, sees it on the workbench and follows the bell to the case.
 * Then what follows an agreement, on a tablet: performance, a return visit, judicial confirmation.
 */
describe('a red light reaches the director (mediator.yang, admin, director.yang)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  const title = `物业费拖欠纠纷(${Date.now().toString(36)})`;

  it('shows the overdue case on the workbench and opens it from the bell', async () => {
    // 登记 and 受理 through the API as the mediator: the mediation clock starts at acceptance.
    const mediator = await apiAs('mediator.yang');
    const registered = await mediator.call<CaseRef>(
      'POST',
      '/api/cases',
      {
        organisationId: mediator.user.organisationId,
        source: 'walk_in',
        disputeType: 'property_management',
        title,
        facts: '业主以电梯长期故障为由拒交两年物业费，物业公司多次催缴未果。',
        requests: '请求业主补交物业费 4800 元。',
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
    await mediator.call('POST', `/api/cases/${registered.id}/accept`, {
      version: registered.version,
      rightsNotice: { method: 'written' },
    });

    // Thirty-two days later: the clock is two days past due, and the sweep turns it red.
    const moved = await sql(
      `UPDATE clocks SET started_at = now() - interval '32 days', yellow_at = now() - interval '12 days',
              due_at = now() - interval '2 days'
        WHERE case_id = $1 AND kind = 'mediation' AND light = 'green' RETURNING id`,
      [registered.id],
    );
    expect(moved).toHaveLength(1);
    const admin = await apiAs('admin');
    await admin.call('POST', '/api/deadlines/sweep');
    const [clock] = await sql<{ light: string }>(
      `SELECT light FROM clocks WHERE case_id = $1 AND kind = 'mediation'`,
      [registered.id],
    );
    expect(clock?.light).toBe('red');

    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, 'director.yang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The workbench: the red-light card lists the case, overdue by two days.
    const card = page.locator('nz-card.red-lights');
    const entry = card.locator('li.red-light', { hasText: title });
    await expectVisible(entry);
    await expectVisible(entry.getByText('调解期限'));
    await expectVisible(entry.getByText('已超期 2 天'));
    expect(Number(await card.locator('.red-lights__number').textContent())).toBeGreaterThanOrEqual(1);

    // The bell: an unread notification about this case; clicking it opens the case.
    const bell = page.getByRole('button', { name: '通知', exact: true });
    await expectVisible(bell);
    const badge = page.locator('tj-notification-bell .ant-badge-count');
    await expectVisible(badge);
    expect(Number(await badge.getAttribute('title'))).toBeGreaterThanOrEqual(1);
    await bell.click();
    const notification = page.getByRole('button', {
      name: new RegExp(`^已超期.${escapeRegExp(registered.caseNumber)} 调解期限$`),
    });
    await expectVisible(notification);
    await notification.click();
    await page.waitForURL(new RegExp(`/cases/${registered.id}$`));
    await expectVisible(page.locator('.case-header__number', { hasText: registered.caseNumber }));
    await expectVisible(page.getByRole('heading', { name: title }));

    // It is read now: the API says so.
    const director = await apiAs('director.yang');
    const inbox = await director.call<{ items: { caseId: string | null; readAt: string | null }[] }>(
      'GET',
      '/api/notifications?pageSize=50',
    );
    const mine = inbox.items.filter((n) => n.caseId === registered.id);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine.some((n) => n.readAt !== null)).toBe(true);
    await page.close();
  }, 120_000);

  it('fits the deadlines board and the header with the bell on a tablet in portrait (768 px)', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 1024 }, hasTouch: true });
    await signIn(page, 'director.yang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.locator('nav').getByRole('link', { name: '期限看板' }).tap();
    await page.waitForURL(/\/deadlines$/);
    await expectVisible(page.getByRole('button', { name: /^已超期：\d+ 项$/ }));
    await page.getByRole('button', { name: /^已超期：\d+ 项$/ }).tap();
    await page.waitForURL(/\/deadlines\?light=red$/);
    await expectVisible(page.locator('tr.board__row', { hasText: title }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const bell = await page.getByRole('button', { name: '通知', exact: true }).boundingBox();
    expect(bell?.height).toBeGreaterThanOrEqual(40);
    await page.close();
  });

  it('records performance, a return visit and the judicial-confirmation application on a tablet in portrait', async () => {
    const mediator = await apiAs('mediator.yang');
    const settled = await settledCase(
      mediator,
      await apiAs('director.yang'),
      `鸡狗相争致伤纠纷(${Date.now().toString(36)})`,
    );

    // A tablet left on a time zone 20 hours behind China: the dates it offers are still China's days.
    const page = await browser.newPage({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      timezoneId: 'Etc/GMT+12',
    });
    await signIn(page, 'mediator.yang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${baseUrl()}/cases/${settled.id}`);
    const section = page.locator('tj-follow-up-section');
    await expectVisible(section.getByText('陈国强当面向何美兰赔礼道歉'));
    const modal = page.locator('.ant-modal');
    const footer = modal.locator('.ant-modal-footer');

    // 登记履行: the first open term (the payment) with its agreed amount.
    await section.getByRole('button', { name: '登记履行' }).tap();
    await expectVisible(modal.locator('#performance-proof'));
    await expect(modal.locator('#performance-amount').inputValue()).resolves.toBe('3000.00');
    await modal.locator('#performance-proof').fill('何美兰出具收条一张，已存档');
    await footer.getByRole('button', { name: '登记履行' }).tap();
    await expectVisible(section.locator('.term', { hasText: '第1项' }).getByText(/^已履行/));
    await modal.waitFor({ state: 'detached' });

    // 登记回访: forgotten stars are named, then a five-star visit is saved.
    await section.getByRole('button', { name: '登记回访' }).tap();
    await expectVisible(modal.locator('#visit-note'));
    await chooseOption(page, 'visit-party', '申请人 何美兰');
    await modal.locator('#visit-note').fill('医疗费已收到，双方和好，对调解结果满意。');
    await footer.getByRole('button', { name: '登记回访' }).tap();
    await expectVisible(modal.getByText('请评定满意程度（1 到 5 颗星）'));
    await modal.locator('#visit-satisfaction .ant-rate-star-second').nth(4).click();
    await footer.getByRole('button', { name: '登记回访' }).tap();
    await expectVisible(section.getByText('医疗费已收到，双方和好，对调解结果满意。'));
    await modal.waitFor({ state: 'detached' });

    // 申请司法确认 today, well inside the 30 days; the application pack is a PDF.
    await section.getByRole('button', { name: '申请司法确认' }).tap();
    await expectVisible(modal.locator('#confirmation-court'));
    await modal.locator('#confirmation-court').fill('诸暨市人民法院');
    await footer.getByRole('button', { name: '申请司法确认' }).tap();
    await expectVisible(section.getByText('已申请'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const pack = await section.getByRole('link', { name: /下载申请材料/ }).getAttribute('href');
    const pdf = await page.request.get(`${baseUrl()}${pack}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // What the API now holds.
    const detail = await mediator.call<{
      status: string;
      followUp: {
        performances: { termIndex: number; amount: string | null; proof: string | null }[];
        returnVisits: { partyName: string; satisfaction: number }[];
        judicialConfirmations: { court: string; status: string }[];
      };
    }>('GET', `/api/cases/${settled.id}`);
    expect(detail.followUp.performances).toEqual([
      expect.objectContaining({ termIndex: 0, amount: '3000.00', proof: '何美兰出具收条一张，已存档' }),
    ]);
    expect(detail.followUp.returnVisits).toEqual([
      expect.objectContaining({ partyName: '何美兰', satisfaction: 5 }),
    ]);
    expect(detail.followUp.judicialConfirmations).toEqual([
      expect.objectContaining({ court: '诸暨市人民法院', status: 'applied' }),
    ]);
    await page.close();
  }, 120_000);
});
