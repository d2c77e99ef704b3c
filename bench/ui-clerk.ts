import type { Locator, Page } from 'playwright-core';

/**
 * Collects the page's long tasks (main-thread tasks over 50 ms) from the first script on, so a
 * task during start-up is seen too. Plain text: it runs in the page before the program loads.
 */
const LONG_TASK_OBSERVER = `(() => {
  const tasks = [];
  window.__zbLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    window.__zbLongTaskError = String(error);
  }
})();`;

interface LongTask {
  start: number;
  ms: number;
}

/** In the page: the long-task list and the page clock (this file is type-checked without DOM types). */
type PageGlobals = {
  __zbLongTasks?: LongTask[];
  __zbLongTaskError?: string;
  performance: { now(): number };
};

/** Records the page's long tasks from the next navigation on; call before the first goto. */
export async function installLongTaskObserver(page: Page): Promise<void> {
  await page.addInitScript(LONG_TASK_OBSERVER);
}

/** Times named clerk actions and keeps the longest main-thread task seen during each. */
export class TaskRecorder {
  readonly perAction: Record<string, number> = {};

  constructor(private readonly page: Page) {}

  /** Runs one action, then waits for the page to settle so its last task is counted. */
  async run<T>(name: string, action: () => Promise<T>): Promise<T> {
    const from = await this.clock();
    const value = await action();
    await settle(this.page);
    const to = await this.clock();
    const tasks = await this.tasks();
    const mine = tasks.filter((t) => t.start >= from && t.start < to);
    // An action done twice (clearing the filter) keeps its worse run.
    this.perAction[name] = Math.round(Math.max(this.perAction[name] ?? 0, ...mine.map((t) => t.ms)));
    return value;
  }

  /** Every long task of the page so far: the longest and how many. */
  async totals(): Promise<{ longestTaskMs: number; longTasks: number }> {
    const tasks = await this.tasks();
    return { longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.ms))), longTasks: tasks.length };
  }

  private clock(): Promise<number> {
    return this.page.evaluate(() => (globalThis as unknown as PageGlobals).performance.now());
  }

  private async tasks(): Promise<LongTask[]> {
    const { tasks, error } = await this.page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return { tasks: g.__zbLongTasks ?? null, error: g.__zbLongTaskError ?? null };
    });
    if (tasks === null)
      throw new Error(`long tasks are not observed in this page: ${error ?? 'no observer'}`);
    return tasks;
  }
}

/** Lets queued renders and the observer's callbacks run: two frames and a short pause. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(250);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const g = globalThis as unknown as { requestAnimationFrame(cb: () => void): void };
        g.requestAnimationFrame(() => g.requestAnimationFrame(() => resolve()));
      }),
  );
  await page.waitForTimeout(100);
}

/** The rows of a table as shown (a virtual table renders only those in view). */
export function rowsOf(page: Page, tableTestId: string): Locator {
  return page.locator(`[data-testid="${tableTestId}"] .ant-table-tbody-virtual .ant-table-row`);
}

/** Opens a screen from the side menu, as the clerk does. */
export async function openFromMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
}

/**
 * Scrolls a virtual table with the mouse wheel, a screenful at a time, until its last row stays
 * put; returns the last row's text. Fails when the table never reaches an end.
 */
export async function wheelToEnd(page: Page, tableTestId: string, direction: 'down' | 'up'): Promise<string> {
  const holder = page.locator(`[data-testid="${tableTestId}"] .ant-table-tbody-virtual-holder`).first();
  const box = await holder.boundingBox();
  if (!box) throw new Error(`${tableTestId}: no scrolling table body shown`);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  const rows = rowsOf(page, tableTestId);
  const edge = () => (direction === 'down' ? rows.last() : rows.first());
  let previous = '';
  let still = 0;
  for (let step = 0; step < 2000; step++) {
    await page.mouse.wheel(0, direction === 'down' ? box.height * 0.9 : -box.height * 0.9);
    await page.waitForTimeout(40);
    const key = (await edge().getAttribute('data-row-key')) ?? '';
    still = key === previous ? still + 1 : 0;
    previous = key;
    if (still >= 3) return (await edge().textContent()) ?? '';
  }
  throw new Error(`${tableTestId}: still scrolling ${direction} after 2000 wheel turns`);
}

/** Types text into a field one key at a time, at a brisk clerk's pace. */
export async function typeSlowly(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.pressSequentially(text, { delay: 60 });
}

/** Empties a field the way a clerk does: select all, delete. */
export async function clearField(page: Page, field: Locator): Promise<void> {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
}

/** The shown/total counts of the returns list ("显示 3 份，共 1000 份" / "Showing 3 of 1000"). */
export async function readReturnsCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.getByTestId('returns-count').textContent()) ?? '';
  const [shown, total] = (text.match(/\d+/g) ?? []).map(Number);
  if (shown === undefined || total === undefined) throw new Error(`unreadable count: ${text}`);
  return { shown, total };
}
