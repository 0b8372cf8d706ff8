import type { Browser, Page } from 'playwright-core';
import { apiAs } from './support/api.js';
import {
  chooseOption,
  deliverRightsNotice,
  DESKTOP,
  expectVisible,
  launchBrowser,
  signIn,
  TABLET,
} from './support/browser.js';
import { assignAsDirector } from './support/director.js';
import { chooseOpenOption } from './support/options.js';

interface ReferralDetail {
  status: string;
  source: string;
  caseId: string | null;
  receivedAt: string;
  feedbackDueAt: string | null;
  firstFeedbackAt: string | null;
  events: { kind: string; summary: string }[];
}

/**
 * Story 6 of docs/mission.md, "A police hand-over": a man reports that his ex-wife took his laptop;
 * the officer sees a custody quarrel, not a theft. 枫桥派出所's liaison 胡强 hands it to the centre
 * (公安移交, with the 24-hour feedback clock); 司法所 王海燕 sends it to 老杨调解中心; the director
 * takes it in as a case and names 杨建国, who reports back to the police; the liaison sees that
 * report on the referral, in time, and in his bell.
 */
describe('a police hand-over (police.hu, sfs.wang, director.yang, mediator.yang)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  // The suite shares one server: an incident number nobody else uses keeps this referral apart.
  const externalRef = `枫公(2026)警调${1000 + Math.floor(Math.random() * 9000)}号`;
  const suffix = Date.now().toString(36).slice(-2);
  const man = `刘志${suffix}`;
  const exWife = `张晓${suffix}`;
  const title = `离婚后笔记本电脑归属纠纷(${suffix})`;
  const feedback = `已受理并指派杨建国调解员,已电话联系${man}、${exWife},定于明日上午在老杨调解中心调解电脑返还及子女探视事宜。`;

  async function as(username: string, viewport = DESKTOP): Promise<Page> {
    const page = await browser.newPage({ viewport, hasTouch: viewport === TABLET });
    await signIn(page, username);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  it('is handed over by the police, accepted by the centre and answered within 24 hours', async () => {
    // 民警联络员 胡强 files the hand-over: not a theft but a quarrel over the children after a divorce.
    const police = await as('police.hu');
    await police.locator('nav').getByRole('link', { name: '委派移交' }).click();
    await police.waitForURL(/\/referrals$/);
    await police.getByRole('link', { name: '新建委派移交' }).click();
    await police.waitForURL(/\/referrals\/new$/);
    // The police may file through one channel only, and it is already chosen.
    await expectVisible(police.locator('nz-select:has(#source)').getByText('公安移交'));
    await police.locator('#externalRef').fill(externalRef);
    await police.locator('nz-select:has(#disputeType)').click();
    await police.keyboard.type('婚姻');
    await police
      .locator('nz-option-item')
      .filter({ hasText: /^\s*婚姻家庭\s*$/ })
      .click();
    await police.locator('#title').fill(title);
    await police
      .locator('#summary')
      .fill(
        `${man}报警称前妻${exWife}拿走其笔记本电脑。经民警到场了解,双方离婚后因子女探视发生争吵,` +
          `${exWife}将电脑拿走作为"押金",不构成盗窃,属民事纠纷,经双方同意移交人民调解。`,
      );
    await police.locator('#contact').fill('胡强 0575-87001110');
    await police.locator('#party-0-name').fill(man);
    await chooseOpenOption(police, 'party-0-sex', '男');
    await police.locator('#party-0-phone').fill('13800000061');
    await police.locator('#party-0-address').fill('诸暨市枫桥镇新枫路 21 号');
    await police.locator('#party-1-name').fill(exWife);
    await chooseOpenOption(police, 'party-1-sex', '女');
    await police.locator('#party-1-phone').fill('13800000062');
    await police.locator('#party-1-address').fill('诸暨市枫桥镇和平路 5 号');
    await police.getByRole('button', { name: '提交委派' }).click();
    await police.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    const referralUrl = police.url();
    const referralId = referralUrl.split('/').pop()!;
    await expectVisible(police.getByRole('heading', { name: externalRef }));
    await expectVisible(police.locator('.page-header').getByText('待分拨'));
    // The police hand-over starts the 24-hour clock for the first feedback.
    await expectVisible(police.getByText('尚未反馈'));
    await expectVisible(police.getByText('首次反馈期限', { exact: false }));

    // 司法所 王海燕 sends it to 老杨调解中心.
    const office = await as('sfs.wang');
    await office.locator('nav').getByRole('link', { name: '委派移交' }).click();
    await office.waitForURL(/\/referrals$/);
    const inboxRow = office.locator('tr.referrals__row', { hasText: externalRef });
    await expectVisible(inboxRow.getByText('公安移交'));
    await inboxRow.getByRole('button', { name: '分拨' }).click();
    const dialog = office.locator('.ant-modal');
    await expectVisible(dialog.getByText(`来文字号：${externalRef}`));
    await chooseOption(office, 'dispatch-target', '老杨调解中心');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '分拨' }).click();
    await expectVisible(inboxRow.getByText('已分拨'));
    await office.close();

    // 调委会主任 杨光照 takes it in on the tablet: a case from the police, accepted.
    const director = await as('director.yang', TABLET);
    await director.locator('nav').getByRole('link', { name: '委派移交' }).tap();
    await director.waitForURL(/\/referrals$/);
    await director
      .locator('tr.referrals__row', { hasText: externalRef })
      .getByRole('button', { name: '受理' })
      .tap();
    await deliverRightsNotice(director);
    await director.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = director.url();
    await expectVisible(director.getByRole('heading', { name: title }));
    await expectVisible(director.locator('tj-case-status-tag').getByText('受理'));
    const overview = director.locator('nz-card', { hasText: '基本信息' });
    await expectVisible(overview.getByText('公安移交'));
    await director.close();
    await assignAsDirector(browser, caseUrl, '杨建国', TABLET);

    // 杨建国, now presiding, reports back to the police from the referral.
    const mediator = await as('mediator.yang');
    await mediator.locator('nav').getByRole('link', { name: '委派移交' }).click();
    await mediator.waitForURL(/\/referrals$/);
    await mediator.locator('tr.referrals__row', { hasText: externalRef }).getByText(externalRef).click();
    await mediator.waitForURL(referralUrl);
    await expectVisible(mediator.locator('.page-header').getByText('已受理'));
    await mediator.getByRole('button', { name: '反馈委派单位' }).click();
    const note = mediator.locator('.ant-modal');
    await expectVisible(note.getByText('枫桥派出所'));
    await note.locator('#dialog-note').fill(feedback);
    await note.locator('.ant-modal-footer').getByRole('button', { name: '发送' }).click();
    await note.waitFor({ state: 'detached' });
    await expectVisible(mediator.getByText(`反馈：${feedback}`));
    await mediator.close();

    // The liaison sees the acceptance, the case number, the time of the first feedback and the report.
    await police.goto(referralUrl);
    await expectVisible(police.locator('.page-header').getByText('已受理'));
    await expectVisible(police.getByText('老杨调解中心').first());
    await expectVisible(police.getByText(`反馈：${feedback}`));
    expect(await police.getByText('尚未反馈').count()).toBe(0);
    await expectVisible(police.getByText('首次反馈时间'));
    // The report also reached his bell.
    await police.getByRole('button', { name: '通知', exact: true }).click();
    await expectVisible(police.getByRole('button', { name: `办理反馈：${externalRef}` }));

    // His list: the case is under way at the centre.
    await police.goto(referralUrl.replace(/\/[0-9a-f-]{36}$/, ''));
    const row = police.locator('tr.referrals__row', { hasText: externalRef });
    await expectVisible(row.getByText('已受理', { exact: true }));
    await expectVisible(row.locator('tj-case-status-tag').getByText('调解中'));
    await police.close();

    // What the API holds: the first feedback came before its 24-hour limit, set at receipt.
    const liaison = await apiAs('police.hu');
    const referral = await liaison.call<ReferralDetail>('GET', `/api/referrals/${referralId}`);
    expect(referral).toMatchObject({ status: 'accepted', source: 'police' });
    expect(referral.caseId).toBe(caseUrl.split('/').pop());
    const received = Date.parse(referral.receivedAt);
    const due = Date.parse(referral.feedbackDueAt!);
    expect(Math.round((due - received) / 3600_000)).toBe(24);
    expect(Date.parse(referral.firstFeedbackAt!)).toBeLessThanOrEqual(due);
    expect(referral.events).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'feedback', summary: `反馈：${feedback}` })]),
    );
  }, 240_000);
});
