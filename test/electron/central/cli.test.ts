import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeReturn } from '../../../shared/return-file';
import { countPlainly } from '../../fixtures/central/count-independently';
import {
  type CityScenario,
  encodeRosterWorkbook,
  sha256,
  writeCityScenario,
} from '../../fixtures/central/write-returns';

const exec = promisify(execFile);

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node', ['bin/zhengban.js', ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }; // execFile's error carries the exit status and output
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('zhengban validate, merge and stats', () => {
  let dir: string;
  let scenario: CityScenario;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zb-cli-'));
    scenario = await writeCityScenario(join(dir, 'inbox'), '2026', 21);
  }, 120_000);

  const fileOf = (code: string) =>
    join(scenario.folder, `${code}_${scenario.roster.find((u) => u.code === code)!.name}_2026回传文件.xlsx`);

  it('validate exits 0 for a clean file, 1 for problems, 2 for a file that cannot be read', async () => {
    const clean = scenario.roster.find(
      (u) => ![...scenario.withheld, scenario.corrupted, scenario.edited].includes(u.code),
    )!.code;
    expect((await run('validate', fileOf(clean))).code).toBe(0);
    const edited = await run('validate', fileOf(scenario.edited));
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('汇总表');
    const broken = await run('validate', fileOf(scenario.corrupted), '--json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).files[0]).toMatchObject({
      verdict: 'invalid',
      issues: [{ message: { key: 'returnFile:issue.truncated' } }],
    });
    expect((await run('validate', join(dir, 'no-such-file.xlsx'))).code).toBe(2);
  });

  it('merge applies the same rules as the program and writes a report that stats reads back with the same totals', async () => {
    const rosterPath = join(dir, 'roster.xlsx');
    await writeFile(rosterPath, encodeRosterWorkbook(scenario.roster));
    const out = join(dir, 'report.xlsx');
    const merged = await run(
      'merge',
      scenario.folder,
      '--period',
      '2026',
      '--roster',
      rosterPath,
      '--out',
      out,
      '--unit-code',
      '520300',
      '--unit-name',
      '遵义市版权局',
      '--json',
    );
    expect(merged.code).toBe(1);
    const result = JSON.parse(merged.stdout);
    const accepted = [...scenario.data]
      .filter(([c]) => !scenario.withheld.includes(c) && c !== scenario.corrupted)
      .map(([, d]) => d);
    expect(result.counts).toMatchObject({
      accepted: accepted.length - 1,
      acceptedWithWarnings: 1,
      rejected: 1,
    });
    expect(result.recovery).toMatchObject({ expected: 21, returned: accepted.length });
    expect(result.recovery.missing.map((m: { code: string }) => m.code).sort()).toEqual(
      [...scenario.withheld, scenario.corrupted].sort(),
    );
    const stats = await run('stats', out, '--json');
    expect(stats.code).toBe(0);
    const parsed = JSON.parse(stats.stdout);
    expect(parsed.total.computers).toBe(countPlainly(accepted).computers);
    expect(parsed.total.byCategory).toEqual(result.total.byCategory);
    expect(parsed.units).toHaveLength(accepted.length);
  }, 120_000);

  it('merge refuses a return of another period and says so', async () => {
    const data = scenario.data.get(scenario.roster[0]!.code)!;
    const path = join(dir, 'old-period.xlsx');
    await writeFile(
      path,
      encodeReturn({ ...data, profile: { ...data.profile, period: '2025' } }, { digest: sha256 }),
    );
    const out = await run('merge', path, '--period', '2026', '--out', join(dir, 'x.xlsx'), '--lang', 'en');
    expect(out.code).toBe(2);
    expect(out.stdout).toContain('not for the period being merged');
  });
});
