import type { Browser, Page } from 'playwright-core';
import { apiAs } from './support/api.js';
import {
  chooseOption,
  deliverRightsNotice,
  DESKTOP,
  expectVisible,
  launchBrowser,
  signIn,
} from './support/browser.js';
import { assignAsDirector } from './support/director.js';

/** What replaces a sensitive case's texts outside its team (api/src/modules/cases/case-sensitivity.ts). */
const MARKER = '〔敏感案件,内容仅限办案人员查阅〕';

/**
 * Story 3 of docs/mission.md, "A family and an inheritance": after four lawsuits between a mother and
 * her children, the mediators settle it over several sessions with a psychological counsellor taking
 * part. 杨建国 registers the family dispute (sensitive by default), holds back-to-back talks with the
 * mother and the son and a face-to-face session with the counsellor; the family facts and the session
 * summaries stay inside the case team: the 司法所 officer and the centre's director (not on the case)
 * see only the sensitive marker, another mediator of the centre cannot open the case at all. The demo
 * data has no street centre: 老杨调解中心 stands in for it.
 */
describe('a family and an inheritance (mediator.yang, director.yang, sfs.wang, mediator.zhao)', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());

  const suffix = Date.now().toString(36).slice(-3);
  const mother = `王桂${suffix}`;
  const son = `李建${suffix}`;
  const daughter = `李慧${suffix}`;
  const title = `母子遗产继承纠纷(${suffix})`;
  // The family's private matters: none of them may reach anyone outside the case team.
  const facts = `${mother}之夫去世后留下枫桥镇老街房屋一套。长子${son}早年赌博欠债,曾私自变卖母亲首饰;四年间母子之间先后打了四场官司,${mother}已多年未与子女见面。`;
  const requests = '请求依法分割遗产房屋,并由子女按月支付赡养费。';
  const motherTalk = `${mother}单独谈话时哭诉丈夫去世后长期失眠、曾有轻生念头,最在意的是子女不来看她。`;
  const sonTalk = `${son}单独谈话时承认当年变卖首饰是为还赌债,愿意当面向母亲认错。`;
  const jointTalk =
    '心理咨询师先做情绪疏导,母子三人当面沟通,同意房屋由母亲居住至百年后再分割,子女每月各付赡养费。';
  const secrets = ['赌博欠债', '变卖母亲首饰', '轻生念头', '还赌债', '情绪疏导', '赡养费'];

  async function as(username: string, viewport = DESKTOP): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await signIn(page, username);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  async function record(page: Page, fill: () => Promise<void>): Promise<void> {
    await page.getByRole('link', { name: '记录调解' }).click();
    await page.waitForURL(/\/sessions\/new$/);
    await expectVisible(page.locator('#summary'));
    await fill();
    await page.getByRole('button', { name: '保存调解记录' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  }

  /** The page of someone outside the case team: the case opens, its texts read only the marker. */
  async function expectWithheld(page: Page, caseUrl: string): Promise<void> {
    await page.goto(caseUrl);
    await expectVisible(page.getByRole('heading', { name: title }));
    const overview = page.locator('nz-card', { hasText: '基本信息' });
    await expectVisible(overview.locator('p.prose').first());
    expect(await overview.locator('p.prose').allTextContents()).toEqual([MARKER, MARKER]);
    const sessions = page.locator('tj-session-card');
    await expectVisible(sessions.first());
    expect(await sessions.count()).toBe(3);
    for (const summary of await page.locator('.session__summary').allTextContents()) {
      expect(summary.trim()).toBe(MARKER);
    }
    const body = (await page.locator('body').textContent())!;
    for (const secret of secrets) expect(body).not.toContain(secret);
    // Nothing to print either: the forms would carry the texts.
    expect(await page.getByRole('button', { name: '打印文书' }).count()).toBe(0);
  }

  it('keeps the family facts and the session summaries inside the case team', async () => {
    const page = await as('mediator.yang');

    // 登记: the mother against her son and daughter, a family dispute.
    await page.locator('nav').getByRole('link', { name: '登记纠纷' }).click();
    await page.waitForURL(/\/cases\/new$/);
    await expectVisible(page.locator('nz-select:has(#organisationId)').getByText('老杨调解中心'));
    await chooseOption(page, 'disputeType', '婚姻家庭');
    await page.locator('#disputeSubtype').fill('继承');
    await page.locator('#title').fill(title);
    await page.locator('#facts').fill(facts);
    await page.locator('#requests').fill(requests);
    await page.locator('#location').fill('枫桥镇老街');
    await page.locator('#party-0-name').fill(mother);
    await page.locator('#party-0-phone').fill('13800000071');
    await page.locator('#party-0-address').fill('枫桥镇老街 18 号');
    await page.locator('#party-1-name').fill(son);
    await page.locator('#party-1-phone').fill('13800000072');
    await page.getByRole('button', { name: '添加当事人' }).click();
    await page.locator('nz-segmented#party-2-role').getByText('被申请人').click();
    await page.locator('#party-2-name').fill(daughter);
    await page.locator('#party-2-phone').fill('13800000073');
    await page.getByRole('button', { name: '提交登记' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    const caseId = caseUrl.split('/').pop()!;
    await expectVisible(page.getByRole('heading', { name: title }));

    // 受理; the director names him presiding mediator.
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await deliverRightsNotice(page);
    await expectVisible(page.locator('tj-case-status-tag').getByText('受理'));
    await assignAsDirector(browser, caseUrl, '杨建国');
    await page.reload();
    await expectVisible(page.locator('tj-case-status-tag').getByText('调解中'));

    // Several sessions: the mother alone, the son alone, then all of them with the counsellor.
    await record(page, async () => {
      await chooseOption(page, 'session-party', `申请人 ${mother}`);
      await page.locator('#place').fill('老杨调解中心调解室');
      await page.locator('#summary').fill(motherTalk);
    });
    await record(page, async () => {
      await chooseOption(page, 'session-party', `被申请人 ${son}`);
      await page.locator('#place').fill('老杨调解中心调解室');
      await page.locator('#summary').fill(sonTalk);
    });
    await record(page, async () => {
      await page.locator('nz-segmented').getByText('面对面').click();
      await page.locator('#place').fill('老杨调解中心调解室');
      await page.getByRole('button', { name: '添加参加人' }).click();
      await page.locator('#participant-0-name').fill('林静');
      await page.locator('#participant-0-relation').fill('街道心理咨询师');
      await page.getByLabel('当事人同意邀请').check();
      await page.locator('#summary').fill(jointTalk);
    });

    // The case team reads everything.
    await expectVisible(page.locator('p.prose', { hasText: '变卖母亲首饰' }));
    for (const summary of [motherTalk, sonTalk, jointTalk]) {
      await expectVisible(page.locator('.session__summary', { hasText: summary }));
    }
    await expectVisible(page.locator('.session__participant', { hasText: '林静(街道心理咨询师)' }));
    await page.close();

    // 司法所 王海燕 supervises the centre and sees the case, but not its family facts.
    const office = await as('sfs.wang');
    await expectWithheld(office, caseUrl);
    // The case itself is no secret: its parties are named; who else took part in a session is withheld.
    await expectVisible(office.locator('tj-case-parties').getByText(mother));
    const participant = office.locator('.session__participant');
    await expectVisible(participant);
    expect(await participant.textContent()).toContain(MARKER);
    expect(await participant.textContent()).not.toContain('林静');
    await office.close();

    // The director assigned the case but is not on its team: the same marker.
    const director = await as('director.yang');
    await expectWithheld(director, caseUrl);
    await director.close();

    // Another mediator of the same centre, not on the case, cannot open it.
    const colleague = await as('mediator.zhao');
    await colleague.goto(caseUrl);
    await expectVisible(colleague.getByRole('alert').getByText('案件加载失败'));
    const seen = (await colleague.locator('body').textContent())!;
    for (const secret of secrets) expect(seen).not.toContain(secret);
    await colleague.close();

    // The API behind it: the director reads the texts only through an audited break-glass reason.
    const api = await apiAs('director.yang');
    const plain = await api.call<{ facts: string; sensitiveContentVisible: boolean }>(
      'GET',
      `/api/cases/${caseId}`,
    );
    expect(plain).toMatchObject({ facts: MARKER, sensitiveContentVisible: false });
    const opened = await api.call<{ facts: string; sensitiveContentVisible: boolean }>(
      'GET',
      `/api/cases/${caseId}`,
      undefined,
      { 'x-break-glass-reason': encodeURIComponent('当事人投诉调解员,主任核查调解过程') },
    );
    expect(opened).toMatchObject({ facts, sensitiveContentVisible: true });
  }, 240_000);
});
