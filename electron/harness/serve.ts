import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHarness } from './server';

/** `npm run web`: the real UI in any browser at http://127.0.0.1:5199 (data in ZB_DATA_DIR or a temp folder). */
const dataDir = process.env.ZB_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'zhengban-web-'));
const harness = await startHarness({
  dataDir,
  rendererDir: resolve('out/renderer'),
  saveDir: dataDir,
  port: Number(process.env.PORT ?? 5199),
  demo: true,
});
console.log(`Zhengban (browser transport) at ${harness.url} — data in ${dataDir}`);
