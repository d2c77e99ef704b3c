import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentralContext } from '../../../electron/main/central/central-context';
import { drillDown } from '../../../electron/main/central/drill-service';
import { type ImportOutcome, importReturnFiles } from '../../../electron/main/central/import-service';
import { exportConsolidatedReport } from '../../../electron/main/central/report-service';
import { returnFilePath, returnsDir } from '../../../electron/main/central/return-store';
import { recoveryOf } from '../../../electron/main/handlers/central/central-context';
import { saveRoster } from '../../../electron/main/handlers/central/roster-handlers';
import { CATEGORIES } from '../../../shared/model';
import { encodeReturn } from '../../../shared/return-file';
import { buildStatsView } from '../../../shared/stats/central-view';
import { createTestContext } from '../../fixtures/central/central-context';
import { countPlainly, sumCategories } from '../../fixtures/central/count-independently';
import { type CityScenario, sha256, writeCityScenario } from '../../fixtures/central/write-returns';

const PERIOD = '2026';
const CITY = {
  code: '520300',
  name: '遵义市版权局',
  parentCode: '5200',
  parentName: '贵州省版权局',
  level: 'city' as const,
  headcount: 46,
  contact: '张晓梅',
  phone: '0851-28221234',
  period: PERIOD,
};

describe('a city imports the returns of its 70 units', () => {
  let scenario: CityScenario;
  let ctx: CentralContext;
  let writes = 0;
  let first: ImportOutcome;
  let seconds = 0;

  beforeAll(async () => {
    const base = await createTestContext();
    const doc = base.doc;
    // Counts store writes: one import batch must write central.json once.
    ctx = {
      ...base,
      doc: {
        file: doc.file,
        get data() {
          return doc.data;
        },
        update: (mutate) => {
          writes++;
          return doc.update(mutate);
        },
        replace: (next) => doc.replace(next),
      },
    };
    scenario = await writeCityScenario(join(base.dir, 'inbox'), PERIOD);
    await saveRoster(ctx, PERIOD, scenario.roster);
    writes = 0;
    const started = performance.now();
    first = await importReturnFiles(ctx, PERIOD, [scenario.folder]);
    seconds = (performance.now() - started) / 1000;
    console.log(
      `imported ${first.counts.total} files in ${seconds.toFixed(2)} s on ${ctx.pool.size} workers`,
    );
  }, 180_000);
  afterAll(() => ctx.pool.close());

  const accepted = () =>
    [...scenario.data]
      .filter(([code]) => !scenario.withheld.includes(code) && code !== scenario.corrupted)
      .map(([, d]) => d);

  it('accepts 67 files, one with the edited-total warning, and rejects the broken one with its reason', () => {
    expect(first.counts).toEqual({
      total: 68,
      accepted: 66,
      acceptedWithWarnings: 1,
      alreadyImported: 0,
      rejected: 1,
    });
    const warned = first.results.find((r) => r.status === 'accepted_with_warnings');
    expect(warned?.unitCode).toBe(scenario.edited);
    expect(warned?.issues.map((i) => [i.message.key, i.sheet, i.row, i.column])).toEqual([
      ['returnFile:issue.summaryMismatch', '汇总表', expect.any(Number), 'B'],
    ]);
    const rejected = first.results.find((r) => r.status === 'rejected');
    expect(rejected).toMatchObject({
      unitCode: scenario.corrupted,
      issues: [{ severity: 'error', message: { key: 'returnFile:issue.truncated' } }],
    });
  });

  it('parses on worker threads, reports progress for every file and writes the store once', () => {
    expect(ctx.pool.size).toBe(2);
    const events = (ctx as unknown as { events: Array<{ done: number; total: number }> }).events;
    expect(events.at(-1)).toMatchObject({ done: 68, total: 68 });
    expect(writes).toBe(1);
    expect(seconds).toBeLessThan(60);
  });

  it('reads 67 of 70 returned, naming the two units that sent nothing and the one whose file was rejected', () => {
    const recovery = recoveryOf(ctx.doc.data, PERIOD);
    expect([recovery.returned, recovery.expected]).toEqual([67, 70]);
    expect(
      recovery.missing
        .filter((m) => m.kind === 'not_received')
        .map((m) => m.unit.code)
        .sort(),
    ).toEqual([...scenario.withheld].sort());
    expect(recovery.missing.filter((m) => m.kind === 'rejected').map((m) => m.unit.code)).toEqual([
      scenario.corrupted,
    ]);
  });

  it('gives figures equal to an independent count over the generated data', () => {
    const { stats } = buildStatsView(PERIOD, ctx.doc.data.rosters, ctx.doc.data.returns);
    const plain = countPlainly(accepted());
    const total = stats.total.figures;
    expect(total.computers).toBe(plain.computers);
    for (const c of CATEGORIES) {
      expect([
        total.byCategory[c].installed,
        total.byCategory[c].genuine,
        total.byCategory[c].notGenuine,
        total.byCategory[c].toVerify,
      ]).toEqual([plain.installed[c], plain.genuine[c], plain.notGenuine[c], plain.toVerify[c]]);
    }
    expect(total.total.needed).toBe(sumCategories(plain.notGenuine) + sumCategories(plain.toVerify));
    expect(total.domesticTotal.installed).toBe(plain.domestic);
    const unit = stats.units.find((u) => u.unit.code === scenario.edited);
    expect(unit?.figures?.computers).toBe(countPlainly([scenario.data.get(scenario.edited)!]).computers);
  });

  it('keeps each accepted file as received under its hash and no install rows in central.json', async () => {
    const files = (await readdir(returnsDir(ctx.dir))).filter((f) => f.endsWith('.xlsx'));
    expect(files).toHaveLength(67);
    const some = ctx.doc.data.returns[0]!;
    const original = await readFile(join(scenario.folder, some.fileName));
    expect(sha256(await readFile(returnFilePath(returnsDir(ctx.dir), some.sha)))).toBe(sha256(original));
    const text = await readFile(ctx.doc.file, 'utf8');
    expect(text).not.toContain('"machineId"');
    expect(text.length).toBeLessThan(400_000);
  });

  it("opens the files behind a figure on demand: a unit's licences to buy list exactly that many rows", async () => {
    const { stats } = buildStatsView(PERIOD, ctx.doc.data.rosters, ctx.doc.data.returns);
    const unit = stats.units.find((u) => u.figures)!;
    const page = await drillDown(ctx, {
      period: PERIOD,
      scope: { kind: 'unit', code: unit.unit.code },
      metric: { kind: 'installs', filter: { status: 'needed' } },
      offset: 0,
      limit: 1000,
    });
    expect(page.total).toBe(unit.figures!.total.needed);
    expect(
      page.rows.every((r) => r.kind === 'install' && r.status !== 'genuine' && r.unitCode === unit.unit.code),
    ).toBe(true);
    const all = await drillDown(ctx, {
      period: PERIOD,
      scope: { kind: 'total' },
      metric: { kind: 'computers' },
      offset: 0,
      limit: 10,
    });
    expect(all.total).toBe(stats.total.figures.computers);
    expect(all.files).toBe(67);
  });

  it('changes nothing when the same folder is imported again', async () => {
    const before = structuredClone({ ...ctx.doc.data, lastImport: null });
    const stored = await readdir(returnsDir(ctx.dir));
    const mtimes = await Promise.all(
      stored.map(async (f) => (await stat(join(returnsDir(ctx.dir), f))).mtimeMs),
    );
    const again = await importReturnFiles(ctx, PERIOD, [scenario.folder]);
    expect(again.counts).toMatchObject({
      alreadyImported: 67,
      rejected: 1,
      accepted: 0,
      acceptedWithWarnings: 0,
    });
    expect({ ...ctx.doc.data, lastImport: null }).toEqual(before);
    expect(await readdir(returnsDir(ctx.dir))).toEqual(stored);
    expect(
      await Promise.all(stored.map(async (f) => (await stat(join(returnsDir(ctx.dir), f))).mtimeMs)),
    ).toEqual(mtimes);
  });

  it('lets a newer export of a unit supersede its return and keeps the old one as history', async () => {
    const code = scenario.roster[0]!.code;
    const data = scenario.data.get(code)!;
    const newer = {
      ...data,
      meta: { ...data.meta, exportedAt: '2026-03-28T10:00:00+08:00' },
      machines: data.machines.slice(0, 10),
    };
    newer.installs = data.installs.filter((i) => newer.machines.some((m) => m.id === i.machineId));
    const path = join(ctx.dir, 'resend.xlsx');
    await writeFile(path, encodeReturn(newer, { digest: sha256 }));
    const out = await importReturnFiles(ctx, PERIOD, [path]);
    expect(out.results[0]?.notes[0]?.key).toBe('central:merge.supersedes');
    const mine = ctx.doc.data.returns.filter((r) => r.assignedCode === code);
    expect(mine.map((r) => r.state).sort()).toEqual(['current', 'superseded']);
    const { stats } = buildStatsView(PERIOD, ctx.doc.data.rosters, ctx.doc.data.returns);
    expect(stats.units.find((u) => u.unit.code === code)?.figures?.computers).toBe(
      countPlainly([newer]).computers,
    );
    // Put the original figures back for the report below.
    await writeFile(
      path,
      encodeReturn(
        { ...data, meta: { ...data.meta, exportedAt: '2026-03-29T10:00:00+08:00' } },
        { digest: sha256 },
      ),
    );
    await importReturnFiles(ctx, PERIOD, [path]);
  });

  it('writes a consolidated report that the province imports with the same totals and per-unit detail', async () => {
    const out = join(ctx.dir, 'city-report.xlsx');
    const written = await exportConsolidatedReport(ctx, PERIOD, CITY, '0.1.0', out);
    expect(written.units).toBe(67);
    const province = await createTestContext();
    await saveRoster(province, PERIOD, [
      { code: CITY.code, name: CITY.name, parentCode: '', parentName: '', contact: '', phone: '' },
    ]);
    const imported = await importReturnFiles(province, PERIOD, [out]);
    expect(imported.results[0]?.status).toBe('accepted');
    const city = buildStatsView(PERIOD, ctx.doc.data.rosters, ctx.doc.data.returns).stats.total.figures;
    const up = buildStatsView(PERIOD, province.doc.data.rosters, province.doc.data.returns).stats.total
      .figures;
    expect(up.computers).toBe(city.computers);
    expect(up.byCategory).toEqual(city.byCategory);
    expect(up.vendors).toEqual(city.vendors);
    expect(province.doc.data.returns[0]?.summary.children).toHaveLength(67);
    const detail = await drillDown(province, {
      period: PERIOD,
      scope: { kind: 'unit', code: CITY.code },
      metric: { kind: 'installs', filter: { status: 'not_genuine', category: 'os' } },
      offset: 0,
      limit: 1000,
    });
    expect(detail.total).toBe(city.byCategory.os.notGenuine);
    expect(new Set(detail.rows.map((r) => r.unitCode)).size).toBeGreaterThan(50);
    await province.pool.close();
  });
});
