import { existsSync } from 'node:fs';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

export const DESKTOP = { width: 1280, height: 800 };
export const TABLET = { width: 1024, height: 768 };

export function baseUrl(): string {
  const url = process.env['TIAOJIE_E2E_URL'];
  if (!url) throw new Error('TIAOJIE_E2E_URL is not set: run through test/web-e2e/jest.config.mjs');
  return url;
}

/** Debian's Chromium, headless, with nothing that reaches outside this machine (Playwright gives it a fresh profile). */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      'Chromium is missing: apt-get install -y --no-install-recommends chromium fonts-noto-cjk',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function signIn(page: Page, username: string, password = 'tiaojie-demo'): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Opens an ng-zorro select (found by the `nzId` of its input) and picks the option with `label`. */
export async function chooseOption(page: Page, selectId: string, label: string): Promise<void> {
  await page.locator(`nz-select:has(#${selectId})`).click();
  await page
    .locator('nz-option-item')
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) })
    .click();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits until the locator is visible (15 s, enough for a cold lazy chunk on a slow machine). */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 15000 });
}

/** Draws a signature-like zigzag on a canvas with the mouse (signature_pad listens to pointer events). */
export async function drawOnCanvas(page: Page, canvas: Locator): Promise<void> {
  const box = await canvas.boundingBox();
  if (!box) throw new Error('The canvas is not visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.15, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    const x = box.x + box.width * (0.15 + i * 0.05);
    await page.mouse.move(x, y + (i % 2 ? -30 : 30), { steps: 4 });
  }
  await page.mouse.up();
  await page.mouse.move(box.x + box.width * 0.3, y + 50);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, y + 45, { steps: 8 });
  await page.mouse.up();
}

/**
 * 受理 delivers the rights notice (权利义务告知书) to the parties not yet told: in the dialog the user
 * leaves out those not reached yet (by their label, "被申请人 沈…"), picks how, confirms, and accepts.
 */
export async function deliverRightsNotice(
  page: Page,
  method: '书面送达' | '口头告知' = '书面送达',
  notYetReached: string[] = [],
): Promise<void> {
  const dialog = page.locator('.ant-modal', { hasText: '权利义务告知书' });
  await expectVisible(dialog);
  for (const party of notYetReached) await dialog.getByLabel(party).uncheck();
  await dialog.getByText(method, { exact: true }).click();
  await dialog.getByText('我已向上述当事人送达告知书').click();
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: '受理' }).click();
}
