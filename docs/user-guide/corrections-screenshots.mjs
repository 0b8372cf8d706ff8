// Takes the screenshots of "打印文书" and "更正案件和当事人信息" in docs/user-guide/cases.md from the
// real UI.
//
//   npm run build
//   mkdir -p /tmp/tjui && chmod 755 /tmp/tjui
//   TIAOJIE_DATA_DIR=/tmp/tjui PORT=3333 node_modules/.bin/node dist/api/api/src/main.js &
//   node_modules/.bin/node docs/user-guide/corrections-screenshots.mjs http://127.0.0.1:3333
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3333';
const out = new URL('./images/', import.meta.url).pathname;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const context = await browser.newContext({
  viewport: { width: 1024, height: 768 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
});
const page = await context.newPage();
await page.goto(`${base}/login`);
await page.getByLabel('用户名').fill('mediator.yang');
await page.getByLabel('密码').fill('tiaojie-demo');
await page.getByRole('button', { name: '登录' }).click();
await page.waitForURL((url) => !url.pathname.startsWith('/login'));

async function api(method, path, body) {
  const response = await page.request.fetch(`${base}${path}`, { method, data: body });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

async function shot(name) {
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}${name}.png` });
  console.log(`docs/user-guide/images/${name}.png`);
}

// Story 4: the upstairs owner is known only by name when the case is registered by phone.
const [org] = (await api('GET', '/api/organisations'))
  .flatMap(function flat(o) {
    return [o, ...o.children.flatMap(flat)];
  })
  .filter((o) => o.name === '老杨调解中心');
const c = await api('POST', '/api/cases', {
  organisationId: org.id,
  source: 'phone',
  disputeType: 'neighbour',
  disputeSubtype: '漏水',
  title: '楼上漏水致天花板受损纠纷',
  facts: '申请人家卫生间天花板渗水,楼上业主已搬离,电话联系不上。',
  requests: '请求楼上业主修复防水层并赔偿损失。',
  parties: [
    {
      role: 'applicant',
      kind: 'person',
      name: '钱秀英',
      sex: 'female',
      birthDate: '1985-03-15',
      idNumber: '330681198503150021',
      phone: '13800000001',
      address: '枫溪小区3幢402室',
    },
    { role: 'respondent', kind: 'person', name: '楼上业主沈某' },
  ],
});
await page.goto(`${base}/cases/${c.id}`);
await page.getByRole('button', { name: '更正当事人楼上业主沈某的信息' }).click();
await page.locator('#party-name').fill('沈翊珩');
await page.locator('#party-phone').fill('138 5751 2309');
await page.locator('#party-address').fill('枫溪小区3幢502室');
await page.locator('#party-reason').fill('已联系到楼上业主本人,补录身份信息');
await shot('cases-correct-party');
await page.locator('.ant-modal-footer').getByRole('button', { name: '取消' }).click();

await page.getByRole('button', { name: '打印文书' }).click();
await page.locator('label[nz-radio]').filter({ hasText: '当事人权利义务告知书' }).click();
await page.locator('label[nz-radio]').filter({ hasText: '送达当事人' }).click();
await shot('cases-print');
await browser.close();
