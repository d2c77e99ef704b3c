import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function digests(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) {
    out[f] = createHash('sha256')
      .update(await readFile(join(dir, f)))
      .digest('hex');
  }
  return out;
}

describe('zhengban demo', () => {
  it('writes one valid return file per unit, byte-identical for the same seed', async () => {
    const a = await mkdtemp(join(tmpdir(), 'zb-demo-a-'));
    const b = await mkdtemp(join(tmpdir(), 'zb-demo-b-'));
    const args = ['bin/zhengban.js', 'demo', '--units', '3', '--machines-per-unit', '8', '--seed', '5'];
    const summary = JSON.parse(execFileSync('node', [...args, '--out', a, '--json'], { encoding: 'utf8' }));
    execFileSync('node', [...args, '--out', b], { encoding: 'utf8' });
    expect(summary.units).toBe(3);
    const da = await digests(a);
    expect(Object.keys(da)).toHaveLength(3);
    expect(Object.keys(da).every((f) => f.endsWith('_2026_回传.xlsx'))).toBe(true);
    expect(await digests(b)).toEqual(da);
    const report = execFileSync(
      'node',
      ['bin/zhengban.js', 'validate', ...Object.keys(da).map((f) => join(a, f))],
      {
        encoding: 'utf8',
      },
    );
    expect(report.split('\n').filter((l) => l.includes('有效'))).toHaveLength(3);
  }, 120_000);
});
