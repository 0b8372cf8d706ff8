// Takes the screenshots of docs/user-guide/referrals.md from the real UI.
//
//   npm run build
//   mkdir -p /tmp/tjref && chmod 755 /tmp/tjref
//   TIAOJIE_DATA_DIR=/tmp/tjref PORT=3334 node_modules/.bin/node dist/api/api/src/main.js &
//   TIAOJIE_DATA_DIR=/tmp/tjref node_modules/.bin/node docs/user-guide/referrals-screenshots.mjs http://127.0.0.1:3334
//
// Use a fresh data folder. The court files a referral in the form, the office dispatches it, the
// centre's director accepts it; the agreement is made through the API. A police hand-over is made
// late in the server's database (nobody waits a month) so that the oversight dashboard shows a red light.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3334';
const dataDir = process.env.TIAOJIE_DATA_DIR;
if (!dataDir) throw new Error('Set TIAOJIE_DATA_DIR to the data folder of the running server');
const out = new URL('./images/', import.meta.url).pathname;
const DESKTOP = { width: 1280, height: 800 };
const TABLET_PORTRAIT = { width: 768, height: 1024 };
const signaturePng = `data:image/png;base64,${readFileSync('test/api/fixtures/signature.png').toString('base64')}`;
const chinaDate = (days) =>
  new Date(Date.now() + days * 86400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function signedIn(username, viewport = DESKTOP) {
  const context = await browser.newContext({
    viewport,
    hasTouch: viewport.width < DESKTOP.width,
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

async function shot(page, name, { wait = 800, fullPage = false } = {}) {
  // Let toasts fade and lazy chunks settle, so the picture shows the page itself.
  await page.waitForTimeout(wait);
  await page.screenshot({ path: `${out}${name}.png`, fullPage });
  console.log(`docs/user-guide/images/${name}.png`);
}

async function api(page, method, path, body, headers = {}) {
  const response = await page.request.fetch(`${base}${path}`, { method, data: body, headers });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? undefined : response.json();
}

/** A bearer-token client, as a referring body's own system would call the API. */
async function bearer(username) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'tiaojie-demo' }),
  });
  const { accessToken } = await login.json();
  return async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
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

async function choose(page, selectId, label) {
  await page.locator(`nz-select:has(#${selectId})`).click();
  await page
    .locator('nz-option-item')
    .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .click();
}

const courtRef = '(2026)浙0681民诉前调1234号';

// 1. 法院联络员 李敏 fills in the dispatch (委派) form.
const court = await signedIn('court.li');
await court.goto(`${base}/referrals/new`);
await court.locator('#externalRef').fill(courtRef);
await court.locator('nz-select:has(#disputeType)').click();
await court.keyboard.type('物业');
await court
  .locator('nz-option-item')
  .filter({ hasText: /^\s*物业\s*$/ })
  .click();
await court.locator('#dueDate').click();
await court.locator('#dueDate').fill(chinaDate(30));
await court.locator('#dueDate').press('Tab');
await court.locator('#title').fill('物业服务合同纠纷');
await court
  .locator('#summary')
  .fill('枫桥物业管理有限公司诉周海平拖欠物业费两年共计4800元，周海平称电梯长期故障拒缴。立案前委派调解。');
await court.locator('#contact').fill('李敏 0575-87000000');
await court.locator('nz-segmented#party-0-kind').getByText('单位').click();
await court.locator('#party-0-name').fill('枫桥物业管理有限公司');
await court.locator('#party-0-legalRepresentative').fill('陈志远');
await court.locator('#party-0-address').fill('诸暨市枫桥镇枫溪路 8 号');
await court.locator('#party-1-name').fill('周海平');
await choose(court, 'party-1-sex', '男');
await court.locator('#party-1-birthDate').click();
await court.locator('#party-1-birthDate').fill('1972-04-18');
await court.locator('#party-1-birthDate').press('Tab');
await court.locator('#party-1-phone').fill('13800000031');
await court.locator('#party-1-address').fill('诸暨市枫桥镇枫溪小区 3 幢 402 室');
await court.evaluate(() => window.scrollTo(0, 0));
await shot(court, 'referrals-form');
await court.getByRole('button', { name: '提交委派' }).click();
await court.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
const courtReferralUrl = court.url();

// A police hand-over (story 6), filed by the station's system through the API.
const police = await bearer('police.hu');
const handOver = await police('POST', '/api/referrals', {
  source: 'police',
  externalRef: '枫桥派出所移交〔2026〕17号',
  title: '离婚后财物纠纷',
  summary: '报警人称前妻拿走其笔记本电脑；民警了解系子女探视引起的争执，不构成盗窃，移交人民调解。',
  disputeType: 'marriage_family',
  parties: [
    { role: 'applicant', kind: 'person', name: '吴建明', phone: '13800000041' },
    { role: 'respondent', kind: 'person', name: '徐丽芳', phone: '13800000042' },
  ],
  contact: '胡强 0575-87011110',
});

// 2. 司法所 王海燕 dispatches the court's referral from the inbox.
// A taller window, so the whole dashboard fits in one picture.
const office = await signedIn('sfs.wang', { width: 1280, height: 1100 });
await office.goto(`${base}/referrals`);
const row = office.locator('tr.referrals__row', { hasText: courtRef });
await row.getByRole('button', { name: '分拨' }).click();
await choose(office, 'dispatch-target', '老杨调解中心');
await shot(office, 'referrals-dispatch');
await office.locator('.ant-modal-footer').getByRole('button', { name: '分拨' }).click();
await row.getByText('老杨调解中心').waitFor();
const centres = await api(office, 'GET', '/api/organisations/mediation-bodies');
const laoyang = centres.find((o) => o.name === '老杨调解中心');
await api(office, 'POST', `/api/referrals/${handOver.id}/dispatch`, { organisationId: laoyang.id });

// 3. 调委会主任 杨光照 sees both on a tablet and accepts the court's.
const director = await signedIn('director.yang', TABLET_PORTRAIT);
await director.goto(`${base}/referrals`);
await director.locator('tr.referrals__row', { hasText: courtRef }).waitFor();
await shot(director, 'referrals-incoming');
await director
  .locator('tr.referrals__row', { hasText: courtRef })
  .getByRole('button', { name: '受理' })
  .tap();
await director.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
const caseId = director.url().split('/').pop();
const policeCase = await api(director, 'POST', `/api/referrals/${handOver.id}/accept`);
await api(director, 'POST', `/api/referrals/${handOver.id}/feedback`, {
  note: '已受理，已联系双方当事人，定于明日上午在老杨调解中心调解。',
});

// The agreement, through the API: 杨建国 presides, the parties and he sign, the director seals.
const mediator = await signedIn('mediator.yang');
const roster = await api(mediator, 'GET', '/api/mediators');
const yang = roster.items.find((m) => m.name === '杨建国');
// A mediator sees only the cases assigned to him: the director assigns.
let detail = await api(director, 'GET', `/api/cases/${caseId}`);
detail = await api(director, 'POST', `/api/cases/${caseId}/assign`, {
  version: detail.version,
  presidingMediatorId: yang.id,
  mediatorIds: [],
  chosenBy: 'committee',
});
const applicant = detail.parties.find((p) => p.role === 'applicant');
const respondent = detail.parties.find((p) => p.role === 'respondent');
const agreement = await api(
  mediator,
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
        text: '周海平支付枫桥物业管理有限公司物业费4000元',
      },
    ],
  },
  { 'Idempotency-Key': randomUUID() },
);
const sign = (page, signer, kind, image) =>
  api(page, 'POST', `/api/agreements/${agreement.id}/signatures`, { signer, kind, image });
for (const party of [applicant, respondent])
  await sign(mediator, { partyId: party.id }, 'signature', signaturePng);
await sign(mediator, { mediatorId: yang.id }, 'signature', signaturePng);
await sign(director, { seal: true }, 'seal');
await api(mediator, 'POST', `/api/agreements/${agreement.id}/finalise`, {});

// 4. The court sees the outcome, with the result letter and the agreement to download.
await court.goto(courtReferralUrl);
await court.locator('nz-card.outcome').getByText('达成协议').waitFor();
await shot(court, 'referrals-outcome');

// The police hand-over's 30 days have run out: the sweep turns it red.
await sql(
  `UPDATE clocks SET started_at = now() - interval '33 days', yellow_at = now() - interval '13 days',
          due_at = now() - interval '3 days' WHERE case_id = $1 AND kind = 'mediation'`,
  [policeCase.caseId],
);
const admin = await signedIn('admin');
await api(admin, 'POST', '/api/deadlines/sweep');

// 5. The office's dashboard: lights, referrals, overdue cases with 督办, load per committee.
await office.goto(`${base}/oversight`);
await office.locator('tr.overdue__row').first().waitFor();
await shot(office, 'referrals-oversight');
await office.locator('tr.overdue__row').first().getByRole('button', { name: '督办' }).click();
await office.locator('#dialog-note').fill('该案已超期，请于三日内报告进展并尽快办结。');
await shot(office, 'referrals-supervise');

await browser.close();
