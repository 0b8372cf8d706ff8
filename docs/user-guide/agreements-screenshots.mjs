// Takes the screenshots of docs/user-guide/agreements.md from the real UI (story 1 of
// docs/mission.md: a chicken and a dog), and renders page 1 of the signed agreement.
//
//   npm run build
//   mkdir -p /tmp/tjui && chmod 755 /tmp/tjui
//   TIAOJIE_DATA_DIR=/tmp/tjui PORT=3333 node_modules/.bin/node dist/api/api/src/main.js &
//   node_modules/.bin/node docs/user-guide/agreements-screenshots.mjs http://127.0.0.1:3333
//
// Needs pdftoppm (poppler-utils). Registers its own case; a fresh data folder keeps numbers low.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3333';
const out = new URL('./images/', import.meta.url).pathname;
const TABLET = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function context(viewport) {
  return browser.newContext({ viewport, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

async function signedIn(username) {
  const page = await (await context(TABLET)).newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('tiaojie-demo');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

async function shot(page, name, { wait = 3500, content = false } = {}) {
  // Toasts stay three seconds; let them fade.
  await page.waitForTimeout(wait);
  const path = `${out}${name}.png`;
  await (content ? page.locator('nz-content').screenshot({ path }) : page.screenshot({ path }));
  console.log(`docs/user-guide/images/${name}.png`);
}

async function api(page, method, path, body) {
  const response = await page.request.fetch(`${base}${path}`, { method, data: body });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

async function choose(page, selectId, label) {
  await page.locator(`nz-select:has(#${selectId})`).click();
  await page
    .locator('nz-option-item')
    .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .click();
}

/** A few strokes that look like handwriting; a fingerprint is a small filled oval. */
async function draw(page, fingerprint = false) {
  const box = await page.locator('tj-signature-pad canvas').boundingBox();
  const at = (fx, fy) => [box.x + box.width * fx, box.y + box.height * fy];
  const stroke = async (points) => {
    await page.mouse.move(...at(...points[0]));
    await page.mouse.down();
    for (const p of points.slice(1)) await page.mouse.move(...at(...p), { steps: 6 });
    await page.mouse.up();
  };
  if (fingerprint) {
    for (let r = 0.02; r <= 0.1; r += 0.015) {
      const ring = Array.from({ length: 25 }, (_, i) => {
        const t = (i / 24) * 2 * Math.PI;
        return [0.5 + r * Math.cos(t) * 0.55, 0.45 + r * Math.sin(t) * 1.6];
      });
      await stroke(ring);
    }
    return;
  }
  await stroke([
    [0.2, 0.35],
    [0.3, 0.33],
    [0.27, 0.6],
    [0.22, 0.7],
  ]);
  await stroke([
    [0.26, 0.45],
    [0.33, 0.5],
    [0.3, 0.72],
  ]);
  await stroke([
    [0.4, 0.3],
    [0.42, 0.68],
    [0.5, 0.62],
  ]);
  await stroke([
    [0.45, 0.42],
    [0.55, 0.4],
    [0.5, 0.55],
    [0.6, 0.7],
  ]);
  await stroke([
    [0.64, 0.34],
    [0.75, 0.32],
    [0.7, 0.5],
    [0.8, 0.66],
  ]);
}

const page = await signedIn('mediator.yang');
const [org] = (await api(page, 'GET', '/api/organisations'))
  .flatMap(function flat(o) {
    return [o, ...o.children.flatMap(flat)];
  })
  .filter((o) => o.name === '老杨调解中心');
const yang = (await api(page, 'GET', `/api/mediators?organisationId=${org.id}`)).items.find(
  (m) => m.name === '杨建国',
);
const person = (role, name, sex, birthDate, phone, address) => ({
  role,
  kind: 'person',
  name,
  sex,
  ethnicity: '汉族',
  birthDate,
  phone,
  occupation: '农民',
  address,
  idType: 'resident_id',
});
let c = await api(page, 'POST', '/api/cases', {
  organisationId: org.id,
  source: 'walk_in',
  disputeType: 'neighbour',
  disputeSubtype: '家禽家畜',
  title: '鸡狗相斗引发的邻里纠纷',
  facts: '何美兰家的母鸡吃了陈国强家狗的食物,被狗咬死;何美兰打狗,陈国强随后将何美兰打伤。',
  requests: '请求陈国强赔偿医疗费 12000 元。',
  amountInDispute: '12000.00',
  riskLevel: 'yellow',
  isPublic: false,
  parties: [
    person('applicant', '何美兰', 'female', '1968-05-12', '13800000011', '枫桥镇枫源村3组12号'),
    person('respondent', '陈国强', 'male', '1975-09-03', '13800000012', '枫桥镇枫源村3组14号'),
  ],
});
c = await api(page, 'POST', `/api/cases/${c.id}/accept`, { version: c.version });
await api(page, 'POST', `/api/cases/${c.id}/assign`, {
  version: c.version,
  presidingMediatorId: yang.id,
  chosenBy: 'committee',
});

// 起草调解协议 from the case page.
await page.goto(`${base}/cases/${c.id}`);
await page.getByRole('link', { name: '起草调解协议' }).click();
await page.waitForURL(/\/agreements\/new$/);
await page
  .locator('#responsibility')
  .fill('陈国强动手打人,应承担何美兰被打所致的医疗费;何美兰打狗亦有不当。');
await page.locator('#term-0-amount').fill('3000');
await page.locator('#term-0-dueDate').fill(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
await page.locator('#term-0-method').fill('现金一次性当场支付');
await page.locator('#term-0-place').fill('老杨调解中心');
await page.locator('#term-0-text').fill('陈国强一次性赔偿何美兰医疗费人民币3000元');
await page.getByRole('button', { name: '添加条款' }).click();
await choose(page, 'term-1-kind', '赔礼道歉');
await page.locator('#term-1-text').fill('陈国强当面向何美兰赔礼道歉');
await page.locator('#performance').fill('签订协议当日在老杨调解中心以现金一次性付清,并当面赔礼道歉。');
await page.getByRole('button', { name: '保存草稿' }).click();
await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
await page.getByText('内容齐全,可以开始签署').waitFor();
await page.locator('#term-0-amount').scrollIntoViewIfNeeded();
await shot(page, 'agreements-editor');

// 签署 on the tablet: 何美兰's fingerprint, then 陈国强 signing.
await page.getByRole('link', { name: '去签署' }).click();
await page.waitForURL(/\/sign$/);
const signUrl = page.url();
await page.getByRole('button', { name: '签署 申请人 何美兰' }).click();
await page.locator('.pad-card nz-segmented').getByText('按指印').click();
await draw(page, true);
await page.getByRole('button', { name: '确认签署' }).click();
await page.locator('.signer', { hasText: '何美兰' }).getByText('已按指印').waitFor();
await draw(page);
await shot(page, 'agreements-signing');
await page.getByRole('button', { name: '确认签署' }).click();
await page.locator('.signer', { hasText: '陈国强' }).getByText('已签名').waitFor();
await draw(page);
await page.getByRole('button', { name: '确认签署' }).click();
await page.locator('.signer', { hasText: '杨建国' }).getByText('已签名').waitFor();

// The director seals and makes it effective.
const director = await signedIn('director.yang');
await director.goto(signUrl);
await director.getByRole('button', { name: '加盖委员会印章' }).click();
await director.locator('.signer', { hasText: '人民调解委员会' }).getByText('已盖章').waitFor();
await shot(director, 'agreements-sealed');
await director.getByRole('button', { name: /(^|\s)确认生效$/ }).click();
await director.getByRole('link', { name: '下载协议书 PDF' }).waitFor();
await shot(director, 'agreements-effective');
const code = (await director.locator('.verify__code').textContent()).trim();

// Page 1 of the signed agreement.
const href = await director.getByRole('link', { name: '下载协议书 PDF' }).getAttribute('href');
const scratch = mkdtempSync(join(tmpdir(), 'tj-docs-'));
const pdf = join(scratch, 'agreement.pdf');
writeFileSync(pdf, await (await director.request.get(new URL(href, base).toString())).body());
execFileSync('pdftoppm', [
  '-r',
  '80',
  '-f',
  '1',
  '-l',
  '1',
  '-png',
  '-singlefile',
  pdf,
  `${out}agreements-pdf-page1`,
]);
console.log('docs/user-guide/images/agreements-pdf-page1.png');

// 核验: the QR page on a phone, then the same PDF uploaded.
const visitor = await (await context(PHONE)).newPage();
await visitor.goto(`${base}/verify/${code}`);
await visitor.getByText('真实有效').first().waitFor();
await visitor.locator('#verify-file').setInputFiles(pdf);
await visitor.locator('section', { hasText: '上传 PDF 核验' }).getByText('真实有效').waitFor();
await visitor.waitForTimeout(300);
await visitor.screenshot({ path: `${out}agreements-verify.png`, fullPage: true });
console.log('docs/user-guide/images/agreements-verify.png');

await browser.close();
rmSync(scratch, { recursive: true, force: true });
