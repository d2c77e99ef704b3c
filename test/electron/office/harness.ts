import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HarnessHost } from '../../../electron/harness/harness-host';
import { createDispatcher } from '../../../electron/main/handlers';
import { AppService } from '../../../electron/main/services/app-service';
import type { ApiError, InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { createEmptyEvidence, type InstallDraft } from '../../../shared/model';

export interface OfficeHarness {
  dir: string;
  app: AppService;
  /** Calls a method through the real dispatcher; throws on a failed result. */
  call<K extends MethodName>(method: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /** Calls a method that must fail; returns its error. */
  fail<K extends MethodName>(method: K, input: InputOf<K>): Promise<ApiError>;
  /** How many times the office document was written since the last reset. */
  writes(): number;
}

/** A real store in a temp folder behind the real dispatcher, counting office.json writes. */
export async function openOffice(): Promise<OfficeHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'zb-office-'));
  let n = 0;
  const app = await AppService.open({
    dataDir: dir,
    version: '9.9.9',
    now: () => new Date(Date.UTC(2026, 5, 1, 2, 0, 0)),
    newId: () => `id-${++n}`,
  });
  const dispatch = createDispatcher({ app, host: new HarnessHost(join(dir, 'saved')) }, () => undefined);
  const office = app.workspace().office;
  const update = office.update.bind(office);
  let writes = 0;
  // Counts writes by wrapping the document's own update; the store is otherwise untouched.
  (office as { update: typeof office.update }).update = async (mutate) => {
    writes += 1;
    await update(mutate);
  };
  return {
    dir,
    app,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      // The dispatcher ran this method's handler, so the value is its output.
      return result.value as OutputOf<typeof method>;
    },
    async fail(method, input) {
      const result = await dispatch(method, input);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
      return result.error;
    },
    writes() {
      const count = writes;
      writes = 0;
      return count;
    },
  };
}

/** An install draft with only what a test names filled in. */
export function installDraft(
  over: Omit<Partial<InstallDraft>, 'evidence'> & { evidence?: Partial<InstallDraft['evidence']> },
): InstallDraft {
  return {
    productId: null,
    rawName: '',
    version: '',
    edition: '',
    category: 'other',
    channel: 'unknown',
    entitlementId: null,
    notes: '',
    ...over,
    evidence: { ...createEmptyEvidence(), ...over.evidence },
  };
}
