import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiAs } from './support/api.js';
import {
  baseUrl,
  chooseOption,
  deliverRightsNotice,
  DESKTOP,
  expectVisible,
  launchBrowser,
  signIn,
  TABLET,
} from './support/browser.js';

interface CaseDetail {
  id: string;
  version: number;
  caseNumber: string;
  status: string;
  parties: { id: string; name: string; role: string; kind: string }[];
}

const signature = `data:image/png;base64,${readFileSync('test/api/fixtures/signature.png').toString('base64')}`;

/** The day `days` from now on the calendar in China, as the date picker takes it. */
const chinaDate = (days: number) =>
  new Date(Date.now() + days * 86400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/**
 * Story 5 of docs/mission.md, "A court referral": the basic court dispatches (委派) a property-fee
 * dispute before filing, with a 30-day limit. The judicial office sends it to 老杨调解中心, whose
 * director accepts it into a case; the mediator reaches an agreement (driven through the API here,
 * the chicken-and-dog story shows those screens); the court sees the outcome and downloads the
 * result letter (回函) that names its own reference number.
 */
describe('a court referral (court.li, sfs.wang, director.yang, mediator.yang)', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'tiaojie-e2e-'));
  });
  afterAll(async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // The suite shares one server: a number nobody else uses keeps this referral apart.
  const externalRef = `(2026)浙0681民诉前调${1000 + Math.floor(Math.random() * 9000)}号`;
  const owner = `周海${Date.now().toString(36).slice(-2)}`;
  const dueDate = chinaDate(30);

  async function as(username: string, viewport = DESKTOP): Promise<Page> {
    const page = await browser.newPage({ viewport, hasTouch: viewport === TABLET });
    await signIn(page, username);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  /** 杨建国 presides, drafts, collects the signatures; the director seals; it takes effect. */
  async function agreementThroughApi(caseId: string): Promise<void> {
    const mediator = await apiAs('mediator.yang');
    const director = await apiAs('director.yang');
    const roster = await mediator.call<{ items: { id: string; name: string }[] }>('GET', '/api/mediators');
    const yang = roster.items.find((m) => m.name === '杨建国')!;
    // A mediator sees only the cases assigned to him: the director assigns.
    let detail = await director.call<CaseDetail>('GET', `/api/cases/${caseId}`);
    await director.call('POST', `/api/cases/${caseId}/assign`, {
      version: detail.version,
      presidingMediatorId: yang.id,
      mediatorIds: [],
      chosenBy: 'committee',
    });
    detail = await mediator.call<CaseDetail>('GET', `/api/cases/${caseId}`);
    const applicant = detail.parties.find((p) => p.role === 'applicant')!;
    const respondent = detail.parties.find((p) => p.role === 'respondent')!;
    const agreement = await mediator.call<{ id: string }>(
      'POST',
      `/api/cases/${caseId}/agreements`,
      {
        form: 'written',
        facts: '业主以电梯长期故障为由拒交两年物业费共计4800元。',
        responsibility: '物业公司对电梯维修不及时负有责任，业主拖欠物业费亦有不当。',
        performance: '业主于协议签订之日起十日内银行转账支付。',
        terms: [
          {
            obligorPartyId: respondent.id,
            obligeePartyId: applicant.id,
            kind: 'pay',
            amount: '4000.00',
            dueDate: chinaDate(10),
            method: '银行转账',
            text: `${owner}支付枫桥物业管理有限公司物业费4000元`,
          },
        ],
      },
      { 'Idempotency-Key': randomUUID() },
    );
    const sign = (who: typeof mediator, signer: object, kind: string, image?: string) =>
      who.call('POST', `/api/agreements/${agreement.id}/signatures`, { signer, kind, image });
    // A company party seals (Art 29; the property company here), a person signs.
    for (const party of [applicant, respondent])
      await sign(
        mediator,
        { partyId: party.id },
        party.kind === 'organisation' ? 'seal' : 'signature',
        signature,
      );
    await sign(mediator, { mediatorId: yang.id }, 'signature', signature);
    await sign(director, { seal: true }, 'seal');
    await mediator.call('POST', `/api/agreements/${agreement.id}/finalise`, {});
  }

  it('is filed by the court, dispatched by the office, accepted by the centre and answered with a letter', async () => {
    // 法院联络员 李敏 files the dispatch (委派) with the court's number and a 30-day limit.
    const court = await as('court.li');
    await court.locator('nav').getByRole('link', { name: '委派移交' }).click();
    await court.waitForURL(/\/referrals$/);
    await court.getByRole('link', { name: '新建委派移交' }).click();
    await court.waitForURL(/\/referrals\/new$/);
    await expectVisible(court.locator('nz-select:has(#source)').getByText('法院委派（诉前）'));
    await court.locator('#externalRef').fill(externalRef);
    await court.locator('nz-select:has(#disputeType)').click();
    await court.keyboard.type('物业');
    await court
      .locator('nz-option-item')
      .filter({ hasText: /^\s*物业\s*$/ })
      .click();
    await court.locator('#dueDate').click();
    await court.locator('#dueDate').fill(dueDate);
    await court.locator('#dueDate').press('Tab');
    await court.locator('#title').fill('物业服务合同纠纷');
    await court
      .locator('#summary')
      .fill(`枫桥物业管理有限公司诉${owner}拖欠物业费两年共计4800元，${owner}称电梯长期故障拒缴。`);
    await court.locator('#contact').fill('李敏 0575-87000000');
    await court.locator('nz-segmented#party-0-kind').getByText('单位').click();
    await court.locator('#party-0-name').fill('枫桥物业管理有限公司');
    await court.locator('#party-0-legalRepresentative').fill('陈志远');
    await court.locator('#party-0-address').fill('诸暨市枫桥镇枫溪路 8 号');
    // The agreement will need each party's particulars; the court has them from the complaint.
    await court.locator('#party-1-name').fill(owner);
    await chooseOption(court, 'party-1-sex', '男');
    await court.locator('#party-1-birthDate').click();
    await court.locator('#party-1-birthDate').fill('1972-04-18');
    await court.locator('#party-1-birthDate').press('Tab');
    await court.locator('#party-1-phone').fill('13800000031');
    await court.locator('#party-1-address').fill('诸暨市枫桥镇枫溪小区 3 幢 402 室');
    await court.getByRole('button', { name: '提交委派' }).click();
    await court.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    const referralUrl = court.url();
    await expectVisible(court.getByRole('heading', { name: externalRef }));
    await expectVisible(court.locator('.page-header').getByText('待分拨'));
    await expectVisible(court.getByText(dueDate));

    // Filing the same number again is refused as a duplicate.
    await court.goto(`${baseUrl()}/referrals/new`);
    await court.locator('#externalRef').fill(externalRef);
    await court.locator('nz-select:has(#disputeType)').click();
    await court.keyboard.type('物业');
    await court
      .locator('nz-option-item')
      .filter({ hasText: /^\s*物业\s*$/ })
      .click();
    await court.locator('#summary').fill('重复提交');
    await court.locator('#contact').fill('李敏 0575-87000000');
    await court.locator('#party-0-name').fill('枫桥物业管理有限公司');
    await court.locator('#party-1-name').fill(owner);
    await court.getByRole('button', { name: '提交委派' }).click();
    await expectVisible(court.getByRole('alert').getByText(/已登记/));
    expect(court.url()).toMatch(/\/referrals\/new$/);

    // 司法所 王海燕 finds it in the inbox and sends it to 老杨调解中心.
    const office = await as('sfs.wang');
    await office.locator('nav').getByRole('link', { name: '委派移交' }).click();
    await office.waitForURL(/\/referrals$/);
    await expectVisible(office.getByRole('heading', { name: '委派移交收件箱' }));
    const inboxRow = office.locator('tr.referrals__row', { hasText: externalRef });
    await expectVisible(inboxRow.getByText('未分拨'));
    await inboxRow.getByRole('button', { name: '分拨' }).click();
    const dialog = office.locator('.ant-modal');
    await expectVisible(dialog.getByText(`来文字号：${externalRef}`));
    await chooseOption(office, 'dispatch-target', '老杨调解中心');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '分拨' }).click();
    await expectVisible(inboxRow.getByText('老杨调解中心'));
    await expectVisible(inboxRow.getByText('已分拨'));
    await office.close();

    // 调委会主任 杨光照 takes it in; the linked case opens, accepted, from the court.
    const director = await as('director.yang', TABLET);
    await director.locator('nav').getByRole('link', { name: '委派移交' }).tap();
    await director.waitForURL(/\/referrals$/);
    const incoming = director.locator('tr.referrals__row', { hasText: externalRef });
    await incoming.getByRole('button', { name: '受理' }).tap();
    await deliverRightsNotice(director);
    await director.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = director.url().split('/').pop()!;
    await expectVisible(director.getByRole('heading', { name: '物业服务合同纠纷' }));
    await expectVisible(director.locator('tj-case-status-tag').getByText('受理'));
    await director.close();

    await agreementThroughApi(caseId);

    // The court sees the outcome and downloads the result letter, which names its own number.
    await court.goto(referralUrl);
    const outcome = court.locator('nz-card.outcome');
    await expectVisible(outcome.getByText('达成协议'));
    await expectVisible(court.locator('.page-header').getByText('已办结'));
    await expectVisible(court.getByText('老杨调解中心').first());
    await expectVisible(outcome.getByRole('link', { name: '下载调解协议' }));
    const link = outcome.getByRole('link', { name: '下载回函' });
    await expectVisible(link);
    const href = await link.getAttribute('href');
    const response = await court.request.get(new URL(href!, baseUrl()).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, await response.body());
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(externalRef);
    expect(text).toContain('诸暨市人民法院');
    expect(text).toContain(`${owner}支付枫桥物业管理有限公司物业费4000元`);

    // The list shows the same: the case's progress and the outcome.
    await court.goto(`${baseUrl()}/referrals`);
    const row = court.locator('tr.referrals__row', { hasText: externalRef });
    await expectVisible(row.getByText('办理结果：达成协议'));
    await court.close();
  }, 240_000);

  it('fits the inbox and the oversight dashboard on a tablet in portrait (768 px)', async () => {
    const page = await as('sfs.wang', { width: 768, height: 1024 });
    await page.goto(`${baseUrl()}/oversight`);
    await expectVisible(page.getByRole('heading', { name: '督导看板' }));
    await expectVisible(page.getByRole('button', { name: /^已超期：\d+ 件$/ }));
    let overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.goto(`${baseUrl()}/referrals`);
    await expectVisible(page.getByRole('heading', { name: '委派移交收件箱' }));
    overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
