import { describe, expect, it } from 'vitest';
import { BENCH_MIX, listBenchRoster } from '../../../bench/generate';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog/builtin-products';
import { generateDemoReturns } from '../../../shared/demo';
import type { StoredReturn } from '../../../shared/merge/merge-types';
import { CATEGORIES, type Category } from '../../../shared/model';
import type { ReturnData } from '../../../shared/return-file';
import type { RosterUnit } from '../../../shared/roster/roster';
import type { Figures } from '../../../shared/stats/central-aggregate';
import { createProductLookup } from '../../../shared/stats/central-rows';
import { summarizeForCentral } from '../../../shared/stats/central-summary';
import { buildStatsView } from '../../../shared/stats/central-view';

const UNITS = 60;
const lookup = createProductLookup(BUILTIN_PRODUCTS);
const roster: RosterUnit[] = listBenchRoster(UNITS);
const generated = [
  ...generateDemoReturns({
    units: UNITS,
    machinesPerUnit: 20,
    seed: 7,
    period: '2026',
    programVersion: 'test',
    ...BENCH_MIX,
  }),
].map((g) => g.data);
// Every seventh unit has not returned yet, so some figures leave units out.
const returned = generated.filter((_, i) => i % 7 !== 3);

function stored(data: ReturnData): StoredReturn {
  return {
    sha: data.profile.code.padEnd(64, '0'),
    fileName: '',
    bytes: 0,
    period: '2026',
    unitCode: data.profile.code,
    unitName: data.profile.name,
    parentCode: data.profile.parentCode,
    parentName: data.profile.parentName,
    exportedAt: data.meta.exportedAt,
    packageId: data.meta.packageId,
    digestState: 'unchanged',
    warnings: [],
    summary: summarizeForCentral(data, lookup),
    assignedCode: data.profile.code,
    state: 'current',
    importedAt: '',
    supersededBy: null,
  };
}

/** Rows counted one by one: computers, installs by category and verdict, per vendor and domestic. */
interface Tally {
  computers: number;
  installs: Map<string, number>;
  vendors: Map<string, number>;
  domestic: Map<string, number>;
}

function tallyRows(returns: readonly ReturnData[]): Tally {
  const products = new Map(BUILTIN_PRODUCTS.map((p) => [p.id, p]));
  const tally: Tally = { computers: 0, installs: new Map(), vendors: new Map(), domestic: new Map() };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const data of returns) {
    const scrapped = new Set(data.machines.filter((m) => m.status === 'scrapped').map((m) => m.id));
    tally.computers += data.machines.length - scrapped.size;
    for (const i of data.installs) {
      if (scrapped.has(i.machineId)) continue;
      const product = i.productId === null ? undefined : products.get(i.productId);
      bump(tally.installs, `${i.category}/${i.status}`);
      bump(tally.vendors, `${product?.vendor ?? 'unknown'}/${i.category}`);
      if (product?.domestic) bump(tally.domestic, i.category);
    }
  }
  return tally;
}

function expectFiguresToMatch(figures: Figures, tally: Tally): void {
  expect(figures.computers).toBe(tally.computers);
  const count = (c: Category, s: string) => tally.installs.get(`${c}/${s}`) ?? 0;
  let installed = 0;
  let genuine = 0;
  for (const c of CATEGORIES) {
    const [g, n, v] = [count(c, 'genuine'), count(c, 'not_genuine'), count(c, 'to_verify')];
    expect(figures.byCategory[c]).toEqual({
      installed: g + n + v,
      genuine: g,
      notGenuine: n,
      toVerify: v,
      needed: n + v,
    });
    expect(figures.domestic[c].installed).toBe(tally.domestic.get(c) ?? 0);
    installed += g + n + v;
    genuine += g;
  }
  expect(figures.total.installed).toBe(installed);
  expect(figures.total.genuine).toBe(genuine);
  expect(figures.genuineRate).toBe(installed === 0 ? null : genuine / installed);
  const vendors = new Map(figures.vendors.map((v) => [`${v.vendor}/${v.category}`, v.installed]));
  expect(vendors).toEqual(tally.vendors);
  expect(figures.vendors).toHaveLength(tally.vendors.size);
  const sizes = figures.vendors.map((v) => v.installed);
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
}

describe('statistics of a generated city agree with its rows counted one by one', () => {
  const view = buildStatsView('2026', [{ period: '2026', units: roster }], returned.map(stored));
  const counties = [...new Set(roster.map((u) => u.parentCode))];

  it('counts the whole city as its rows add up', () => {
    expect(view.stats.total.expected).toBe(UNITS);
    expect(view.stats.total.returned).toBe(returned.length);
    expectFiguresToMatch(view.stats.total.figures, tallyRows(returned));
  });

  it('counts every county from the rows of its own units only', () => {
    expect(view.stats.parents.map((p) => p.parentCode)).toEqual(counties);
    for (const county of counties) {
      const own = returned.filter((d) => d.profile.parentCode === county);
      const parent = view.stats.parents.find((p) => p.parentCode === county);
      expect(parent?.expected).toBe(roster.filter((u) => u.parentCode === county).length);
      expect(parent?.returned).toBe(own.length);
      expectFiguresToMatch(parent?.figures as Figures, tallyRows(own)); // found just above
    }
  });

  it('counts every unit from its own return, and none for a unit that has not returned', () => {
    for (const u of view.stats.units) {
      const data = returned.find((d) => d.profile.code === u.unit.code);
      if (data === undefined) expect(u.figures).toBeNull();
      else expectFiguresToMatch(u.figures as Figures, tallyRows([data])); // a returned unit has figures
    }
  });
});
