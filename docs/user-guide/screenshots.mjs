// Takes the screenshots of docs/user-guide/cases.md from the real UI.
//
//   npm run build
//   mkdir -p /tmp/tjui && chmod 755 /tmp/tjui
//   TIAOJIE_DATA_DIR=/tmp/tjui PORT=3333 node_modules/.bin/node dist/api/api/src/main.js &
//   node_modules/.bin/node docs/user-guide/screenshots.mjs http://127.0.0.1:3333
//
// Use a fresh data folder: the script registers its own demo cases through the UI and the API.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3333';
const out = new URL('./images/', import.meta.url).pathname;
const DESKTOP = { width: 1280, height: 800 };
const TABLET = { width: 1024, height: 768 };

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

/** The viewport, or with `content` the whole page body below the header (long forms, long cases). */
async function shot(page, name, { wait = 600, content = false } = {}) {
  // Let toasts fade and lazy chunks settle, so the picture shows the page itself.
  await page.waitForTimeout(wait);
  const path = `${out}${name}.png`;
  await (content ? page.locator('nz-content').screenshot({ path }) : page.screenshot({ path }));
  console.log(`docs/user-guide/images/${name}.png`);
}

/** Toasts stay three seconds. */
const AFTER_SAVE = 3500;

async function choose(page, selectId, label) {
  await page.locator(`nz-select:has(#${selectId})`).click();
  await page
    .locator('nz-option-item')
    .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .click();
}

async function api(page, method, path, body) {
  const response = await page.request.fetch(`${base}${path}`, { method, data: body });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Two other cases, so the lists look like a working day. */
async function backgroundCases(page) {
  const [org] = (await api(page, 'GET', '/api/organisations'))
    .flatMap(function flat(o) {
      return [o, ...o.children.flatMap(flat)];
    })
    .filter((o) => o.name === '老杨调解中心');
  const roster = (await api(page, 'GET', `/api/mediators?organisationId=${org.id}`)).items;
  const yang = roster.find((m) => m.name === '杨建国');
  const chicken = await api(page, 'POST', '/api/cases', {
    organisationId: org.id,
    source: 'walk_in',
    disputeType: 'neighbour',
    disputeSubtype: '家禽家畜',
    title: '鸡狗相斗引发的邻里纠纷',
    facts: '申请人家的母鸡啄食被申请人家的狗食被狗咬死,申请人打狗,双方发生冲突,申请人受伤。',
    requests: '请求被申请人赔偿医疗费 12000 元。',
    amountInDispute: '12000.00',
    riskLevel: 'yellow',
    isPublic: false,
    parties: [
      {
        role: 'applicant',
        kind: 'person',
        name: '何志强',
        idType: 'resident_id',
        idNumber: '330681197807204514',
      },
      {
        role: 'respondent',
        kind: 'person',
        name: '陈阿毛',
        idType: 'resident_id',
        idNumber: '330681196008080039',
      },
    ],
  });
  let c = await api(page, 'POST', `/api/cases/${chicken.id}/accept`, { version: chicken.version });
  await api(page, 'POST', `/api/cases/${c.id}/assign`, {
    version: c.version,
    presidingMediatorId: yang.id,
    chosenBy: 'committee',
  });
  await api(page, 'POST', '/api/cases', {
    organisationId: org.id,
    source: 'grid',
    disputeType: 'housing_homestead',
    title: '宅基地界址争议',
    facts: '两户相邻宅基地界址不清,一方砌墙占用通道。',
    requests: '请求拆除围墙,恢复通道。',
    riskLevel: 'none',
    isPublic: false,
    parties: [
      {
        role: 'applicant',
        kind: 'person',
        name: '楼美华',
        idType: 'resident_id',
        idNumber: '330681200002290018',
      },
      { role: 'respondent', kind: 'person', name: '周国平', idType: 'resident_id' },
    ],
  });
}

const page = await signedIn('mediator.yang');
await backgroundCases(page);

// 登记纠纷: first the messages of an empty form, then the leaking ceiling of story 4.
await page.locator('nav').getByRole('link', { name: '登记纠纷' }).click();
await page.waitForURL(/\/cases\/new$/);
await page.locator('#party-0-idNumber').fill('330681198503150022');
await page.getByRole('button', { name: '提交登记' }).click();
await page.locator('#party-0-idNumber').scrollIntoViewIfNeeded();
await shot(page, 'cases-register-errors');
await page.reload();
await choose(page, 'source', '来电');
await choose(page, 'disputeType', '邻里');
await page.locator('#disputeSubtype').fill('漏水');
await page.locator('#title').fill('楼上漏水纠纷');
await page
  .locator('#facts')
  .fill('来电人称楼上502室卫生间漏水,自家天花板渗水发霉;502室业主已搬走,电话打不通。');
await page.locator('#requests').fill('请求楼上业主修复漏水,赔偿天花板修复费用。');
await page.locator('#amountInDispute').fill('3200');
await page.locator('#location').fill('枫桥镇枫溪小区3幢');
await page.locator('#party-0-name').fill('钱秀英');
await page.locator('#party-0-idNumber').fill('330681198503150021');
await page.locator('#party-0-phone').fill('13800000001');
await page.locator('#party-0-address').fill('枫溪小区3幢402室');
await page.locator('#party-1-name').fill('沈翊珩');
await page.locator('#party-1-address').fill('枫溪小区3幢502室(已搬离)');
await shot(page, 'cases-register', { content: true });
await page.getByRole('button', { name: '提交登记' }).click();
await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
const caseUrl = page.url();
await shot(page, 'cases-detail-registered', { wait: AFTER_SAVE });

// 受理 and 指派调解员.
await page.getByRole('button', { name: '受理', exact: true }).click();
await page.locator('tj-case-status-tag').getByText('受理').waitFor();
await page.getByRole('button', { name: '指派调解员' }).click();
await page.locator('.ant-modal').getByText('主持调解员').waitFor();
await shot(page, 'cases-assign', { wait: AFTER_SAVE });
await page.locator('.ant-modal-footer').getByRole('button', { name: '指派调解员' }).click();
await page.locator('tj-case-status-tag').getByText('调解中').waitFor();

// 记录调解: a site visit, then a back-to-back talk with a private note.
await page.getByRole('link', { name: '记录调解' }).click();
await page.locator('nz-segmented').getByText('现场查看').click();
await page.getByLabel('申请人 钱秀英').check();
await page.locator('#place').fill('枫溪小区3幢402室');
await page
  .locator('#summary')
  .fill('查看402室卫生间天花板,大面积水渍和霉斑,系502室卫生间管道渗漏所致,已拍照。');
await shot(page, 'cases-session-site-visit', { content: true, wait: AFTER_SAVE });
await page.getByRole('button', { name: '保存调解记录' }).click();
await page.waitForURL(caseUrl);
await page.getByRole('link', { name: '记录调解' }).click();
await choose(page, 'session-party', '申请人 钱秀英');
await page.locator('#place').fill('老杨调解中心调解室');
await page.locator('#summary').fill('与申请人单独谈话,了解损失和诉求。');
await page.getByRole('button', { name: '添加参加人' }).click();
await page.locator('#participant-0-name').fill('钱建军');
await page.locator('#participant-0-relation').fill('申请人之子');
await page.getByLabel('当事人同意邀请').check();
await page.locator('#privateNotes').fill('申请人私下表示:只要楼上修好漏水,赔偿可以让一半。');
await shot(page, 'cases-session-back-to-back', { content: true, wait: AFTER_SAVE });
await page.getByRole('button', { name: '保存调解记录' }).click();
await page.waitForURL(caseUrl);
await shot(page, 'cases-detail-sessions', { content: true, wait: AFTER_SAVE });

// A dialog of the case actions: 终止调解 asks for the routes the parties were told of.
await page.getByRole('button', { name: '终止调解' }).click();
await page.locator('#dialog-reason').fill('被申请人经多次联系仍拒绝到场');
await page.locator('#dialog-routes').fill('已告知申请人可向人民法院起诉,或向物业、社区申请协调维修');
await shot(page, 'cases-terminate', { wait: 1000 });
await page.locator('.ant-modal-footer').getByRole('button', { name: '取消' }).click();

// Finding it again by two characters of the owner's name.
await page.locator('nav').getByRole('link', { name: '纠纷案件' }).click();
await page.waitForURL(/\/cases$/);
await shot(page, 'cases-list');
await page.locator('#case-search').fill('翊珩');
await page.locator('#case-search').press('Enter');
await page.waitForURL(/q=/);
await shot(page, 'cases-search');

await page.locator('nav').getByRole('link', { name: '工作台' }).click();
await page.getByText('最近动态').waitFor();
await shot(page, 'cases-workbench');

// The judicial office sees the same case with ID numbers and phones masked, and cannot change it.
const sfs = await signedIn('sfs.wang');
await sfs.goto(caseUrl);
await sfs.getByText('已脱敏').waitFor();
await shot(sfs, 'cases-masked');

// The registration form on a 1024×768 tablet.
const tablet = await signedIn('mediator.yang', TABLET);
await tablet.locator('nav').getByRole('link', { name: '登记纠纷' }).click();
await tablet.locator('#party-1-name').waitFor();
await choose(tablet, 'source', '来电');
await tablet.locator('#title').fill('楼道堆物纠纷');
await shot(tablet, 'cases-register-tablet');

await browser.close();
