import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppService } from '../electron/main/services/app-service';
import { closeDocuments } from '../electron/main/store/document';
import { BUILTIN_PRODUCTS } from '../shared/catalog';
import { generateDemoReturns } from '../shared/demo';
import { DEFAULT_RULE_OPTIONS } from '../shared/licensing';
import { buildReturnData } from '../shared/office-return';
import { encodeReturn } from '../shared/return-file';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Office-side figures on one unit of `machines` computers: one saved edit and one return export. */
export async function measureOffice(machines: number): Promise<Record<string, number>> {
  const [unit] = generateDemoReturns({
    units: 1,
    machinesPerUnit: machines,
    seed: 11,
    period: '2026',
    programVersion: 'bench',
  });
  if (!unit) throw new Error('no demo unit');
  const realMachines = unit.unit.machines.length;
  const dataDir = await mkdtemp(join(tmpdir(), 'zb-bench-office-'));
  const app = await AppService.open({
    dataDir,
    version: 'bench',
    now: () => new Date(),
    newId: () => 'bench',
  });
  const office = app.workspace().office;
  await office.update((d) => {
    d.profile = unit.unit.profile;
    d.machines = unit.unit.machines;
    d.installs = unit.unit.installs;
    d.entitlements = unit.unit.entitlements;
    d.milestones = unit.unit.milestones;
  });
  const saves: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await office.update((d) => {
      const m = d.machines[i % d.machines.length];
      if (m) m.notes = `edit ${i}`;
    });
    saves.push(performance.now() - t);
  }
  const exports: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const data = buildReturnData(
      {
        ...office.data,
        profile: unit.unit.profile,
        budget: [],
        catalog: BUILTIN_PRODUCTS,
        options: DEFAULT_RULE_OPTIONS,
        packageId: '',
        ruleOptionsDigest: '',
      },
      { programVersion: 'bench', exportedAt: '2026-11-27T10:00:00+08:00' },
    );
    encodeReturn(data, { digest: (b) => createHash('sha256').update(b).digest('hex') });
    exports.push(performance.now() - t);
  }
  closeDocuments(dataDir);
  await rm(dataDir, { recursive: true, force: true });
  return {
    machines: realMachines,
    installs: office.data.installs.length,
    saveOneEditMs: Math.round(median(saves) * 100) / 100,
    exportReturnMs: Math.round(median(exports)),
  };
}
