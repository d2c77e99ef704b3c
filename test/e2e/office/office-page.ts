import type { Page } from 'playwright-core';
import type { Bridge, InputOf, MethodName, OutputOf } from '../../../shared/contract';

export { pick } from '../antd';

/** Calls a main-side method from inside the page, through the same bridge the UI uses. */
export async function api<K extends MethodName>(
  page: Page,
  method: K,
  input: InputOf<K>,
): Promise<OutputOf<K>> {
  const result = await page.evaluate(
    // Runs in the page, where the bridge is a global; this file is type-checked without DOM types.
    ([m, i]) => (globalThis as unknown as { api: Bridge }).api.invoke(m as MethodName, i as never),
    [method, input] as const,
  );
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  // The bridge answered this very method, so the value has its output type.
  return result.value as OutputOf<K>;
}

/** Opens a screen by its hash route and waits for the page to settle. */
export async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#/${r}`;
  }, route);
  await page.waitForTimeout(50);
}

/** Counts what a clerk does: every key press and every click. */
export class ActionCounter {
  count = 0;
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }

  /** Types text one key at a time, counting each key. */
  async type(text: string): Promise<void> {
    this.count += [...text].length;
    await this.page.keyboard.type(text);
  }

  async click(selector: string): Promise<void> {
    this.count += 1;
    await this.page.locator(selector).first().click();
  }

  reset(): number {
    const n = this.count;
    this.count = 0;
    return n;
  }
}

/** Types into the product type-ahead and takes the first suggestion with Enter. */
export async function chooseProduct(page: Page, testId: string, text: string): Promise<void> {
  const input = page
    .getByTestId(testId)
    .locator('input')
    .or(page.locator(`input[data-testid="${testId}"]`))
    .first();
  await input.click();
  await input.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
  await page.keyboard.press('Enter');
}

/** The test id of the element that has the keyboard focus, if any. */
export function activeTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    // Runs in the page; this file is type-checked without DOM types.
    const doc = (
      globalThis as unknown as {
        document: { activeElement: { getAttribute(n: string): string | null } | null };
      }
    ).document;
    return doc.activeElement?.getAttribute('data-testid') ?? null;
  });
}
