import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { HarnessHost } from '../../../electron/harness/harness-host';
import { populateDemoWorkspace } from '../../../electron/main/demo/create-demo';
import { createDispatcher } from '../../../electron/main/handlers';
import { AppService } from '../../../electron/main/services/app-service';
import type { ApiError, InputOf, MethodName, OutputOf } from '../../../shared/contract';
import type { UnitProfile } from '../../../shared/model';

/** One clock for every store a test opens: a restart on the same folder goes on from where it was. */
let clock = Date.UTC(2026, 4, 6, 2, 0, 0);

export interface Store {
  dataDir: string;
  app: AppService;
  host: HarnessHost;
  call<K extends MethodName>(method: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /** Calls a method that must fail and returns its error. */
  refuse<K extends MethodName>(method: K, input: InputOf<K>): Promise<ApiError>;
}

/** Opens a store in a fresh temp folder through the real dispatcher, optionally on the demo city. */
export async function openStore(options: { demo?: boolean; dataDir?: string } = {}): Promise<Store> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'zb-archive-')));
  let seq = 0;
  const app = await AppService.open({
    dataDir,
    version: '0.1.0',
    // Each call a second later, so backups and events have distinct, ordered times.
    now: () => {
      clock += 1000;
      return new Date(clock);
    },
    newId: () => `ws-${Date.now().toString(36)}-${++seq}`,
    firstRun: options.demo ? 'demo' : 'empty',
  });
  // Saved archives go beside the data folder, so saving one changes nothing inside it.
  const host = new HarnessHost(`${dataDir}-saved`);
  await mkdir(host.saveDir, { recursive: true });
  if (app.isFreshDemo) {
    await populateDemoWorkspace(app, host, app.options.version);
    app.isFreshDemo = false;
  }
  const dispatch = createDispatcher({ app, host }, () => {});
  return {
    dataDir,
    app,
    host,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as OutputOf<typeof method>; // the dispatcher answers with this method's output type
    },
    async refuse(method, input) {
      const result = await dispatch(method, input);
      if (result.ok) throw new Error(`${method} was expected to fail`);
      return result.error;
    },
  };
}

/** Every file under a folder with its SHA-256, by path relative to the folder. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(
      relative(dir, path),
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  }
  return out;
}

/** SHA-256 as hex, computed here rather than taken from the code under test. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A unit profile as a clerk fills it in, for workspaces the archive tests build. */
export const SAMPLE_PROFILE: UnitProfile = {
  code: '115203000000000001',
  name: '遵义市版权局',
  parentCode: '',
  parentName: '',
  level: 'department',
  headcount: 46,
  contact: '张晓梅',
  phone: '0851-28221234',
  period: '2026',
};
