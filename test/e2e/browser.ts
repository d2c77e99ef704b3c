import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Harness, startHarness } from '../../electron/harness/server';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The system Chromium used for browser tests (never a downloaded one). */
export function findChromium(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

export const ARTIFACTS = resolve('test-results');

export interface Session {
  harness: Harness;
  browser: Browser;
  page: Page;
  dataDir: string;
  /** Console errors and page errors seen so far: a test can assert there were none. */
  errors: string[];
  close(): Promise<void>;
}

/** Starts the real handlers on a fresh store and opens the built renderer in headless Chromium. */
export async function openSession(
  options: { dataDir?: string; locale?: string; demo?: boolean } = {},
): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH');
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'zb-e2e-')));
  const saveDir = join(dataDir, 'saved');
  await mkdir(saveDir, { recursive: true });
  const harness = await startHarness({
    dataDir,
    rendererDir: resolve('out/renderer'),
    saveDir,
    demo: options.demo ?? false,
  });
  const browser = await chromium.launch({
    executablePath,
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
  const page = await browser.newPage({
    viewport: { width: 1360, height: 860 },
    locale: options.locale ?? 'zh-CN',
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(harness.url);
  return {
    harness,
    browser,
    page,
    dataDir,
    errors,
    async close() {
      await browser.close();
      await harness.close();
    },
  };
}

/** Saves a full-page screenshot under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits until the text is shown; fails the test with a timeout otherwise. */
export async function shows(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout });
}

/** A count as a Chinese reader expects it on screen: thousands grouped with commas (97,158). */
export const grouped = (n: number | undefined): string => (n ?? Number.NaN).toLocaleString('zh-CN');
