import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDemoReturns } from '../shared/demo';
import { suggestReturnFileName } from '../shared/office-return';
import { encodeReturn } from '../shared/return-file';

export interface Scale {
  name: string;
  units: number;
  machinesPerUnit: number;
}

/** Writes (once, cached by scale) the return files of a generated city; returns their paths and counts. */
export async function ensureReturns(
  root: string,
  scale: Scale,
): Promise<{ files: string[]; machines: number; installs: number; generateMs: number }> {
  const dir = join(root, `${scale.name}-${scale.units}x${scale.machinesPerUnit}`);
  const marker = join(dir, '.complete.json');
  if (existsSync(marker)) {
    const { machines, installs } = JSON.parse(
      await import('node:fs').then((fs) => fs.readFileSync(marker, 'utf8')),
    );
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
