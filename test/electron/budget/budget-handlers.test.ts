import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { HarnessHost } from '../../../electron/harness/harness-host';
import type { Dispatch } from '../../../electron/main/handlers';
import { AppService } from '../../../electron/main/services/app-service';
import { closeDocuments } from '../../../electron/main/store/document';
import { encodePriceList, type PriceEntry } from '../../../shared/budget';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog';
import type { MethodName, OutputOf } from '../../../shared/contract';
import { createEmptyEvidence, createMachineDraft, type Install } from '../../../shared/model';
import { callOk, openHandlers } from '../handler-harness';
import { milestonesDone, rosterUnit, storedReturn } from './central-fixture';

let dir: string;
let app: AppService;
let host: HarnessHost;
let dispatch: Dispatch;

beforeEach(async () => {
  ({ dir, app, host, dispatch } = await openHandlers('zb-budget-', '2026-03-01T10:00:00+08:00'));
});
afterEach(() => closeDocuments(dir));

const call = <K extends MethodName>(method: K, input: unknown): Promise<OutputOf<K>> =>
  callOk(dispatch, method, input);

function install(
  id: string,
  machineId: string,
  productId: string,
  edition: string,
  category: Install['category'],
  channel: Install['channel'],
): Install {
  return {
    id,
    machineId,
    productId,
    rawName: productId,
    version: '',
    edition,
    category,
    channel,
    evidence: createEmptyEvidence(),
    entitlementId: null,
    notes: '',
  };
}

const ownPrice = (over: Partial<PriceEntry>) => ({
  id: null,
  productId: 'ms-windows-10',
  edition: 'pro',
  channel: 'retail',
  basis: 'list',
  unitPriceFen: 150000,
  source: '某公司 2026 年报价单',
  sourceDate: '2026-02-10',
  notes: '',
  ...over,
});

describe("a new workspace's budget", () => {
  it('starts with the example price list, clearly marked, and three scenarios', async () => {
    const prices = await call('budget:prices', {});
    expect(prices.exampleCount).toBe(prices.entries.length);
    expect(prices.entries.every((e) => e.isExample && e.source.startsWith('示例'))).toBe(true);
    const scenarios = await call('budget:scenarios', {});
    expect(scenarios.scenarios.map((s) => s.name)).toEqual([
      '按目录价采购原产品',
      '按协议价采购原产品',
      '国产替代',
    ]);
    expect(scenarios.returnScenarioIds).toEqual(['list', 'agreement', 'substitution']);
  });
});

describe('the office budget', () => {
  beforeEach(async () => {
    await app.workspace().office.update((d) => {
      d.machines = [
        { ...createMachineDraft('A-001'), id: 'm1' },
        { ...createMachineDraft('A-002'), id: 'm2' },
        { ...createMachineDraft('A-003'), id: 'm3', status: 'scrapped' },
      ];
      d.installs = [
        install('i1', 'm1', 'ms-windows-10', 'pro', 'os', 'unknown'),
        install('i2', 'm2', 'ms-windows-10', 'pro', 'os', 'unknown'),
        install('i3', 'm3', 'ms-windows-10', 'pro', 'os', 'unknown'),
        install('i4', 'm1', 'kaspersky', 'endpoint', 'security', 'unknown'),
      ];
    });
  });

  it('prices the licences to buy, skipping scrapped machines, and lists what has no price', async () => {
    const budget = await call('budget:office', {});
    expect(budget.neededCount).toBe(3);
    const list = budget.scenarios[0]!;
    // 2 × 1,341.00 from the example list; Kaspersky has no example price.
    expect(list.totalFen).toBe(2 * 134100);
    expect(list.exampleCount).toBe(2);
    expect(list.missingCount).toBe(1);
    expect(budget.hasExamplePrices).toBe(true);
  });

  it("uses the user's own price and shows the gap against the funds allocated", async () => {
    const prices = await call('budget:savePrice', { entry: ownPrice({}) });
    expect(prices.entries.at(-1)).toMatchObject({ isExample: false, unitPriceFen: 150000 });
    // The example's volume price would be preferred; remove it so the user's own retail price applies.
    const example = prices.entries
      .filter((e) => e.productId === 'ms-windows-10' && e.isExample)
      .map((e) => e.id);
    expect(example).toHaveLength(1);
    await call('budget:deletePrices', { ids: example });
    const budget = await call('budget:saveFunds', { fundsAllocatedFen: 200000, fundsNote: '2026 年预算' });
    const list = budget.scenarios[0]!;
    expect(list.totalFen).toBe(300000);
    expect(list.funding).toEqual({ totalFen: 300000, fundsFen: 200000, gapFen: 100000, surplusFen: 0 });
    expect(budget.fundsNote).toBe('2026 年预算');
  });

  it('refuses a second price for the same product, edition, channel and basis', async () => {
    await call('budget:savePrice', { entry: ownPrice({}) });
    const again = await dispatch('budget:savePrice', { entry: ownPrice({ unitPriceFen: 1 }) });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: { key: 'budget:errors.duplicatePrice' } },
    });
    const fraction = await dispatch('budget:savePrice', { entry: ownPrice({ unitPriceFen: 1.5 }) });
    expect(fraction).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('keeps one write per action: the budget file holds the funds after a restart', async () => {
    await call('budget:saveFunds', { fundsAllocatedFen: 123456, fundsNote: '' });
    const stored = JSON.parse(await readFile(app.workspace().budget.file, 'utf8'));
    expect(stored.fundsAllocatedFen).toBe(123456);
    closeDocuments(dir);
    const reopened = await AppService.open({
      dataDir: dir,
      version: '1',
      now: () => new Date(),
      newId: () => 'x',
    });
    expect(reopened.workspace().budget.data.fundsAllocatedFen).toBe(123456);
  });
});

describe('scenarios', () => {
  it('adds a user-defined scenario, refuses a name already used and never deletes the last one', async () => {
    const base = (await call('budget:scenarios', {})).scenarios[0]!;
    const added = await call('budget:saveScenario', {
      scenario: { ...base, id: '', name: '按询价采购', bases: ['quoted'] },
    });
    const custom = added.scenarios.at(-1)!;
    expect(custom).toMatchObject({ kind: 'custom', name: '按询价采购', bases: ['quoted'] });
    const taken = await dispatch('budget:saveScenario', { scenario: { ...custom, name: '国产替代' } });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    for (const id of ['list', 'agreement', 'substitution']) await call('budget:deleteScenario', { id });
    expect(await dispatch('budget:deleteScenario', { id: custom.id })).toMatchObject({
      ok: false,
      error: { message: { key: 'budget:errors.lastScenario' } },
    });
    expect((await call('budget:scenarios', {})).returnScenarioIds).toEqual([]);
  });
});

describe('the price list workbook', () => {
  it('imports a list that replaces the example one, after a backup, and exports it again', async () => {
    const own: PriceEntry[] = [
      {
        id: 'a',
        productId: 'uos',
        edition: 'professional',
        channel: 'volume',
        basis: 'agreement',
        unitPriceFen: 52000,
        source: '省框架协议',
        sourceDate: '2025-11-01',
        notes: '',
        isExample: false,
      },
    ];
    const file = join(dir, 'prices.xlsx');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, encodePriceList(own, BUILTIN_PRODUCTS, 'zh-CN'));
    host.openAnswers.push([file]);
    const result = await call('budget:importPrices', { mode: 'replace' });
    expect(result).toMatchObject({ fileName: 'prices.xlsx', imported: 1, isApplied: true, issues: [] });
    const prices = await call('budget:prices', {});
    expect(prices.exampleCount).toBe(0);
    expect(prices.entries).toEqual([expect.objectContaining({ productId: 'uos', unitPriceFen: 52000 })]);
    expect((await call('backups:list', {})).map((b) => b.reason)).toContain('price-import');

    const saved = await call('budget:exportPrices', {});
    expect(saved?.fileName).toBe('价格表-2026-03-01.xlsx');
    const back = XLSX.read(await readFile(saved!.path), { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json<string[]>(back.Sheets.价格表!, { header: 1 })[2]?.[0]).toBe('uos');

    const restored = await call('budget:restoreExamples', {});
    expect(restored.exampleCount).toBeGreaterThan(0);
    expect((await call('budget:removeExamples', {})).entries).toHaveLength(1);
  });

  it('changes nothing when the chosen file has no usable row, and nothing when cancelled', async () => {
    const file = join(dir, 'junk.xlsx');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file, 'not a workbook');
    host.openAnswers.push([file]);
    const result = await call('budget:importPrices', { mode: 'replace' });
    expect(result).toMatchObject({ isApplied: false, imported: 0 });
    expect(result?.issues[0]?.message.key).toBe('budget:import.notWorkbook');
    expect((await call('budget:prices', {})).exampleCount).toBeGreaterThan(0);
    expect(await call('budget:importPrices', { mode: 'merge' })).toBeNull();
  });
});

describe('the central budget and progress', () => {
  beforeEach(async () => {
    const a = rosterUnit('5203000001', '甲局', '520302', '甲县');
    const b = rosterUnit('5203000002', '乙局');
    const c = rosterUnit('5203000003', '丙局', '520302', '甲县');
    await app.workspace().central.update((d) => {
      d.currentPeriod = '2026';
      d.rosters = [{ period: '2026', units: [a, b, c] }];
      d.returns = [
        storedReturn(
          a,
          '2026',
          [{ productId: 'ms-windows-10', edition: 'pro', category: 'os', count: 10 }],
          milestonesDone(3),
        ),
        storedReturn(
          b,
          '2026',
          [{ productId: 'wps-office', edition: 'professional', category: 'office', count: 5 }],
          milestonesDone(0),
        ),
      ];
    });
  });

  it('prices each returned unit, totals the county and the city, and names the unit not returned', async () => {
    await call('budget:saveUnitFunds', { unitCode: '5203000001', fundsFen: 1_000_000, note: '' });
    const view = await call('budget:central', {});
    expect(view).toMatchObject({ period: '2026', expected: 3, returned: 2 });
    expect(view.notReturned.map((u) => u.name)).toEqual(['丙局']);
    const list = view.scenarios[0]!;
    // 10 × 1,341.00 and 5 × 614.00 (example prices)
    expect(list.units.map((u) => u.totalFen)).toEqual([1341000, 307000]);
    expect(list.units[0]?.funding).toMatchObject({ fundsFen: 1_000_000, gapFen: 341000 });
    expect(list.city.funding.gapFen).toBe(341000 + 307000);
    const rows = await call('budget:centralRows', { scenarioId: 'list', unitCode: '5203000001' });
    expect(rows).toEqual([expect.objectContaining({ count: 10, amountFen: 1341000 })]);

    const saved = await call('budget:exportCentral', {});
    expect(saved?.fileName).toBe('经费测算-2026.xlsx');
    const wb = XLSX.read(await readFile(saved!.path), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['经费测算', '经费测算明细']);
  });

  it('shows the matrix with the unit not returned, and exports only the filtered rows', async () => {
    const view = await call('progress:matrix', {});
    expect(view.matrix.rows.map((r) => [r.unitName, r.doneCount, r.hasReturned])).toEqual([
      ['乙局', 0, true],
      ['甲局', 3, true],
      ['丙局', 0, false],
    ]);
    expect(view.matrix.columns[0]?.lackingUnitCodes.sort()).toEqual(['5203000002', '5203000003']);
    expect(view.counties).toEqual([{ code: '520302', name: '甲县' }]);
    const saved = await call('progress:exportMatrix', {
      filter: { milestone: 'leading_group', show: 'lacking', parentCode: null, search: '' },
    });
    const wb = XLSX.read(await readFile(saved!.path), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.工作进度!, { header: 1 });
    expect(rows.slice(2, -1).map((r) => r[1])).toEqual(['乙局', '丙局']);
  });

  it("records the unit's own milestones in one write and warns about a step done without a date", async () => {
    const view = await call('progress:save', {
      milestones: [
        {
          key: 'leading_group',
          state: 'done',
          date: '2023-12-28',
          note: '',
          docRef: '遵府办发〔2023〕175号',
        },
        { key: 'plan', state: 'done', date: '', note: '', docRef: '' },
      ],
    });
    expect(view.milestones).toHaveLength(7);
    expect(view.warnings.map((w) => w.key)).toEqual(['plan']);
    const stored = JSON.parse(await readFile(app.workspace().office.file, 'utf8'));
    expect(stored.milestones[0]).toMatchObject({ docRef: '遵府办发〔2023〕175号' });
  });
});

describe("the return file's budget lines", () => {
  it("carries one line per category of each chosen scenario, from the unit's own installs", async () => {
    const { readReturnBudget } = await import(
      '../../../electron/main/handlers/budget/office-budget-handlers'
    );
    await app.workspace().office.update((d) => {
      d.machines = [{ ...createMachineDraft('A-001'), id: 'm1' }];
      d.installs = [install('i1', 'm1', 'ms-windows-10', 'pro', 'os', 'unknown')];
    });
    await call('budget:setReturnScenarios', { ids: ['substitution', 'list'] });
    // Kept in the scenarios' order; list: 1 × 1,341.00; substitution: Windows → Kylin at 614.00.
    expect(readReturnBudget(app)).toEqual([
      { scenario: '按目录价采购原产品', category: 'os', amountFen: 134100 },
      { scenario: '按目录价采购原产品', category: 'office', amountFen: 0 },
      { scenario: '按目录价采购原产品', category: 'security', amountFen: 0 },
      { scenario: '按目录价采购原产品', category: 'other', amountFen: 0 },
      { scenario: '国产替代', category: 'os', amountFen: 61400 },
      { scenario: '国产替代', category: 'office', amountFen: 0 },
      { scenario: '国产替代', category: 'security', amountFen: 0 },
      { scenario: '国产替代', category: 'other', amountFen: 0 },
    ]);
  });
});
