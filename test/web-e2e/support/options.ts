import type { Page } from 'playwright-core';

/**
 * As `chooseOption` (support/browser.ts), for a form with several selects of the same options (the
 * parties' 性别): only the open dropdown's option is clicked, not one of a closed overlay that
 * ng-zorro still keeps in the page while it fades out.
 */
export async function chooseOpenOption(page: Page, selectId: string, label: string): Promise<void> {
  await page.locator(`nz-select:has(#${selectId})`).click();
  await page
    .locator('nz-option-item:visible')
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) })
    .click();
  await page.locator('nz-option-item:visible').first().waitFor({ state: 'hidden' });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
