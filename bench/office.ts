import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HarnessHost } from '../electron/harness/harness-host';
import { createDispatcher, type Dispatch } from '../electron/main/handlers';
import { AppService } from '../electron/main/services/app-service';
import { writeFileAtomic } from '../electron/main/store/atomic-file';
import { closeDocuments } from '../electron/main/store/document';
import { createOfficeDoc, type OfficeDoc } from '../electron/main/store/office-doc';
import { BUILTIN_PRODUCTS, createNormalizer } from '../shared/catalog';
import type { InputOf, MethodName, OutputOf } from '../shared/contract';
import { DEMO_RULE_OPTIONS, type DemoUnitData, generateUnit, listDemoUnits } from '../shared/demo';
import type { InstallDraft } from '../shared/model';
import { BENCH_MIX } from './generate';

export interface OfficeFigures {
  machines: number;
  installs: number;
  officeJsonMb: number;
  /** One machine edit through the dispatcher, as the screen saves it: median, fastest and slowest. */
  saveMs: number;
  saveMinMs: number;
  saveMaxMs: number;
  saves: number;
  /** The same edits with fsync made a no-op for the series: what the write costs without the disk flushes. */
  saveNoFsyncMs: number;
  /** The first edit after opening the document, before anything of it has been encoded. */
  firstSaveMs: number;
  /** The return file of the unit, built, checked and written through 'returns:export'. */
  exportReturnMs: number;
  /** A standard image applied to every machine through 'images:apply' (median of three images). */
  imageApplyMs: number;
  imageAdded: number;
  imageUpdated: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Office-side figures on one unit of exactly `machines` computers, each call going through the real
 * dispatcher and handlers onto a real store in a temp folder, as the screens make them.
 */
export async function measureOffice(machines: number, rounds: { saves: number; exports: number }) {
  const unit = generateBenchUnit(machines);
  const dataDir = await mkdtemp(join(tmpdir(), 'zb-bench-office-'));
  try {
    // The unit's office.json as an earlier session saved it; the program then opens it from disk.
    const officeFile = (await openSession(dataDir)).app.workspace().office.file;
    closeDocuments(dataDir);
    const saved: OfficeDoc = {
      ...createOfficeDoc(),
      profile: unit.profile,
      machines: unit.machines,
      installs: unit.installs,
      entitlements: unit.entitlements,
      milestones: unit.milestones,
      ruleOptions: DEMO_RULE_OPTIONS,
    };
    await writeFileAtomic(officeFile, JSON.stringify(saved));
    const { call, app } = await openSession(dataDir);
    const ids = app.workspace().office.data.machines.map((m) => m.id);
    let edit = 0;
    const saveOne = async () => {
      const id = ids[edit % ids.length] ?? '';
      // The form holds the machine as the ledger listed it; the edit changes one field.
      const machine = app.workspace().office.data.machines.find((m) => m.id === id);
      if (!machine) throw new Error(`no machine ${id}`);
      const { id: _id, ...draft } = machine;
      edit++;
      const t = performance.now();
      await call('machines:update', { id, draft: { ...draft, notes: `盘点备注 ${edit}` } });
      return performance.now() - t;
    };
    const firstSaveMs = await saveOne();
    const saves: number[] = [];
    for (let i = 0; i < rounds.saves; i++) saves.push(await saveOne());
    const noFsync: number[] = [];
    await withoutFsync(async () => {
      for (let i = 0; i < rounds.saves; i++) noFsync.push(await saveOne());
    });
    const officeJsonMb = Buffer.byteLength(JSON.stringify(app.workspace().office.data)) / 2 ** 20;
    const installsBefore = app.workspace().office.data.installs.length;

    const exports: number[] = [];
    for (let i = 0; i < rounds.exports; i++) {
      const t = performance.now();
      const written = await call('returns:export', {});
      exports.push(performance.now() - t);
      if (!written) throw new Error('the return was not exported');
    }

    const applies: Array<{ ms: number; added: number; updated: number }> = [];
    for (let i = 0; i < rounds.exports; i++) {
      const image = await call('images:save', {
        draft: { name: `标准配置 ${i + 1}`, notes: '', installs: imageFrom(app, ids[i] ?? '') },
      });
      const t = performance.now();
      const { added, updated } = await call('images:apply', { id: image.id, machineIds: ids });
      applies.push({ ms: performance.now() - t, added, updated });
    }
    closeDocuments(dataDir);
    const first = applies[0];
    return {
      machines: ids.length,
      installs: installsBefore,
      officeJsonMb: round2(officeJsonMb),
      saveMs: round2(median(saves)),
      saveMinMs: round2(Math.min(...saves)),
      saveMaxMs: round2(Math.max(...saves)),
      saves: saves.length,
      saveNoFsyncMs: round2(median(noFsync)),
      firstSaveMs: round2(firstSaveMs),
      exportReturnMs: Math.round(median(exports)),
      imageApplyMs: Math.round(median(applies.map((a) => a.ms))),
      imageAdded: first?.added ?? 0,
      imageUpdated: first?.updated ?? 0,
    } satisfies OfficeFigures;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** One unit of exactly `machines` computers with the bench's software mix. */
function generateBenchUnit(machines: number): DemoUnitData {
  const [spec] = listDemoUnits(1);
  if (!spec) throw new Error('no demo unit');
  return generateUnit(spec, {
    seed: 11,
    machines,
    period: '2026',
    ...BENCH_MIX,
    normalize: createNormalizer(BUILTIN_PRODUCTS),
    productsById: new Map(BUILTIN_PRODUCTS.map((p) => [p.id, p])),
  });
}

/** A standard image of one machine's first ten programs, as a clerk would save a typical setup. */
function imageFrom(app: AppService, machineId: string): InstallDraft[] {
  return app
    .workspace()
    .office.data.installs.filter((i) => i.machineId === machineId)
    .slice(0, 10)
    .map(({ id: _id, machineId: _machine, ...draft }) => ({ ...draft, evidence: { ...draft.evidence } }));
}

interface Session {
  app: AppService;
  call<K extends MethodName>(method: K, input: InputOf<K>): Promise<OutputOf<K>>;
}

async function openSession(dataDir: string): Promise<Session> {
  let n = 0;
  const app = await AppService.open({
    dataDir,
    version: 'bench',
    now: () => new Date(),
    newId: () => `bench-${++n}`,
  });
  const dispatch: Dispatch = createDispatcher(
    { app, host: new HarnessHost(join(dataDir, 'saved')) },
    (error) => console.error(error),
  );
  return {
    app,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      // The dispatcher ran this method's handler, so the value is its output.
      return result.value as OutputOf<typeof method>;
    },
  };
}

/**
 * Runs `work` with FileHandle#sync made a no-op, to show what the disk flushes cost. Only the bench
 * does this, around its own series; the program always flushes.
 */
async function withoutFsync(work: () => Promise<void>): Promise<void> {
  const handle = await open(tmpdir(), 'r');
  const proto: { sync: () => Promise<void> } = Object.getPrototypeOf(handle);
  await handle.close();
  const sync = proto.sync;
  proto.sync = async () => {};
  try {
    await work();
  } finally {
    proto.sync = sync;
  }
}
