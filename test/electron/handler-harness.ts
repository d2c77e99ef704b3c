import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HarnessHost } from '../../electron/harness/harness-host';
import { createDispatcher, type Dispatch } from '../../electron/main/handlers';
import { AppService } from '../../electron/main/services/app-service';
import type { MethodName, OutputOf } from '../../shared/contract';

export interface HandlerHarness {
  dir: string;
  app: AppService;
  host: HarnessHost;
  dispatch: Dispatch;
}

/** A real store in a fresh temp folder behind the real dispatcher, with a fixed clock and counted ids. */
export async function openHandlers(prefix: string, now: string): Promise<HandlerHarness> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  let ids = 0;
  const app = await AppService.open({
    dataDir: dir,
    version: '1',
    now: () => new Date(now),
    newId: () => `id-${++ids}`,
  });
  const host = new HarnessHost(dir);
  return { dir, app, host, dispatch: createDispatcher({ app, host }, () => {}) };
}

/** Calls a method through the dispatcher and returns its value; throws with the error otherwise. */
export async function callOk<K extends MethodName>(
  dispatch: Dispatch,
  method: K,
  input: unknown,
): Promise<OutputOf<K>> {
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as OutputOf<K>; // the dispatcher answered this very method
}
