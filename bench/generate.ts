import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDemoReturns, listDemoUnits } from '../shared/demo';
import { suggestReturnFileName } from '../shared/office-return';
import { encodeReturn } from '../shared/return-file';
import type { RosterUnit } from '../shared/roster/roster';

/**
 * How much software the bench's machines carry: about 30 programs each, as a well-used office computer
 * lists (the embedded demo keeps the generator's lighter default of about 15).
 */
export const BENCH_MIX = { toolDensity: 4, extraTools: 14 } as const;

export interface Scale {
  name: string;
  units: number;
  machinesPerUnit: number;
}

/** Writes (once, cached by scale and software mix) the return files of a generated city. */
export async function ensureReturns(
  root: string,
  scale: Scale,
): Promise<{ files: string[]; machines: number; installs: number; generateMs: number }> {
  const mix = `mix${BENCH_MIX.toolDensity}+${BENCH_MIX.extraTools}`;
  const dir = join(root, `${scale.name}-${scale.units}x${scale.machinesPerUnit}-${mix}`);
  const marker = join(dir, '.complete.json');
  if (existsSync(marker)) {
    const { machines, installs } = JSON.parse(readFileSync(marker, 'utf8'));
    const files = (await readdir(dir)).filter((f) => f.endsWith('.xlsx')).map((f) => join(dir, f));
    return { files, machines, installs, generateMs: 0 };
  }
  await mkdir(dir, { recursive: true });
  const started = performance.now();
  let machines = 0;
  let installs = 0;
  const files: string[] = [];
  const digest = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  for (const { data } of generateDemoReturns({
    units: scale.units,
    machinesPerUnit: scale.machinesPerUnit,
    seed: 2026,
    period: '2026',
    programVersion: 'bench',
    ...BENCH_MIX,
  })) {
    const file = join(dir, suggestReturnFileName(data.profile));
    await writeFile(file, encodeReturn(data, { digest }));
    files.push(file);
    machines += data.machines.length;
    installs += data.installs.length;
  }
  await writeFile(marker, JSON.stringify({ machines, installs }));
  return { files, machines, installs, generateMs: performance.now() - started };
}

/** The roster of the generated city: every unit that returns a file, so every return counts. */
export function listBenchRoster(units: number): RosterUnit[] {
  return listDemoUnits(units).map((u) => ({
    code: u.code,
    name: u.name,
    parentCode: u.parentCode,
    parentName: u.parentName,
    contact: '',
    phone: '',
  }));
}
