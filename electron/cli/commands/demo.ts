import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemoReturns } from '../../../shared/demo';
import { suggestReturnFileName } from '../../../shared/office-return';
import { encodeReturn } from '../../../shared/return-file';
import { writeFileAtomic } from '../../main/store/atomic-file';
import type { Command } from '../command';
import { readPackageVersion } from '../package-version';

const USAGE = `Usage: zhengban demo [--units N] [--machines-per-unit M] [--seed S] [--period P] --out DIR

Writes the return files of a fictional demo city (青岚市), one workbook per unit, exactly as the
office side exports them. The same options always produce the same bytes.

  --units N              number of units (default 70)
  --machines-per-unit M  average computers per unit (default 51)
  --seed S               random seed (default 2026)
  --period P             reporting period (default 2026)
  --out DIR              folder to write to (created if missing)
  --json                 print a JSON summary instead of text`;

/** sha256 hex, the digest the return file carries. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'write the return files of a generated demo city (示例数据)',
  usage: USAGE,
  async run(args, io) {
    let values: ReturnType<typeof parse>;
    try {
      values = parse(args);
    } catch (error) {
      io.err(`zhengban demo: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    const out = values.out;
    if (!out) {
      io.err(`zhengban demo: --out DIR is required\n\n${USAGE}`);
      return 2;
    }
    const units = Number(values.units ?? 70);
    const machinesPerUnit = Number(values['machines-per-unit'] ?? 51);
    const seed = Number(values.seed ?? 2026);
    if (![units, machinesPerUnit, seed].every((n) => Number.isInteger(n) && n >= 0) || units < 1) {
      io.err('zhengban demo: --units, --machines-per-unit and --seed take whole numbers');
      return 2;
    }
    await mkdir(out, { recursive: true });
    let machines = 0;
    let installs = 0;
    const files: string[] = [];
    for (const { data } of generateDemoReturns({
      units,
      machinesPerUnit,
      seed,
      period: values.period ?? '2026',
      programVersion: readPackageVersion(),
    })) {
      const bytes = encodeReturn(data, { digest: sha256Hex });
      const file = join(out, suggestReturnFileName(data.profile));
      await writeFileAtomic(file, bytes);
      files.push(file);
      machines += data.machines.length;
      installs += data.installs.length;
    }
    if (values.json) io.out(JSON.stringify({ files, units: files.length, machines, installs }));
    else io.out(`${files.length} return files, ${machines} computers, ${installs} installs → ${out}`);
    return 0;
  },
};

function parse(args: string[]) {
  return parseArgs({
    args,
    options: {
      units: { type: 'string' },
      'machines-per-unit': { type: 'string' },
      seed: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
