// Takes the screenshots of docs/user-guide/statistics.md from the real UI.
//
//   npm run build
//   mkdir -p /tmp/tjui && chmod 755 /tmp/tjui
//   TIAOJIE_DATA_DIR=/tmp/tjui PORT=3333 node_modules/.bin/node dist/api/api/src/main.js &
//   node_modules/.bin/node docs/user-guide/statistics-screenshots.mjs http://127.0.0.1:3333
//
// Use a fresh data folder. The script registers a few disputes of this month through the API:
// one settled by an effective agreement (with a prevented civil-to-criminal escalation), one
// terminated without agreement, the others still open; then photographs 统计分析 as sfs.wang.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3333';
const out = new URL('./images/', import.meta.url).pathname;
const DESKTOP = { width: 1280, height: 800 };
const signaturePng = `data:image/png;base64,${readFileSync('test/api/fixtures/signature.png').toString('base64')}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function signedIn(username, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('tiaojie-demo');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

async function shot(target, name, { wait = 800 } = {}) {
  const page = 'page' in target ? target.page() : target;
  // Let the charts finish their entry animation and lazy chunks settle.
  await page.waitForTimeout(wait);
  await target.screenshot({ path: `${out}${name}.png` });
  console.log(`docs/user-guide/images/${name}.png`);
}

async function api(page, method, path, body, headers = {}) {
  const response = await page.request.fetch(`${base}${path}`, { method, data: body, headers });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? undefined : response.json();
}

const person = (role, name, extra = {}) => ({ role, kind: 'person', name, ...extra });
const mediator = await signedIn('mediator.yang');
const me = await api(mediator, 'GET', '/api/me');
const roster = await api(mediator, 'GET', `/api/mediators?organisationId=${me.organisationId}`);
const yang = roster.items.find((m) => m.name === '杨建国');

async function register(body) {
  return api(
    mediator,
    'POST',
    '/api/cases',
    { organisationId: me.organisationId, ...body },
    { 'Idempotency-Key': randomUUID() },
  );
}

/** Registered, accepted and assigned to 杨建国: in mediation. */
async function inMediation(body) {
  const c = await register(body);
  const accepted = await api(mediator, 'POST', `/api/cases/${c.id}/accept`, { version: c.version });
  return api(mediator, 'POST', `/api/cases/${c.id}/assign`, {
    version: accepted.version,
    presidingMediatorId: yang.id,
    mediatorIds: [],
    chosenBy: 'committee',
  });
}

// Open disputes of several types and sources; two at the same village for the analysis.
await register({
  source: 'phone',
  disputeType: 'neighbour',
  title: '噪音扰邻纠纷',
  facts: '来电人称楼上住户夜间装修，噪音影响休息。',
  requests: '请求楼上住户晚十点后停止施工。',
  location: '枫桥镇枫源村',
  parties: [person('applicant', '钱秀英'), person('respondent', '孙志强')],
});
await inMediation({
  source: 'grid',
  disputeType: 'housing_homestead',
  title: '宅基地边界纠纷',
  facts: '两户翻建房屋时对院墙位置发生争执。',
  requests: '请求按原址确定院墙边界。',
  location: '枫桥镇枫源村',
  parties: [person('applicant', '何建华'), person('respondent', '何建民')],
});
await inMediation({
  source: 'walk_in',
  disputeType: 'property_management',
  title: '物业费拖欠纠纷',
  facts: '业主以电梯长期故障为由拒交两年物业费，物业公司多次催缴未果。',
  requests: '请求业主补交物业费 4800 元。',
  location: '枫桥镇幸福小区',
  parties: [
    { role: 'applicant', kind: 'organisation', name: '枫桥物业管理有限公司', legalRepresentative: '陈志远' },
    person('respondent', '周国栋'),
  ],
});
await register({
  source: 'hotline_12345',
  disputeType: 'labour',
  title: '装修工人欠薪纠纷',
  facts: '装修队负责人拖欠三名工人两个月工资。',
  requests: '请求支付拖欠工资 18600 元。',
  location: '枫桥镇幸福小区',
  parties: [person('applicant', '赵德胜'), person('respondent', '吴海峰')],
});

// Terminated without agreement: counts as 调解不成功.
const failed = await inMediation({
  source: 'walk_in',
  disputeType: 'marriage_family',
  title: '赡养费纠纷',
  facts: '三兄弟对母亲赡养费的分担意见不一。',
  requests: '请求按月分担赡养费。',
  location: '枫桥镇枫源村',
  parties: [person('applicant', '何桂芳'), person('respondent', '何建国')],
});
await api(mediator, 'POST', `/api/cases/${failed.id}/terminate`, {
  version: failed.version,
  reason: '被申请人坚持起诉，不同意继续调解',
  routesInformed: '已告知双方可向人民法院起诉',
});

// Settled: the chicken and the dog, an effective agreement of 3000 yuan.
const settled = await inMediation({
  source: 'walk_in',
  disputeType: 'neighbour',
  title: '鸡狗相争致伤纠纷',
  facts: '何美兰家的母鸡吃了陈国强家的狗食被咬死，双方争执中何美兰受伤。',
  requests: '请求赔偿医疗费并赔礼道歉。',
  location: '枫桥镇枫源村',
  parties: [
    person('applicant', '何美兰', {
      sex: 'female',
      ethnicity: '汉族',
      birthDate: '1985-03-15',
      idNumber: '330681198503150021',
      phone: '13800000001',
      address: '诸暨市枫桥镇枫源村 12 号',
    }),
    person('respondent', '陈国强', {
      sex: 'male',
      ethnicity: '汉族',
      birthDate: '1978-07-20',
      idNumber: '330681197807204514',
      phone: '13900000002',
      address: '诸暨市枫桥镇枫源村 14 号',
    }),
  ],
});
const [applicant, respondent] = settled.parties;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const agreement = await api(mediator, 'POST', `/api/cases/${settled.id}/agreements`, {
  form: 'written',
  facts: '何美兰家的母鸡吃了陈国强家的狗食被咬死，双方争执中何美兰受伤。',
  responsibility: '陈国强对狗看管不严，对何美兰受伤负主要责任。',
  performance: '于签订当日以现金当面付清。',
  terms: [
    {
      obligorPartyId: respondent.id,
      obligeePartyId: applicant.id,
      kind: 'pay',
      amount: '3000.00',
      dueDate: today,
      method: '现金当面支付',
      text: '陈国强一次性赔偿何美兰医疗费人民币3000元',
    },
  ],
});
for (const party of settled.parties) {
  await api(mediator, 'POST', `/api/agreements/${agreement.id}/signatures`, {
    signer: { partyId: party.id },
    kind: 'signature',
    image: signaturePng,
  });
}
await api(mediator, 'POST', `/api/agreements/${agreement.id}/signatures`, {
  signer: { mediatorId: yang.id },
  kind: 'signature',
  image: signaturePng,
});
const director = await signedIn('director.yang');
await api(director, 'POST', `/api/agreements/${agreement.id}/signatures`, {
  signer: { seal: true },
  kind: 'seal',
});
await api(mediator, 'POST', `/api/agreements/${agreement.id}/finalise`, {});
await api(mediator, 'PUT', `/api/cases/${settled.id}/prevention`, {
  items: [{ kind: 'criminal', persons: 2 }],
});

// 统计分析 as the judicial office: figures and charts of this month.
const office = await signedIn('sfs.wang', { width: 1280, height: 1000 });
await office.goto(`${base}/stats`);
await office.locator('[data-chart="byType"] svg').waitFor();
await shot(office, 'statistics-overview', { wait: 1500 });

// The analysis tables.
const analysis = office.locator('nz-card', { hasText: '纠纷多发地点' });
await analysis.scrollIntoViewIfNeeded();
await shot(office.locator('.grid').nth(1), 'statistics-analysis');

// The monthly report, previewed.
await office.getByRole('button', { name: '预览月报表' }).click();
await office.locator('tj-report-preview tr.totals').waitFor();
await shot(office.locator('nz-card.report'), 'statistics-report');

// 调解成功 leads to the successful cases.
await office.locator('[data-figure="succeeded"]').click();
await office.locator('tr.cases__row').first().waitFor();
await shot(office, 'statistics-drilldown');

await browser.close();
