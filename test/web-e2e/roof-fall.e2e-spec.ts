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
 * Story 2 of docs/mission.md, "A fall from a roof": a contractor died repairing a company's roof with
 * no written contract. The company will neither 垫付 nor 支付 but agrees to 预付 the funeral costs;
 * the labour relation goes to arbitration or court. The agreement records the exact word, and the
 * rest is terminated with the routes explained: the agreement prints the unresolved matters, and a
 * 终止调解告知书 of those matters is offered once the agreement is effective.
 */
describe('a fall from a roof (mediator.yang, director.yang)', () => {
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

  const suffix = Date.now().toString(36).slice(-3);
  const widow = `周玉${suffix}`;
  const company = `诸暨市枫桥${suffix}五金制品有限公司`;
  const title = `屋顶维修坠亡善后纠纷(${suffix})`;
  const prepay = `${company}预付${widow}丧葬费人民币30000元`;
  const unresolved = '死者与公司之间是否存在劳动关系、工亡待遇及其他赔偿事项,双方分歧较大,未能达成协议。';
  const routes =
    '已告知当事人可申请工伤认定,向诸暨市劳动人事争议仲裁委员会申请仲裁确认劳动关系,或向人民法院起诉。';
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  async function record(page: Page, fill: () => Promise<void>): Promise<void> {
    await page.getByRole('link', { name: '记录调解' }).click();
    await page.waitForURL(/\/sessions\/new$/);
    await expectVisible(page.locator('#summary'));
    await fill();
    await page.getByRole('button', { name: '保存调解记录' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  }

  /** Opens a signer's pad, draws with its default kind (a company: 盖章) and submits. */
  async function sign(page: Page, signer: string, done = '已签名'): Promise<void> {
    await page.getByRole('button', { name: `签署 ${signer}` }).click();
    const card = page.locator('.pad-card');
    await expectVisible(card.locator('tj-signature-pad canvas'));
    await drawOnCanvas(page, card.locator('tj-signature-pad canvas'));
    await card.getByRole('button', { name: '确认签署' }).click();
    await expectVisible(page.locator('.signer', { hasText: signer }).getByText(done));
  }

  const pdfText = (bytes: Buffer, name: string) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  };

  it('agrees on 预付 in the exact word and terminates the labour question with the routes told', async () => {
    const page = await browser.newPage({ viewport: TABLET, hasTouch: true });
    await signIn(page, 'mediator.yang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // 登记: the widow against the company, a person and an organisation.
    await page.locator('nav').getByRole('link', { name: '登记纠纷' }).click();
    await page.waitForURL(/\/cases\/new$/);
    await expectVisible(page.locator('nz-select:has(#organisationId)').getByText('老杨调解中心'));
    await chooseOption(page, 'disputeType', '损害赔偿');
    await page.locator('#disputeSubtype').fill('施工坠亡');
    await page.locator('#title').fill(title);
    await page.locator('#facts').fill(`${widow}之夫为${company}维修厂房屋顶时坠落身亡,双方未签订书面合同。`);
    await page.locator('#requests').fill('请求公司承担丧葬费及死亡赔偿。');
    await page.locator('#location').fill('枫桥镇工业园区');
    await page.locator('#party-0-name').fill(widow);
    await chooseOption(page, 'party-0-sex', '女');
    await page.locator('#party-0-ethnicity').fill('汉族');
    await page.locator('#party-0-birthDate').click();
    await page.locator('#party-0-birthDate').fill('1970-04-08');
    await page.locator('#party-0-birthDate').press('Tab');
    await page.locator('#party-0-phone').fill('13800000081');
    await page.locator('#party-0-occupation').fill('务农');
    await page.locator('#party-0-address').fill('枫桥镇栎桥村5组8号');
    await page.locator('nz-segmented#party-1-kind').getByText('单位').click();
    await page.locator('#party-1-name').fill(company);
    await page.locator('#party-1-legalRepresentative').fill('钱立新');
    await page.locator('#party-1-phone').fill('057587012345');
    await page.locator('#party-1-address').fill('枫桥镇工业园区兴业路6号');
    await page.getByRole('button', { name: '提交登记' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    await expectVisible(page.getByRole('heading', { name: title }));

    await page.getByRole('button', { name: '受理', exact: true }).click();
    await deliverRightsNotice(page);
    await expectVisible(page.locator('tj-case-status-tag').getByText('受理'));
    await assignAsDirector(browser, caseUrl, '杨建国', TABLET);
    await page.reload();
    await expectVisible(page.locator('tj-case-status-tag').getByText('调解中'));

    await record(page, async () => {
      await page.locator('nz-segmented').getByText('面对面').click();
      await page.locator('#place').fill('老杨调解中心调解室');
      await page
        .locator('#summary')
        .fill('自中午谈至深夜。公司不同意“垫付”或“支付”,同意“预付”丧葬费30000元;劳动关系分歧未能弥合。');
    });

    // The agreement: the word 预付 exactly as agreed, the rest terminated with the routes told.
    await page.getByRole('link', { name: '起草调解协议' }).click();
    await page.waitForURL(/\/agreements\/new$/);
    await expectVisible(page.locator('#term-0-text'));
    await page.locator('#responsibility').fill('责任问题待劳动关系确认后依法处理。');
    await page.locator('#term-0-amount').fill('30000.00');
    await expectVisible(page.getByTestId('term-0-capitals').getByText('叁万元整'));
    await page.locator('#term-0-dueDate').fill(today);
    await page.locator('#term-0-method').fill('银行转账');
    await page.locator('#term-0-text').fill(prepay);
    await page.locator('#performance').fill('签订协议当日银行转账一次性付清。');
    await page.locator('#unresolvedMatters').fill(unresolved);
    await page.locator('#routesInformed').fill(routes);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await page.waitForFunction(
      () => !document.querySelector('tj-checklist-panel')?.textContent?.includes('保存草稿后'),
    );
    // The text is complete; the company's own seal is among what signing still collects.
    const checklist = (await page.locator('tj-checklist-panel').textContent())!;
    expect(checklist).toContain('内容齐全,可以开始签署');
    expect(checklist).toContain(`当事人${company}(法人或其他组织)尚未加盖单位印章`);
    expect(await page.locator('#term-0-text').inputValue()).toBe(prepay);

    await page.getByRole('link', { name: '去签署' }).click();
    await page.waitForURL(/\/sign$/);
    const signUrl = page.url();
    await sign(page, `申请人 ${widow}`);
    await sign(page, `被申请人 ${company}`, '已盖章');
    await sign(page, '调解员 杨建国');
    await page.close();

    const director = await browser.newPage({ viewport: TABLET, hasTouch: true });
    await signIn(director, 'director.yang');
    await director.waitForURL((url) => !url.pathname.startsWith('/login'));
    await director.goto(signUrl);
    await director.getByRole('button', { name: '加盖委员会印章' }).click();
    await expectVisible(director.locator('.signer', { hasText: '人民调解委员会' }).getByText('已盖章'));
    await director.getByRole('button', { name: /(^|\s)确认生效$/ }).click();
    await expectVisible(director.getByText('已生效', { exact: true }).first());
    const href = await director.getByRole('link', { name: '下载协议书 PDF' }).getAttribute('href');
    const agreement = await director.request.get(new URL(href!, baseUrl()).toString());
    expect(agreement.status()).toBe(200);
    const text = pdfText(await agreement.body(), 'agreement.pdf');
    for (const expected of [prepay, '叁万元整', '未达成协议的事项', unresolved, routes]) {
      expect(text).toContain(expected.replace(/\s+/g, ''));
    }
    expect(text).not.toContain('垫付');
    await director.close();

    // Back on the case: 打印文书 now offers the termination notice of the unresolved matters.
    const mediator = await browser.newPage({ viewport: TABLET, hasTouch: true });
    await signIn(mediator, 'mediator.yang');
    await mediator.waitForURL((url) => !url.pathname.startsWith('/login'));
    await mediator.goto(caseUrl);
    await mediator.getByRole('button', { name: '打印文书' }).click();
    await expectVisible(mediator.locator('label[nz-radio]', { hasText: '终止调解告知书' }));
    const caseId = caseUrl.split('/').pop()!;
    const notice = await mediator.request.get(
      `${baseUrl()}/api/cases/${caseId}/documents/termination.pdf?purpose=service`,
    );
    expect(notice.status()).toBe(200);
    const noticeText = pdfText(await notice.body(), 'termination.pdf');
    for (const expected of ['终止调解告知书', '已就部分事项达成调解协议', unresolved, routes]) {
      expect(noticeText).toContain(expected.replace(/\s+/g, ''));
    }
    await mediator.close();
  }, 300_000);
});
