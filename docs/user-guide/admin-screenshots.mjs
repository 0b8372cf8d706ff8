// Takes the screenshots of docs/user-guide/admin.md (系统管理) from the real UI.
//
//   npm run build
//   mkdir -p /tmp/tjui && chmod 755 /tmp/tjui
//   TIAOJIE_DATA_DIR=/tmp/tjui PORT=3333 node_modules/.bin/node dist/api/api/src/main.js &
//   node_modules/.bin/node docs/user-guide/admin-screenshots.mjs http://127.0.0.1:3333
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
    viewport: { width: 1280, height: 800 },
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

// The security administrator's accounts, with one just created (its temporary password shown once).
const security = await signedIn('security.admin');
await security.goto(`${base}/admin/users`);
await security.getByRole('cell', { name: 'mediator.yang', exact: true }).waitFor();
await shot(security, 'admin-users');

// The roster as the director of 老杨调解中心 keeps it.
const director = await signedIn('director.yang');
await director.goto(`${base}/admin/mediators`);
await director.getByRole('cell', { name: '杨建国' }).first().waitFor();
await shot(director, 'admin-mediators');

// The centre's time limits, with its own limit for court-dispatched cases.
const org = (await (await director.request.fetch(`${base}/api/me`)).json()).organisationId;
const rules = await (await director.request.fetch(`${base}/api/deadline-rules`)).json();
const court = rules.find((r) => r.kind === 'mediation' && r.source === 'court_dispatch');
const set = await director.request.fetch(`${base}/api/organisations/${org}/deadline-rules/${court.id}`, {
  method: 'PUT',
  data: { days: 20, workingDays: false, basis: '诸暨市人民法院诉调对接办法:委派调解 20 日' },
});
if (!set.ok()) throw new Error(`PUT rule: ${set.status()} ${await set.text()}`);
await director.goto(`${base}/admin/deadline-rules`);
await director.getByText('本委员会').first().waitFor();
await shot(director, 'admin-deadline-rules');

// The seal page: the drawn seal until a PNG is registered.
await director.goto(`${base}/admin/seal`);
await director.getByText('当前印章').waitFor();
await shot(director, 'admin-seal');

// 文书模板: the agreement template open, previewed on the sample case.
await director.goto(`${base}/admin/templates`);
await director.getByRole('button', { name: '编辑 人民调解协议书' }).click();
await director.getByLabel('模板内容').waitFor();
await director.getByRole('button', { name: '预览' }).click();
await director.locator('iframe').waitFor();
await director.waitForTimeout(1500);
await shot(director, 'admin-templates');

// 账号安全: the director's password page with his devices (this one and a tablet signed in earlier).
const tablet = await browser.newContext({
  userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Safari/604.1',
});
const signIn = await tablet.request.post(`${base}/api/auth/login`, {
  data: { username: 'director.yang', password: 'tiaojie-demo' },
});
if (!signIn.ok()) throw new Error(`tablet sign-in: ${signIn.status()}`);
await director.goto(`${base}/password`);
await director.getByText('iPad · Safari').waitFor();
await director.getByText('登录设备').scrollIntoViewIfNeeded();
await shot(director, 'admin-account');

await browser.close();
