import type { Browser } from 'playwright-core';
import { chooseOption, DESKTOP, expectVisible, signIn } from './browser.js';

/**
 * The director names the presiding mediator, as a centre works (only the director assigns,
 * libs/contracts ACTION_POWERS): director.yang opens the case in his own browser page and uses
 * 指派调解员. The case is then in mediation.
 */
export async function assignAsDirector(
  browser: Browser,
  caseUrl: string,
  presiding: string,
  viewport = DESKTOP,
): Promise<void> {
  const page = await browser.newPage({ viewport });
  try {
    await signIn(page, 'director.yang');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(caseUrl);
    await page.getByRole('button', { name: '指派调解员' }).click();
    const dialog = page.locator('.ant-modal');
    await expectVisible(dialog.getByText('主持调解员'));
    await chooseOption(page, 'assign-presiding', presiding);
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '指派调解员' }).click();
    await expectVisible(page.locator('tj-case-status-tag').getByText('调解中'));
  } finally {
    await page.close();
  }
}
