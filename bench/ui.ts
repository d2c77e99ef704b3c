import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startHarness } from '../electron/harness/server';
import { findChromium } from '../test/e2e/browser';
import { prepareCentralCity } from './ui-city';
import {
  clearField,
  installLongTaskObserver,
  openFromMenu,
  readReturnsCount,
  rowsOf,
  TaskRecorder,
  typeSlowly,
  wheelToEnd,
} from './ui-clerk';

export interface CentralUiOptions {
  units: number;
  machinesPerUnit: number;
  cacheRoot: string;
  /** When given, screenshots of the returns and statistics pages are saved there. */
  screenshotDir?: string;
}

export interface CentralUiFigures {
  machines: number;
  installs: number;
  /** From opening the program on the returns page until its first row shows. */
  loadMs: number;
  /** The longest main-thread task of the whole session, and how many tasks passed 50 ms. */
  longestTaskMs: number;
  longTasks: number;
  /** The longest task during each clerk action (0: none over 50 ms). */
  perAction: Record<string, number>;
}

const RENDERER = fileURLToPath(new URL('../out/renderer', import.meta.url));
const TIMEOUT = 120_000;

/**
 * The central screens at a city's scale in headless Chromium: a clerk opens the returns list,
 * scrolls, filters, sorts, opens the statistics with charts, switches the breakdown and scrolls the
 * roster, while the page's long tasks are recorded. Needs the renderer built (out/renderer).
 */
export async function measureCentralUi(options: CentralUiOptions): Promise<CentralUiFigures> {
  if (!existsSync(join(RENDERER, 'index.html')))
    throw new Error('renderer not built: run electron-vite build');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH');
  const city = await prepareCentralCity(options);
  const saveDir = join(city.dataDir, 'saved');
  await mkdir(saveDir, { recursive: true });
  const harness = await startHarness({ dataDir: city.dataDir, rendererDir: RENDERER, saveDir });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' });
    await installLongTaskObserver(page);
    const recorder = new TaskRecorder(page);
    const last = city.units.at(-1);
    if (!last) throw new Error('no units');
    let loadMs = 0;
    await recorder.run('openReturns', async () => {
      const started = Date.now();
      await page.goto(`${harness.url}#/central/returns`);
      await rowsOf(page, 'returns-table').first().waitFor({ timeout: TIMEOUT });
      loadMs = Date.now() - started;
    });
    // A county that some units belong to and others do not, so that filtering by it narrows the list.
    const counties = city.units.map((u) => u.parentName);
    const county = counties.filter((c) => c !== '' && counties.some((other) => other !== c)).at(-1) ?? '';
    await actOnReturns(page, recorder, { name: last.name, county });
    await actOnStats(page, recorder);
    await recorder.run('openRoster', async () => {
      await openFromMenu(page, '名单与回收');
      await rowsOf(page, 'roster-table').first().waitFor({ timeout: TIMEOUT });
    });
    await recorder.run('scrollRoster', async () => {
      await wheelToEnd(page, 'roster-table', 'down');
      await wheelToEnd(page, 'roster-table', 'up');
    });
    const totals = await recorder.totals();
    if (options.screenshotDir) await takeScreenshots(page, options.screenshotDir);
    return {
      machines: city.machines,
      installs: city.installs,
      loadMs,
      ...totals,
      perAction: recorder.perAction,
    };
  } finally {
    await browser.close();
    await harness.close();
    await city.dispose();
  }
}

/** Scrolls the returns list to the end and back, filters by a unit's name and by county, sorts. */
async function actOnReturns(
  page: Page,
  recorder: TaskRecorder,
  find: { name: string; county: string },
): Promise<void> {
  const filter = page.getByTestId('returns-filter');
  const { total } = await readReturnsCount(page);
  const until = async (isDone: (shown: number) => boolean, what: string) => {
    for (let i = 0; i < 1200; i++) {
      if (isDone((await readReturnsCount(page)).shown)) return;
      await page.waitForTimeout(25);
    }
    throw new Error(`returns list: ${what} did not happen within 30 s`);
  };
  const narrowed = () => until((shown) => shown > 0 && shown < total, 'filtering');
  const restored = () => until((shown) => shown === total, 'clearing the filter');

  await recorder.run('scrollReturns', async () => {
    await wheelToEnd(page, 'returns-table', 'down');
    await wheelToEnd(page, 'returns-table', 'up');
  });
  await recorder.run('filterByName', async () => {
    await typeSlowly(filter, find.name.slice(-6));
    await narrowed();
  });
  await recorder.run('clearFilter', async () => {
    await clearField(page, filter);
    await restored();
  });
  if (find.county !== '') {
    await recorder.run('filterByCounty', async () => {
      await typeSlowly(filter, find.county);
      await narrowed();
    });
    await recorder.run('clearFilter', async () => {
      await clearField(page, filter);
      await restored();
    });
  }
  await recorder.run('sortReturns', async () => {
    const header = page.locator('[data-testid="returns-table"] th', { hasText: '计算机' }).first();
    await header.click();
    await header.click();
  });
}

/** Opens the statistics with their charts, switches to counties and back, scrolls the lines. */
async function actOnStats(page: Page, recorder: TaskRecorder): Promise<void> {
  await recorder.run('openStats', async () => {
    await openFromMenu(page, '汇总统计');
    await page.getByTestId('stats-computers').waitFor({ timeout: TIMEOUT });
    await page.locator('[data-testid="chart-needed"] canvas').first().waitFor({ timeout: TIMEOUT });
    await rowsOf(page, 'stats-lines').first().waitFor({ timeout: TIMEOUT });
  });
  await recorder.run('switchBreakdown', async () => {
    await page.getByTestId('stats-level').getByText('按县（区）').click();
    await page.waitForTimeout(200);
    await page.getByTestId('stats-level').getByText('按单位').click();
  });
  await recorder.run('scrollStats', async () => {
    await wheelToEnd(page, 'stats-lines', 'down');
    await wheelToEnd(page, 'stats-lines', 'up');
  });
}

async function takeScreenshots(page: Page, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await openFromMenu(page, '收文与冲突');
  await rowsOf(page, 'returns-table').first().waitFor({ timeout: TIMEOUT });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(dir, 'central-ui-returns.png'), fullPage: true });
  await openFromMenu(page, '汇总统计');
  await page.locator('[data-testid="chart-needed"] canvas').first().waitFor({ timeout: TIMEOUT });
  await page.waitForTimeout(1500); // the charts animate in
  await page.screenshot({ path: join(dir, 'central-ui-stats.png'), fullPage: true });
}

/** `npx tsx bench/ui.ts --units=1000 --machines=100 [--cache=DIR] [--shots=DIR]` */
async function main(): Promise<void> {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const units = Number(arg('units') ?? 1000);
  const machinesPerUnit = Number(arg('machines') ?? 100);
  const cacheRoot = resolve(arg('cache') ?? process.env.ZB_BENCH_CACHE ?? join(tmpdir(), 'zhengban-bench'));
  const screenshotDir = resolve(arg('shots') ?? 'test-results');
  const started = Date.now();
  const figures = await measureCentralUi({ units, machinesPerUnit, cacheRoot, screenshotDir });
  const { perAction, ...head } = figures;
  console.log(
    `\nCentral screens at ${units} units × ${machinesPerUnit} machines (${Date.now() - started} ms in all)`,
  );
  console.table([head]);
  console.table([perAction]);
  console.log(`screenshots: ${screenshotDir}/central-ui-returns.png, central-ui-stats.png`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
