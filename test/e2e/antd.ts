import type { Locator, Page } from 'playwright-core';

/**
 * Opens an antd Select (by test id), types `typed` into its search if given, picks the option with
 * this label, then checks that the Select shows it, as a person would. On a loaded machine a click
 * can land while the list is still opening; the person would simply pick again, and so does this.
 */
export async function pick(page: Page, testId: string, label: string, typed?: string): Promise<void> {
  const select = page.getByTestId(testId);
  const option = page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`)
    .first();
  for (let attempt = 1; ; attempt += 1) {
    if (!(await option.isVisible())) {
      await select.click();
      if (typed) await page.keyboard.type(typed);
    }
    await option.click();
    if (await shownWithin(select, label, 2_000)) return;
    if (attempt === 3) throw new Error(`${testId} does not show "${label}" after ${attempt} picks`);
  }
}

async function shownWithin(select: Locator, label: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await select.textContent())?.includes(label)) return true;
    await select.page().waitForTimeout(50);
  }
  return false;
}
