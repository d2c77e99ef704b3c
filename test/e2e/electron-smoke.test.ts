import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/** The Electron binary, where it has been downloaded; the browser tests cover machines without one. */
function electronBinary(): string | undefined {
  const dir = resolve('node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

describe.skipIf(!binary)('the desktop program in real Electron', () => {
  it('starts hardened: the page has the api bridge and no Node', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'zb-electron-'));
    const app = await _electron.launch({
      executablePath: binary,
      args: ['.', `--user-data-dir=${userData}`, '--no-sandbox'],
    });
    try {
      const page = await app.firstWindow();
      await page.getByText('单位信息').first().waitFor();
      const probe = await page.evaluate(() => {
        const g = globalThis as unknown as Record<string, unknown>;
        return {
          hasApi: typeof g.api === 'object',
          hasRequire: typeof g.require,
          hasProcess: typeof g.process,
        };
      });
      expect(probe).toEqual({ hasApi: true, hasRequire: 'undefined', hasProcess: 'undefined' });
    } finally {
      await app.close();
    }
  });
});
