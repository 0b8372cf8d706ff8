import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { apiAs } from './support/api.js';
import { DESKTOP, expectVisible, launchBrowser, signIn } from './support/browser.js';
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
    await mediator.call('POST', `/api/cases/${registered.id}/accept`, { version: registered.version });

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
});
