import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { HarnessHost } from '../../../electron/harness/harness-host';
import { createDispatcher } from '../../../electron/main/handlers';
import { AppService } from '../../../electron/main/services/app-service';
import type { InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import { encodeReturn, type ReturnData } from '../../../shared/return-file';
import type { RosterUnit } from '../../../shared/roster/roster';
import { generateReturn, generateRoster } from '../../fixtures/central/generate-returns';
import { encodeRosterWorkbook, sha256 } from '../../fixtures/central/write-returns';

const PERIOD = '2026';
const PROFILE = {
  code: '520300',
  name: '遵义市版权局',
  parentCode: '',
  parentName: '',
  level: 'city' as const,
  headcount: 46,
  contact: '张晓梅',
  phone: '0851-28221234',
  period: PERIOD,
};

async function openOffice(name: string) {
  const dir = await mkdtemp(join(tmpdir(), `zb-central-${name}-`));
  const app = await AppService.open({
    dataDir: dir,
    version: '0.1.0',
    now: () => new Date('2026-04-01T08:00:00Z'),
    newId: () => `ws-${name}`,
  });
  const host = new HarnessHost(join(dir, 'saved'));
  await mkdir(host.saveDir, { recursive: true });
  const dispatch = createDispatcher({ app, host }, () => {});
  async function call<K extends MethodName>(method: K, input: InputOf<K>): Promise<OutputOf<K>> {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as OutputOf<K>; // the dispatcher answers with this method's output type
  }
  return { dir, app, host, call, dispatch };
}

async function writeReturn(dir: string, name: string, data: ReturnData): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, encodeReturn(data, { digest: sha256 }));
  return path;
}

describe('central methods through the dispatcher', () => {
  let office: Awaited<ReturnType<typeof openOffice>>;
  let roster: RosterUnit[];
  let data: ReturnData[];
  let inbox: string;

  beforeAll(async () => {
    office = await openOffice('city');
    roster = generateRoster(4);
    data = roster.map((u, i) =>
      generateReturn(u, i, { period: PERIOD, exportedAt: '2026-03-01T09:00:00+08:00', machines: 5 }),
    );
    inbox = join(office.dir, 'inbox');
    await mkdir(inbox);
    await office.call('profile:save', PROFILE);
  });
  afterAll(async () => {});

  it('reads a roster workbook, skipping a bad row with its reason', async () => {
    const path = join(office.dir, 'roster.xlsx');
    const workbook = XLSX.read(encodeRosterWorkbook(roster.slice(0, 3)), { type: 'array' });
    XLSX.utils.sheet_add_aoa(workbook.Sheets.名单!, [['坏代码!', '某局']], { origin: -1 });
    await writeFile(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }));
    office.host.openAnswers.push([path]);
    const result = await office.call('roster:import', { period: PERIOD, mode: 'merge' });
    expect(result?.added).toBe(3);
    expect(result?.issues.map((i) => [i.row, i.message.key])).toEqual([[6, 'central:roster.issues.badCode']]);
    expect(result?.recovery).toMatchObject({ expected: 3, returned: 0 });
  });

  it('holds a return whose unit is not on the roster until the unit is added', async () => {
    for (const [i, d] of data.entries()) await writeReturn(inbox, `${roster[i]!.code}.xlsx`, d);
    office.host.openAnswers.push([inbox]);
    const batch = await office.call('central:import', { period: PERIOD, source: 'folder' });
    expect(batch?.counts).toMatchObject({ accepted: 4, rejected: 0 });
    const held = (await office.call('central:returns', { period: PERIOD })).filter(
      (r) => r.state === 'unassigned',
    );
    expect(held.map((r) => r.unitCode)).toEqual([roster[3]!.code]);
    expect((await office.call('central:overview', {})).recovery).toMatchObject({ returned: 3, expected: 3 });
    await office.call('central:assign', { sha: held[0]!.sha, addToRoster: true });
    const view = await office.call('roster:get', { period: PERIOD });
    expect(view.units.map((u) => u.code)).toContain(roster[3]!.code);
    expect(view.recovery).toMatchObject({ returned: 4, expected: 4 });
  });

  it("shows a unit's history and restores an older return on request", async () => {
    const newer = {
      ...data[0]!,
      meta: { ...data[0]!.meta, exportedAt: '2026-03-20T09:00:00+08:00' },
      machines: data[0]!.machines.slice(0, 2),
    };
    newer.installs = data[0]!.installs.filter((i) => newer.machines.some((m) => m.id === i.machineId));
    office.host.openAnswers.push([await writeReturn(office.dir, 'newer.xlsx', newer)]);
    await office.call('central:import', { period: PERIOD, source: 'files' });
    const history = await office.call('central:history', { period: PERIOD, code: roster[0]!.code });
    expect(history.map((r) => [r.exportedAt, r.state])).toEqual([
      ['2026-03-20T09:00:00+08:00', 'current'],
      ['2026-03-01T09:00:00+08:00', 'superseded'],
    ]);
    await office.call('central:restore', { sha: history[1]!.sha });
    const after = await office.call('central:history', { period: PERIOD, code: roster[0]!.code });
    expect(after.map((r) => r.state)).toEqual(['superseded', 'current']);
    const stats = await office.call('central:stats', { period: PERIOD });
    expect(stats.stats.units.find((u) => u.unit.code === roster[0]!.code)?.figures?.computers).toBe(
      data[0]!.machines.filter((m) => m.status !== 'scrapped').length,
    );
  });

  it('lists an asset number reported by two units as a conflict', async () => {
    const copy = structuredClone(data[1]!);
    copy.meta.exportedAt = '2026-03-25T09:00:00+08:00';
    copy.machines[0]!.assetNo = data[2]!.machines[0]!.assetNo;
    office.host.openAnswers.push([await writeReturn(office.dir, 'dup.xlsx', copy)]);
    await office.call('central:import', { period: PERIOD, source: 'files' });
    const conflicts = await office.call('central:conflicts', { period: PERIOD });
    expect(conflicts).toEqual([
      expect.objectContaining({ kind: 'asset_no', value: data[2]!.machines[0]!.assetNo.toUpperCase() }),
    ]);
    expect(conflicts[0]?.units.map((u) => u.unitCode).sort()).toEqual(
      [roster[1]!.code, roster[2]!.code].sort(),
    );
  });

  it('issues a reporting package that a unit imports, and flags returns filled under another package', async () => {
    const issued = await office.call('package:export', {
      period: PERIOD,
      deadline: '2026-06-30',
      title: '2026年度填报通知',
      notes: '',
    });
    expect(issued?.package.id).toMatch(/^520300-2026-/);
    const unit = await openOffice('unit');
    unit.host.openAnswers.push([issued!.path]);
    const received = await unit.call('package:import', {});
    expect(received).toMatchObject({
      id: issued!.package.id,
      period: PERIOD,
      deadline: '2026-06-30',
      issuer: { code: '520300' },
    });
    expect(await unit.call('package:get', {})).toEqual(received);

    const other = {
      ...data[2]!,
      meta: { ...data[2]!.meta, exportedAt: '2026-03-26T09:00:00+08:00', packageId: 'OTHER-2026-1' },
    };
    const under = {
      ...data[3]!,
      meta: { ...data[3]!.meta, exportedAt: '2026-03-26T09:00:00+08:00', packageId: issued!.package.id },
    };
    office.host.openAnswers.push([
      await writeReturn(office.dir, 'other.xlsx', other),
      await writeReturn(office.dir, 'under.xlsx', under),
    ]);
    const batch = await office.call('central:import', { period: PERIOD, source: 'files' });
    expect(batch?.results.map((r) => r.status)).toEqual(['accepted_with_warnings', 'accepted']);
    expect(batch?.results[0]?.issues[0]?.message).toMatchObject({
      key: 'central:merge.otherPackage',
      params: { packageId: 'OTHER-2026-1' },
    });
  });

  it('refuses a file that is not a package with a message', async () => {
    const path = join(office.dir, 'not-a-package.zbpkg');
    await writeFile(path, '{"hello":1}');
    office.host.openAnswers.push([path]);
    expect(await office.dispatch('package:import', {})).toMatchObject({
      ok: false,
      error: { code: 'bad_file', message: { key: 'central:package.issues.notPackage' } },
    });
  });

  it('exports a chase list naming units that have not returned, with contacts', async () => {
    await office.call('roster:upsert', {
      period: PERIOD,
      unit: {
        code: 'LATE01',
        name: '迟报局',
        parentCode: '',
        parentName: '',
        contact: '赵六',
        phone: '13800000000',
      },
    });
    const saved = await office.call('roster:exportChaseList', { period: PERIOD });
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(await readFile(saved!.path)).Sheets[PERIOD]!, {
      header: 1,
    });
    expect(rows[2]).toEqual(['1', 'LATE01', '迟报局', '', '赵六', '13800000000', '未报送']);
  });

  it('refuses a consolidated report before the unit profile names the issuing unit', async () => {
    const bare = await openOffice('bare');
    expect(await bare.dispatch('central:exportReport', { period: PERIOD })).toMatchObject({
      ok: false,
      error: { message: { key: 'central:errors.noProfile' } },
    });
  });
  it('refuses a consolidated report too large to open, before asking where to save it, and says why', async () => {
    const { app, host } = office;
    const current = app
      .workspace()
      .central.data.returns.filter((r) => r.period === PERIOD && r.state === 'current');
    expect(current.length).toBeGreaterThan(0);
    // Stand-in for a province: the stored figures say 600,000 more installs than the files hold.
    await app.workspace().central.update((d) => {
      const first = d.returns.find((r) => r.sha === current[0]?.sha);
      if (first) first.summary.byCategory.other.installed += 600_000;
    });
    const asked = host.saved.length;
    const result = await office.dispatch('central:exportReport', { period: PERIOD });
    expect(result).toMatchObject({ ok: false, error: { message: { key: 'central:errors.reportTooLarge' } } });
    expect(host.saved.length).toBe(asked);
    if (result.ok) return;
    const text = translate('zh-CN', result.error.message);
    expect(text).toContain('500,000');
    expect(text).toMatch(/约 6\d\d,\d{3} 条/);
  });
});
