import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { chinaDay } from '../../libs/contracts/src/china-day.js';
import { apiAs } from './support/api.js';
import {
  baseUrl,
  chooseOption,
  DESKTOP,
  expectVisible,
  launchBrowser,
  signIn,
  TABLET,
} from './support/browser.js';
import { assignAsDirector } from './support/director.js';
import { sql } from './support/database.js';

interface CaseRef {
  id: string;
  version: number;
  title: string;
}

/**
 * Issue 19, "Done when": a centre takes on a new mediator and corrects a time limit in the product,
 * not in SQL. 孙立新 (security_admin) creates the account; the administrator puts it on the roster
 * of 老杨调解中心; the new mediator signs in, must change the temporary password, and is assigned a
 * case by the director; the director sets his committee's limit for court-dispatched cases to 20 days
 * and the next such case is due 20 days after its receipt.
 */
describe('administration in the product (security.admin, admin, a new mediator, director.yang)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  const suffix = Date.now().toString(36);
  const username = `mediator.qian${suffix}`;
  const name = '钱国强';

  async function signedIn(who: string, viewport = DESKTOP): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await signIn(page, who);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  async function registerCase(title: string, source: string): Promise<CaseRef> {
    const mediator = await apiAs('mediator.yang');
    const registered = await mediator.call<CaseRef>(
      'POST',
      '/api/cases',
      {
        organisationId: mediator.user.organisationId,
        source,
        disputeType: 'neighbour',
        title,
        facts: '两户因院墙排水沟堵塞互相指责,雨天积水漫入东邻院内。',
        requests: '请求西邻疏通排水沟并恢复原状。',
        parties: [
          { role: 'applicant', kind: 'person', name: '金德华' },
          { role: 'respondent', kind: 'person', name: '金德明' },
        ],
      },
      { 'Idempotency-Key': randomUUID() },
    );
    await mediator.call('POST', `/api/cases/${registered.id}/accept`, {
      version: registered.version,
      rightsNotice: { method: 'written' },
    });
    return registered;
  }

  it('creates an account, puts it on the roster, and the new mediator changes the password and gets a case', async () => {
    // 1. The security administrator creates the account and reads the temporary password once.
    const security = await signedIn('security.admin');
    await security.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await security.goto(`${baseUrl()}/admin`);
    await security
      .getByRole('link', { name: /用户与角色/ })
      .first()
      .click();
    await security.getByRole('button', { name: '新建用户' }).click();
    const userDialog = security.locator('.ant-modal', { hasText: '新建用户' });
    await userDialog.getByLabel('用户名').fill(username);
    await userDialog.getByLabel('姓名').fill(name);
    await chooseOption(security, 'user-role', '调解员');
    await chooseOption(security, 'user-organisation', '老杨调解中心');
    await userDialog.getByRole('button', { name: '创建' }).click();
    const secret = security.locator('.secret__value');
    await expectVisible(secret);
    const temporaryPassword = (await secret.textContent())!.trim();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    await security.getByRole('button', { name: '我已记下' }).click();
    await expectVisible(security.getByRole('cell', { name: username }));
    // The administrator does not read the accounts (三员分立): the security administrator hands the ID over.
    await security.getByRole('button', { name: `复制账号 ID ${name}` }).click();
    const accountId = await security.evaluate(() => navigator.clipboard.readText());
    const [account] = await sql<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
    expect(accountId).toBe(account!.id);
    await security.close();

    // 2. The administrator puts the account on 老杨调解中心's roster.
    const admin = await signedIn('admin');
    await admin.goto(`${baseUrl()}/admin/mediators`);
    await admin.getByRole('button', { name: '新增调解员' }).click();
    const rosterDialog = admin.locator('.ant-modal', { hasText: '新增调解员' });
    await rosterDialog.getByLabel('姓名').fill(name);
    await chooseOption(admin, 'mediator-organisations', '老杨调解中心');
    await rosterDialog.getByLabel('登录账号 ID').fill(accountId);
    for (const [id, day] of [
      ['mediator-term-start', '2026-01-01'],
      ['mediator-term-end', '2028-12-31'],
    ] as const) {
      await rosterDialog.locator(`#${id}`).fill(day);
      await rosterDialog.locator(`#${id}`).press('Enter');
    }
    await rosterDialog.getByRole('button', { name: '保存' }).click();
    await expectVisible(admin.getByRole('row', { name: new RegExp(name) }));
    await admin.close();

    // 3. The new mediator signs in with the temporary password and must change it first.
    const newcomer = await browser.newPage({ viewport: TABLET });
    await signIn(newcomer, username, temporaryPassword);
    await newcomer.waitForURL((url) => url.pathname.startsWith('/password'));
    const chosen = `Fengqiao${suffix}2026`;
    await newcomer.locator('#current').fill(temporaryPassword);
    await newcomer.locator('#next').fill(chosen);
    await newcomer.locator('#confirm').fill(chosen);
    await newcomer.getByRole('button', { name: '确认修改' }).click();
    await newcomer.waitForURL((url) => !url.pathname.startsWith('/password'));

    // 4. The director assigns him a case; it is on his list.
    const title = `排水沟纠纷(${suffix})`;
    const registered = await registerCase(title, 'walk_in');
    await assignAsDirector(browser, `${baseUrl()}/cases/${registered.id}`, name);
    await newcomer.goto(`${baseUrl()}/cases`);
    await expectVisible(newcomer.getByText(title));
    await newcomer.close();
  });

  it('lets the director set the court-dispatch time limit, and the next such case is due by it', async () => {
    const director = await signedIn('director.yang');
    try {
      await director.goto(`${baseUrl()}/admin/deadline-rules`);
      await director.getByRole('button', { name: '修改 调解期限 法院委派' }).click();
      const dialog = director.locator('.ant-modal', { hasText: '计算方式' });
      await dialog.locator('#rule-days').fill('20');
      await dialog.getByRole('button', { name: '保存' }).click();
      const row = director.locator('tr', {
        has: director.getByRole('button', { name: '修改 调解期限 法院委派' }),
      });
      await expectVisible(row.getByText('本委员会'));

      const registered = await registerCase(`法院委派排水沟纠纷(${suffix})`, 'court_dispatch');
      const [clock] = await sql<{ due: string; created_at: Date }>(
        `SELECT to_char(k.due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS due, c.created_at
           FROM clocks k JOIN cases c ON c.id = k.case_id WHERE k.case_id = $1 AND k.kind = 'mediation'`,
        [registered.id],
      );
      const from = chinaDay(clock!.created_at);
      const expected = new Date(Date.parse(`${from}T00:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
      expect(clock!.due).toBe(expected);

      await director.getByRole('button', { name: '恢复默认 调解期限 法院委派' }).click();
      await director.locator('.ant-modal-confirm-btns').getByRole('button', { name: '恢复默认' }).click();
      await row.getByText('本委员会').waitFor({ state: 'detached' });
      const [own] = await sql<{ n: string }>(
        `SELECT count(*) AS n FROM deadline_rules WHERE organisation_id IS NOT NULL AND source = 'court_dispatch'`,
      );
      expect(Number(own!.n)).toBe(0);
    } finally {
      // The other stories on this server keep the system's 30 days whatever happened above.
      await sql(
        `DELETE FROM deadline_rules WHERE organisation_id IS NOT NULL AND kind = 'mediation' AND source = 'court_dispatch'`,
      );
      await director.close();
    }
  });
});
