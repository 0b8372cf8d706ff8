// Takes the screenshots of "受理或不予受理", "告知与同意", "调查记录" and "风险报告" in docs/user-guide/cases.md
// from the real UI.
//
//   npm run build
//   mkdir -p /tmp/tjui && chmod 755 /tmp/tjui
//   TIAOJIE_DATA_DIR=/tmp/tjui PORT=3333 node_modules/.bin/node dist/api/api/src/main.js &
//   node_modules/.bin/node docs/user-guide/consents-screenshots.mjs http://127.0.0.1:3333
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3333';
const out = new URL('./images/', import.meta.url).pathname;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function signedIn(username) {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('tiaojie-demo');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

async function shot(page, name) {
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}${name}.png` });
  console.log(`docs/user-guide/images/${name}.png`);
}

const page = await signedIn('mediator.yang');
async function api(method, path, body) {
  const response = await page.request.fetch(`${base}${path}`, { method, data: body });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

// Story 4: the resident is told her rights at the counter; the owner upstairs is not reached yet.
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
    { role: 'applicant', kind: 'person', name: '钱秀英', sex: 'female', phone: '13800000001' },
    { role: 'respondent', kind: 'person', name: '沈翊珩' },
  ],
});
await page.goto(`${base}/cases/${c.id}`);
await page.getByRole('button', { name: '受理', exact: true }).click();
const dialog = page.locator('.ant-modal', { hasText: '权利义务告知书' });
await dialog.getByLabel('被申请人 沈翊珩').uncheck();
await dialog.getByText('口头告知', { exact: true }).click();
await dialog.getByText('我已向上述当事人送达告知书').click();
await shot(page, 'cases-accept-rights-notice');
await dialog.locator('.ant-modal-footer').getByRole('button', { name: '受理' }).click();
await page.locator('tj-case-status-tag').getByText('受理').waitFor();
await page.locator('tj-consents-card').scrollIntoViewIfNeeded();
await shot(page, 'cases-consents');

// The director names 杨建国 presiding; he records what a neighbour saw.
const director = await signedIn('director.yang');
const roster = await (await director.request.fetch(`${base}/api/mediators?organisationId=${org.id}`)).json();
const yang = roster.items.find((m) => m.name === '杨建国');
const current = await api('GET', `/api/cases/${c.id}`);
const assigned = await director.request.fetch(`${base}/api/cases/${c.id}/assign`, {
  method: 'POST',
  data: { version: current.version, presidingMediatorId: yang.id, chosenBy: 'committee' },
});
if (!assigned.ok()) throw new Error(`assign: ${assigned.status()} ${await assigned.text()}`);
await api('POST', `/api/cases/${c.id}/investigations`, {
  investigatedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
  place: '枫溪小区3幢502室门口',
  investigatorIds: [yang.id],
  intervieweeName: '孙桂芳',
  intervieweeRelation: '证人(3幢401室住户)',
  subject: '402室天花板漏水的时间和经过',
  content:
    '问:你什么时候看到楼下漏水的?\n答:十月中旬,钱秀英家卫生间天花板一直滴水,我去看过。\n问:502室当时有人住吗?\n答:业主搬走大半年了,房子一直空着。',
});
await page.goto(`${base}/cases/${c.id}`);
await page.locator('tj-investigations-card').getByText('孙桂芳').waitFor();
await page.locator('tj-investigations-card').scrollIntoViewIfNeeded();
await shot(page, 'cases-investigations');

// A red risk goes to the police station linked to the centre, which acknowledges it.
await api('POST', `/api/cases/${c.id}/risk`, {
  level: 'red',
  note: '楼上业主家属扬言要上门砸门,双方情绪激动',
});
const police = await signedIn('police.hu');
await police.goto(`${base}/escalations`);
await police.getByText('红色风险').first().waitFor();
await shot(police, 'escalations');
await browser.close();
