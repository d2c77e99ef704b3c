import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog/builtin-products';
import type { StoredReturn } from '../../../shared/merge/merge-types';
import { CATEGORIES } from '../../../shared/model';
import {
  computeCentralStats,
  findPreviousPeriod,
  shareByVendor,
} from '../../../shared/stats/central-aggregate';
import { selectDrillRows } from '../../../shared/stats/central-drill';
import { createProductLookup } from '../../../shared/stats/central-rows';
import { summarizeForCentral } from '../../../shared/stats/central-summary';
import { buildStatsView } from '../../../shared/stats/central-view';
import { countPlainly, sumCategories } from '../../fixtures/central/count-independently';
import { generateReturn, generateRoster } from '../../fixtures/central/generate-returns';

const lookup = createProductLookup(BUILTIN_PRODUCTS);
const roster = generateRoster(14);
const data = roster.map((u, i) =>
  generateReturn(u, i, { period: '2026', exportedAt: '2026-03-01T09:00:00+08:00' }),
);

function stored(period: string, index: number, over: Partial<StoredReturn> = {}): StoredReturn {
  const d = data[index]!;
  return {
    sha: `${period}-${index}`.padEnd(64, '0'),
    fileName: '',
    bytes: 0,
    period,
    unitCode: d.profile.code,
    unitName: d.profile.name,
    parentCode: d.profile.parentCode,
    parentName: d.profile.parentName,
    exportedAt: d.meta.exportedAt,
    packageId: '',
    digestState: 'unchanged',
    warnings: [],
    summary: summarizeForCentral(d, lookup),
    assignedCode: d.profile.code,
    state: 'current',
    importedAt: '',
    supersededBy: null,
    ...over,
  };
}

describe('central statistics from stored summaries', () => {
  const returns = data.map((_, i) => stored('2026', i));
  const stats = computeCentralStats(
    '2026',
    roster,
    returns.map((r) => ({ ...r, unitCode: r.assignedCode, warningCount: 0 })),
  );
  const plain = countPlainly(data);

  it('adds up to an independent count of the generated rows, scrapped computers left out', () => {
    const f = stats.total.figures;
    expect(f.computers).toBe(plain.computers);
    expect(f.computers).toBeLessThan(data.reduce((s, d) => s + d.machines.length, 0));
    for (const c of CATEGORIES) {
      expect(f.byCategory[c]).toEqual({
        installed: plain.installed[c],
        genuine: plain.genuine[c],
        notGenuine: plain.notGenuine[c],
        toVerify: plain.toVerify[c],
        needed: plain.notGenuine[c] + plain.toVerify[c],
      });
    }
    expect(f.genuineRate).toBeCloseTo(sumCategories(plain.genuine) / sumCategories(plain.installed), 12);
    expect(f.domesticTotal.installed).toBe(plain.domestic);
    expect(Object.fromEntries(shareByVendor(f).map((v) => [v.vendor, v.installed]))).toEqual(
      Object.fromEntries(plain.byVendor),
    );
  });

  it('splits the total by county and by unit without losing anything', () => {
    expect(stats.parents).toHaveLength(7);
    expect(stats.parents.reduce((s, p) => s + p.figures.computers, 0)).toBe(plain.computers);
    expect(stats.units.reduce((s, u) => s + (u.figures?.total.needed ?? 0), 0)).toBe(
      stats.total.figures.total.needed,
    );
  });

  it('has, behind every figure, exactly as many rows as the figure says', () => {
    const d = data[3]!;
    const s = summarizeForCentral(d, lookup);
    expect(selectDrillRows(d, { kind: 'computers' }, lookup, d.profile.code)).toHaveLength(s.computers);
    for (const c of CATEGORIES) {
      const rows = (status: 'genuine' | 'not_genuine' | 'to_verify' | 'needed') =>
        selectDrillRows(d, { kind: 'installs', filter: { category: c, status } }, lookup, d.profile.code)
          .length;
      expect([rows('genuine'), rows('not_genuine'), rows('to_verify'), rows('needed')]).toEqual([
        s.byCategory[c].genuine,
        s.byCategory[c].notGenuine,
        s.byCategory[c].toVerify,
        s.byCategory[c].needed,
      ]);
    }
    for (const v of s.vendors) {
      const rows = selectDrillRows(
        d,
        { kind: 'installs', filter: { vendor: v.vendor, category: v.category } },
        lookup,
        d.profile.code,
      );
      expect(rows).toHaveLength(v.installed);
    }
    for (const need of s.neededByProduct) {
      const filter = {
        status: 'needed' as const,
        category: need.category,
        productId: need.productId,
        edition: need.edition,
        ...(need.productId === null ? { rawName: need.rawName ?? '' } : {}),
      };
      expect(selectDrillRows(d, { kind: 'installs', filter }, lookup, d.profile.code)).toHaveLength(
        need.count,
      );
    }
  });

  it('keeps licences needed per product for the budget, adding up to the needed total', () => {
    const s = summarizeForCentral(data[0]!, lookup);
    const sum = s.neededByProduct.reduce((n, l) => n + l.count, 0);
    expect(sum).toBe(CATEGORIES.reduce((n, c) => n + s.byCategory[c].needed, 0));
    // Chinese edition names are turned into catalog edition ids so that prices can be found.
    expect(s.neededByProduct.some((l) => l.productId === 'ms-windows-10' && l.edition === 'pro')).toBe(true);
  });

  it('shows the change since the previous period of the same kind', () => {
    expect(findPreviousPeriod(['2024', '2025', '2026H1', '2026'], '2026')).toBe('2025');
    expect(findPreviousPeriod(['2025H2', '2026H1', '2026'], '2026H1')).toBe('2025H2');
    const before = data.slice(0, 10).map((_, i) => stored('2025', i));
    const view = buildStatsView(
      '2026',
      [
        { period: '2026', units: roster },
        { period: '2025', units: roster },
      ],
      [...returns, ...before],
    );
    expect(view.previous?.period).toBe('2025');
    expect(view.previous?.total.computers).toBe(countPlainly(data.slice(0, 10)).computers);
    expect(view.previous?.byUnit[roster[12]!.code]).toBeUndefined();
  });

  it('counts only current returns: history and unassigned returns stay out', () => {
    const view = buildStatsView(
      '2026',
      [{ period: '2026', units: roster }],
      [
        ...returns,
        stored('2026', 0, { sha: 'h'.repeat(64), state: 'superseded' }),
        stored('2026', 1, { sha: 'u'.repeat(64), state: 'unassigned', assignedCode: 'ZZ99' }),
      ],
    );
    expect(view.stats.total.figures.computers).toBe(plain.computers);
    expect(view.unassigned).toBe(1);
  });
});
