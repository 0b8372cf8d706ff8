// Takes the screenshots of docs/user-guide/deadlines.md from the real UI.
//
//   npm run build
//   mkdir -p /tmp/tjui && chmod 755 /tmp/tjui
//   TIAOJIE_DATA_DIR=/tmp/tjui PORT=3333 node_modules/.bin/node dist/api/api/src/main.js &
//   TIAOJIE_DATA_DIR=/tmp/tjui node_modules/.bin/node docs/user-guide/deadlines-screenshots.mjs http://127.0.0.1:3333
//
// Use a fresh data folder. The script registers its own cases through the API and, to show a red
// and a yellow light without waiting a month, moves two clocks back in the server's database (the
// embedded PostgreSQL in TIAOJIE_DATA_DIR), then runs the deadline sweep as admin.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3333';
const dataDir = process.env.TIAOJIE_DATA_DIR;
if (!dataDir) throw new Error('Set TIAOJIE_DATA_DIR to the data folder of the running server');
const out = new URL('./images/', import.meta.url).pathname;
const DESKTOP = { width: 1280, height: 800 };
const TABLET_PORTRAIT = { width: 768, height: 1024 };
const signaturePng = `data:image/png;base64,${readFileSync('test/api/fixtures/signature.png').toString('base64')}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function signedIn(username, viewport = DESKTOP) {
  const context = await browser.newContext({
    viewport,
    hasTouch: viewport !== DESKTOP,
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

async function shot(target, name, { wait = 600 } = {}) {
  const page = 'page' in target ? target.page() : target;
  // Let toasts fade and lazy chunks settle, so the picture shows the page itself.
  await page.waitForTimeout(wait);
  const path = `${out}${name}.png`;
  await target.screenshot({ path });
  console.log(`docs/user-guide/images/${name}.png`);
}

async function api(page, method, path, body, headers = {}) {
  const response = await page.request.fetch(`${base}${path}`, { method, data: body, headers });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? undefined : response.json();
}

async function sql(text, params = []) {
  const port = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: 'tiaojie-embedded',
    database: 'tiaojie',
  });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function register(page, body) {
  const me = await api(page, 'GET', '/api/me');
  return api(
    page,
    'POST',
    '/api/cases',
    { organisationId: me.organisationId, ...body },
    { 'Idempotency-Key': randomUUID() },
  );
}

async function accepted(page, body) {
  const c = await register(page, body);
  return api(page, 'POST', `/api/cases/${c.id}/accept`, { version: c.version });
}

const person = (role, name, extra = {}) => ({ role, kind: 'person', name, ...extra });

const mediator = await signedIn('mediator.yang');

// A: a court-dispatched property-fee dispute whose 30 days have run out (story 5).
const fees = await accepted(mediator, {
  source: 'walk_in',
  disputeType: 'property_management',
  title: '物业费拖欠纠纷',
  facts: '业主以电梯长期故障为由拒交两年物业费，物业公司多次催缴未果。',
  requests: '请求业主补交物业费 4800 元。',
  parties: [
    { role: 'applicant', kind: 'organisation', name: '枫桥物业管理有限公司', legalRepresentative: '陈志远' },
    person('respondent', '周国栋'),
  ],
});
await sql(
  `UPDATE clocks SET started_at = now() - interval '33 days', yellow_at = now() - interval '13 days',
          due_at = now() - interval '3 days' WHERE case_id = $1 AND kind = 'mediation'`,
  [fees.id],
);

// B: a boundary dispute with two days left.
const boundary = await accepted(mediator, {
  source: 'grid',
  disputeType: 'housing_homestead',
  title: '宅基地边界纠纷',
  facts: '两户翻建房屋时对院墙位置发生争执。',
  requests: '请求按原址确定院墙边界。',
  parties: [person('applicant', '何建华'), person('respondent', '何建民')],
});
await sql(
  `UPDATE clocks SET started_at = now() - interval '28 days', yellow_at = now() - interval '8 days',
          due_at = now() + interval '2 days 3 hours' WHERE case_id = $1 AND kind = 'mediation'`,
  [boundary.id],
);

// C: a registered call not yet accepted (its acceptance clock runs).
await register(mediator, {
  source: 'phone',
  disputeType: 'neighbour',
  title: '噪音扰邻纠纷',
  facts: '来电人称楼上住户夜间装修，噪音影响休息。',
  requests: '请求楼上住户晚十点后停止施工。',
  parties: [person('applicant', '钱秀英'), person('respondent', '孙志强')],
});

// D: the chicken and the dog, settled: an effective agreement with two terms.
const settled = await accepted(mediator, {
  source: 'walk_in',
  disputeType: 'neighbour',
  title: '鸡狗相争致伤纠纷',
  facts: '何美兰家的母鸡吃了陈国强家的狗食被咬死，双方争执中何美兰受伤。',
  requests: '请求赔偿医疗费 12000 元并赔礼道歉。',
  // Written agreements need each party's full particulars.
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
const roster = await api(mediator, 'GET', `/api/mediators?organisationId=${settled.organisationId}`);
const yang = roster.items.find((m) => m.name === '杨建国');
const assigned = await api(mediator, 'POST', `/api/cases/${settled.id}/assign`, {
  version: settled.version,
  presidingMediatorId: yang.id,
  mediatorIds: [],
  chosenBy: 'committee',
});
const [applicant, respondent] = assigned.parties;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const agreement = await api(mediator, 'POST', `/api/cases/${settled.id}/agreements`, {
  form: 'written',
  facts: '何美兰家的母鸡吃了陈国强家的狗食被咬死，双方争执中何美兰受伤。',
  responsibility: '陈国强对狗看管不严，对何美兰受伤负主要责任。',
  performance: '第一项于签订当日以现金当面付清；第二项于一周内当面履行。',
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
    {
      obligorPartyId: respondent.id,
      obligeePartyId: applicant.id,
      kind: 'apologise',
      text: '陈国强当面向何美兰赔礼道歉',
    },
  ],
});
for (const party of assigned.parties) {
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
const now = new Date().toISOString();
await api(mediator, 'POST', `/api/agreements/${agreement.id}/performance`, {
  termIndex: 0,
  performedAt: now,
  amount: '3000.00',
  proof: '何美兰出具收条一张，已存档',
});
await api(mediator, 'POST', `/api/agreements/${agreement.id}/urgings`, {
  termIndex: 1,
  urgedAt: now,
  method: 'phone',
  note: '电话提醒陈国强本周内上门赔礼道歉，其表示同意。',
});
await api(mediator, 'POST', `/api/agreements/${agreement.id}/judicial-confirmation`, {
  court: '诸暨市人民法院',
  appliedAt: today,
});

// The sweep turns A red and B yellow and writes the notifications.
const admin = await signedIn('admin');
await api(admin, 'POST', '/api/deadlines/sweep');

// The director's workbench with its red lights, then the bell.
await director.goto(`${base}/`);
await director.locator('nz-card.red-lights li.red-light').first().waitFor();
await shot(director, 'deadlines-workbench');
await director.getByRole('button', { name: '通知', exact: true }).click();
await director.locator('.bell__item').first().waitFor();
await shot(director, 'deadlines-bell', { wait: 400 });
await director.keyboard.press('Escape');

// The board.
await director.goto(`${base}/deadlines`);
await director.locator('tr.board__row').first().waitFor();
await shot(director, 'deadlines-board');

// The follow-up of the settled case, on the mediator's screen.
await mediator.goto(`${base}/cases/${settled.id}`);
const section = mediator.locator('tj-follow-up-section');
await section.getByText('陈国强当面向何美兰赔礼道歉').first().waitFor();
await shot(section, 'deadlines-follow-up', { wait: 3500 });

// A return visit on a tablet in portrait.
const tablet = await signedIn('mediator.yang', TABLET_PORTRAIT);
await tablet.goto(`${base}/cases/${settled.id}`);
await tablet.getByRole('button', { name: '登记回访' }).tap();
const modal = tablet.locator('.ant-modal');
await modal.locator('#visit-note').waitFor();
await tablet.locator('nz-select:has(#visit-party)').tap();
await tablet.locator('nz-option-item').filter({ hasText: '申请人 何美兰' }).tap();
await modal.locator('#visit-satisfaction .ant-rate-star-second').nth(4).click();
await modal
  .locator('#visit-note')
  .fill('何美兰表示医疗费已收到，陈国强已上门道歉，双方和好，对调解结果满意。');
await shot(tablet, 'deadlines-return-visit');

await browser.close();
