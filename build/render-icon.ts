import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** Renders renderer/public/icon.svg to build/icon.png (512 px) for the installers. */
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.goto(`file://${resolve('renderer/public/icon.svg')}`);
await page.screenshot({ path: resolve('build/icon.png'), omitBackground: true });
await browser.close();
