import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  baseUrl,
  chooseOption,
  deliverRightsNotice,
  drawOnCanvas,
  expectVisible,
  launchBrowser,
  signIn,
  TABLET,
} from './support/browser.js';
import { assignAsDirector } from './support/director.js';

/**
 * Story 1 of docs/mission.md, "Neighbours, a chicken and a dog": a hen ate the dog's food and was
 * bitten to death; its owner beat the dog and the dog's owner injured her. After back-to-back talks
 * and a face-to-face session with the village secretary, the dog's owner pays 3,000 yuan at once
 * and apologises. Written agreement, fingerprint and signatures on the tablet, the director's
 * committee seal, three copies, a signed PDF that verifies.
 */
describe('neighbours, a chicken and a dog (mediator.yang, director.yang)', () => {
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

  // The suite shares one server: a given name nobody else uses keeps this case apart.
  const GIVEN = [
    '翊',
    '珩',
    '骞',
    '霁',
    '璟',
    '翎',
    '澈',
    '朔',
    '琰',
    '岑',
    '砚',
    '棠',
    '煦',
    '曦',
    '湛',
    '筠',
  ];
  const pick = () => GIVEN[Math.floor(Math.random() * GIVEN.length)]!;
  const applicant = `何美${pick()}`;
  const respondent = `陈国${pick()}`;
  const title = `鸡狗相争致伤纠纷(${Date.now().toString(36)})`;
  const payText = `${respondent}一次性赔偿${applicant}医疗费人民币3000元`;
  const apologyText = `${respondent}当面向${applicant}赔礼道歉`;
  // Today in China (the API's calendar): the payment is due at once.
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  async function record(page: Page, fill: () => Promise<void>): Promise<void> {
    await page.getByRole('link', { name: '记录调解' }).click();
    await page.waitForURL(/\/sessions\/new$/);
    await expectVisible(page.locator('#summary'));
    await fill();
    await page.getByRole('button', { name: '保存调解记录' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  }

  async function fillParty(
    page: Page,
    i: number,
    party: { name: string; sex: string; birth: string; phone: string; address: string },
  ): Promise<void> {
    await page.locator(`#party-${i}-name`).fill(party.name);
    await chooseOption(page, `party-${i}-sex`, party.sex);
    await page.locator(`#party-${i}-ethnicity`).fill('汉族');
    // Typed into the date picker, then Tab (Enter would submit the form).
    await page.locator(`#party-${i}-birthDate`).click();
    await page.locator(`#party-${i}-birthDate`).fill(party.birth);
    await page.locator(`#party-${i}-birthDate`).press('Tab');
    await page.locator(`#party-${i}-phone`).fill(party.phone);
    await page.locator(`#party-${i}-occupation`).fill('农民');
    await page.locator(`#party-${i}-address`).fill(party.address);
  }

  /** Opens a signer's pad, picks 签名 or 按指印, draws with the mouse and submits. */
  async function sign(page: Page, signer: string, kind: '签名' | '按指印'): Promise<void> {
    await page.getByRole('button', { name: `签署 ${signer}` }).click();
    const card = page.locator('.pad-card');
    await expectVisible(card.locator('tj-signature-pad canvas'));
    if (kind === '按指印') await card.locator('nz-segmented').getByText('按指印').click();
    await drawOnCanvas(page, card.locator('tj-signature-pad canvas'));
    await card.getByRole('button', { name: '确认签署' }).click();
    const row = page.locator('.signer', { hasText: signer });
    await expectVisible(row.getByText(`已${kind}`));
  }

  it('registers, mediates, drafts, signs on the tablet, seals, finalises and verifies the agreement', async () => {
    const page = await browser.newPage({ viewport: TABLET, hasTouch: true });
    await signIn(page, 'mediator.yang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // 登记: the hen's owner (injured) applies against the dog's owner, with the details the agreement needs.
    await page.locator('nav').getByRole('link', { name: '登记纠纷' }).click();
    await page.waitForURL(/\/cases\/new$/);
    await expectVisible(page.locator('nz-select:has(#organisationId)').getByText('老杨调解中心'));
    await chooseOption(page, 'disputeType', '邻里');
    await page.locator('#disputeSubtype').fill('宠物');
    await page.locator('#title').fill(title);
    await page
      .locator('#facts')
      .fill(
        `${applicant}家的母鸡吃了${respondent}家狗的食物,被狗咬死;${applicant}打了狗,${respondent}随后将${applicant}打伤。`,
      );
    await page.locator('#requests').fill('请求赔偿医疗费等共计12000元。');
    await page.locator('#amountInDispute').fill('12000');
    await page.locator('#location').fill('枫桥镇枫源村');
    await fillParty(page, 0, {
      name: applicant,
      sex: '女',
      birth: '1968-05-12',
      phone: '13800000011',
      address: '枫桥镇枫源村3组12号',
    });
    await fillParty(page, 1, {
      name: respondent,
      sex: '男',
      birth: '1975-09-03',
      phone: '13800000012',
      address: '枫桥镇枫源村3组14号',
    });
    await page.getByRole('button', { name: '提交登记' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    await expectVisible(page.getByRole('heading', { name: title }));

    // 受理; the director then names him presiding mediator (a mediator is offered no 指派).
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await deliverRightsNotice(page, '口头告知');
    await expectVisible(page.locator('tj-case-status-tag').getByText('受理'));
    expect(await page.getByRole('button', { name: '指派调解员' }).count()).toBe(0);
    await assignAsDirector(browser, caseUrl, '杨建国', TABLET);
    await page.reload();
    await expectVisible(page.locator('tj-case-status-tag').getByText('调解中'));

    // 背靠背 with each party, then 面对面 with the village secretary invited with their consent.
    await record(page, async () => {
      await chooseOption(page, 'session-party', `申请人 ${applicant}`);
      await page.locator('#place').fill('老杨调解中心调解室');
      await page.locator('#summary').fill('与申请人单独谈话:医疗费共12000元,其中约3000元系被打所致。');
      await page.locator('#privateNotes').fill('申请人表示对方赔礼道歉、赔3000元即可。');
    });
    await record(page, async () => {
      await chooseOption(page, 'session-party', `被申请人 ${respondent}`);
      await page.locator('#place').fill('老杨调解中心调解室');
      await page.locator('#summary').fill('与被申请人单独谈话:承认动手,愿意赔偿被打部分的医疗费。');
    });
    await record(page, async () => {
      await page.locator('nz-segmented').getByText('面对面').click();
      await page.locator('#place').fill('枫源村村委会');
      await page.getByRole('button', { name: '添加参加人' }).click();
      await page.locator('#participant-0-name').fill('何志明');
      await page.locator('#participant-0-relation').fill('申请人堂兄,枫源村党支部书记');
      await page.getByLabel('当事人同意邀请').check();
      await page
        .locator('#summary')
        .fill('双方面对面协商,村支书参与劝解,达成一次性赔偿3000元并赔礼道歉的意见。');
    });
    expect(page.url()).toBe(caseUrl);

    // 起草调解协议: exact wording, the amount with its capitals, the checklist goes green.
    await page.getByRole('link', { name: '起草调解协议' }).click();
    await page.waitForURL(/\/agreements\/new$/);
    await expectVisible(page.locator('#term-0-text'));
    await page
      .locator('#responsibility')
      .fill(`${respondent}动手打人,应承担${applicant}被打所致医疗费;${applicant}打狗亦有不当。`);
    await page.locator('#term-0-amount').fill('3000.00');
    await expectVisible(page.getByTestId('term-0-capitals').getByText('叁仟元整'));
    await page.locator('#term-0-dueDate').fill(today);
    await page.locator('#term-0-method').fill('现金一次性当场支付');
    await page.locator('#term-0-place').fill('老杨调解中心');
    await page.locator('#term-0-text').fill(payText);
    await page.getByRole('button', { name: '添加条款' }).click();
    await chooseOption(page, 'term-1-kind', '赔礼道歉');
    await page.locator('#term-1-text').fill(apologyText);
    await page.locator('#performance').fill('签订协议当日在老杨调解中心以现金一次性付清,并当面赔礼道歉。');
    expect(await page.locator('#copies').inputValue()).toBe('3');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await expectVisible(page.locator('tj-checklist-panel .checklist__title'));
    await page.waitForFunction(
      () => !document.querySelector('tj-checklist-panel')?.textContent?.includes('保存草稿后'),
    );
    // The whole panel in the message if something is missing.
    expect(await page.locator('tj-checklist-panel').textContent()).toContain('内容齐全,可以开始签署');
    // The parties' words come back exactly as typed.
    expect(await page.locator('#term-0-text').inputValue()).toBe(payText);

    // 签署 on the tablet: a fingerprint, a signature, the mediator's signature.
    await page.getByRole('link', { name: '去签署' }).click();
    await page.waitForURL(/\/sign$/);
    const signUrl = page.url();
    await sign(page, `申请人 ${applicant}`, '按指印');
    await sign(page, `被申请人 ${respondent}`, '签名');
    await sign(page, '调解员 杨建国', '签名');
    await expectVisible(page.getByText('委员会印章由调委会主任加盖'));
    expect(await page.getByRole('button', { name: /(^|\s)确认生效$/ }).isDisabled()).toBe(true);
    await page.close();

    // The director (not on the case team) applies the committee seal and makes it effective.
    const director = await browser.newPage({ viewport: TABLET, hasTouch: true });
    await signIn(director, 'director.yang');
    await director.waitForURL((url) => !url.pathname.startsWith('/login'));
    await director.goto(signUrl);
    await director.getByRole('button', { name: '加盖委员会印章' }).click();
    await expectVisible(director.locator('.signer', { hasText: '人民调解委员会' }).getByText('已盖章'));
    await director.getByRole('button', { name: /(^|\s)确认生效$/ }).click();
    await expectVisible(director.getByText('已生效', { exact: true }).first());
    await expectVisible(director.getByRole('link', { name: '下载协议书 PDF' }));
    const code = (await director.locator('.verify__code').textContent())!.trim();
    expect(code).toMatch(/^[A-Za-z0-9_-]{8,40}$/);

    // The signed PDF: names, the amount in figures and capitals, the apology, three copies, a valid signature.
    const href = await director.getByRole('link', { name: '下载协议书 PDF' }).getAttribute('href');
    const response = await director.request.get(new URL(href!, baseUrl()).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const file = join(dir, 'agreement.pdf');
    writeFileSync(file, await response.body());
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of [applicant, respondent, '3000.00', '叁仟元整', apologyText, '本协议一式3份']) {
      expect(text).toContain(expected);
    }
    const sig = execFileSync('pdfsig', [file], { encoding: 'utf8' });
    expect(sig).toContain('Signature is Valid.');
    await director.close();

    // Anyone with the QR code (no login) sees it is genuine; uploading the PDF says the same.
    const visitor = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
    await visitor.goto(`${baseUrl()}/verify/${code}`);
    const byCode = visitor.locator('section', { hasText: '二维码核验结果' });
    await expectVisible(byCode.getByText('真实有效'));
    await expectVisible(byCode.getByText('老杨调解中心'));
    expect(await byCode.textContent()).not.toContain(applicant);
    await visitor.locator('#verify-file').setInputFiles(file);
    const byFile = visitor.locator('section', { hasText: '上传 PDF 核验' });
    await expectVisible(byFile.getByText('真实有效'));
    await visitor.close();
  }, 300_000);
});
