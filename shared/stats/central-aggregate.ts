import { CATEGORIES, type Category } from '../model';
import type { CategoryCounts } from '../return-file/return-data';
import type { RosterUnit } from '../roster/roster';
import {
  addByCategory,
  addCounts,
  type CentralSummary,
  type VendorCount,
  zeroCounts,
} from './central-summary';
import { createEmptyCounts, totalCounts } from './summary';

/** The figures of the summary form for one unit, one county or the whole area. */
export interface Figures {
  computers: number;
  byCategory: Record<Category, CategoryCounts>;
  /** All categories together (合计). */
  total: CategoryCounts;
  genuineRate: number | null;
  vendors: VendorCount[];
  domestic: Record<Category, CategoryCounts>;
  domesticTotal: CategoryCounts;
}

/** A current return as the statistics see it. */
export interface CountedReturn {
  sha: string;
  /** The roster unit it counts for. */
  unitCode: string;
  unitName: string;
  exportedAt: string;
  digestState: 'unchanged' | 'edited' | 'missing';
  warningCount: number;
  summary: CentralSummary;
}

export interface UnitStats {
  unit: RosterUnit;
  /** The current return, or null when the unit has not returned. */
  ret: Omit<CountedReturn, 'summary'> | null;
  figures: Figures | null;
}

export interface ParentStats {
  parentCode: string;
  parentName: string;
  expected: number;
  returned: number;
  rate: number | null;
  figures: Figures;
}

export interface CentralStats {
  period: string;
  units: UnitStats[];
  parents: ParentStats[];
  total: { expected: number; returned: number; rate: number | null; figures: Figures };
}

/** Computes per-unit, per-county and total statistics of a period from its stored summaries alone. */
export function computeCentralStats(
  period: string,
  roster: readonly RosterUnit[],
  current: readonly CountedReturn[],
): CentralStats {
  const byUnit = new Map(current.map((r) => [r.unitCode, r]));
  const units: UnitStats[] = roster.map((unit) => {
    const ret = byUnit.get(unit.code);
    if (!ret) return { unit, ret: null, figures: null };
    const { summary, ...rest } = ret;
    return { unit, ret: rest, figures: figuresOf([summary]) };
  });
  const groups = new Map<string, { name: string; members: UnitStats[] }>();
  for (const u of units) {
    const group = groups.get(u.unit.parentCode) ?? { name: u.unit.parentName, members: [] };
    group.members.push(u);
    groups.set(u.unit.parentCode, group);
  }
  const parents: ParentStats[] = [...groups].map(([parentCode, g]) => {
    const returned = g.members.filter((m) => m.ret !== null).length;
    return {
      parentCode,
      parentName: g.name,
      expected: g.members.length,
      returned,
      rate: ratio(returned, g.members.length),
      figures: figuresOf(summariesOf(g.members, byUnit)),
    };
  });
  const returned = units.filter((u) => u.ret !== null).length;
  return {
    period,
    units,
    parents,
    total: {
      expected: units.length,
      returned,
      rate: ratio(returned, units.length),
      figures: figuresOf(summariesOf(units, byUnit)),
    },
  };
}

/** Adds up summaries into the figures of the summary form. */
export function figuresOf(summaries: readonly CentralSummary[]): Figures {
  const byCategory = createEmptyCounts();
  const domestic = createEmptyCounts();
  const vendors = new Map<string, VendorCount>();
  let computers = 0;
  for (const s of summaries) {
    computers += s.computers;
    addByCategory(byCategory, s.byCategory);
    addByCategory(domestic, s.domestic);
    for (const v of s.vendors) {
      const key = `${v.vendor}\u0000${v.category}`;
      const into = vendors.get(key) ?? { ...zeroCounts(), vendor: v.vendor, category: v.category };
      addCounts(into, v);
      vendors.set(key, into);
    }
  }
  const total = totalCounts(byCategory);
  return {
    computers,
    byCategory,
    total,
    genuineRate: ratio(total.genuine, total.installed),
    vendors: [...vendors.values()].sort(
      (a, b) => b.installed - a.installed || a.vendor.localeCompare(b.vendor),
    ),
    domestic,
    domesticTotal: totalCounts(domestic),
  };
}

/** Installs per vendor over the given categories (all when none given), largest first. */
export function shareByVendor(
  figures: Figures,
  categories: readonly Category[] = CATEGORIES,
): Array<{ vendor: string; installed: number; share: number }> {
  const sums = new Map<string, number>();
  let all = 0;
  for (const v of figures.vendors) {
    if (!categories.includes(v.category)) continue;
    sums.set(v.vendor, (sums.get(v.vendor) ?? 0) + v.installed);
    all += v.installed;
  }
  return [...sums]
    .map(([vendor, installed]) => ({ vendor, installed, share: all === 0 ? 0 : installed / all }))
    .sort((a, b) => b.installed - a.installed || a.vendor.localeCompare(b.vendor));
}

/** The period before `period` of the same kind (year, half, quarter, month) among `periods`, if any. */
export function findPreviousPeriod(periods: readonly string[], period: string): string | null {
  const kind = periodKind(period);
  const earlier = periods.filter((p) => periodKind(p) === kind && p < period).sort();
  return earlier.at(-1) ?? null;
}

/** Differences between two periods' figures (this minus previous). */
export interface FiguresChange {
  computers: number;
  installed: number;
  needed: number;
  genuine: number;
  /** Change of the genuine rate in percentage points ×0.01 (0.05 = five points), null if either is unknown. */
  genuineRate: number | null;
}

/** Computes the change of the headline figures since the previous period. */
export function compareFigures(now: Figures, before: Figures): FiguresChange {
  return {
    computers: now.computers - before.computers,
    installed: now.total.installed - before.total.installed,
    needed: now.total.needed - before.total.needed,
    genuine: now.total.genuine - before.total.genuine,
    genuineRate:
      now.genuineRate === null || before.genuineRate === null ? null : now.genuineRate - before.genuineRate,
  };
}

function summariesOf(
  members: readonly UnitStats[],
  byUnit: ReadonlyMap<string, CountedReturn>,
): CentralSummary[] {
  const out: CentralSummary[] = [];
  for (const m of members) {
    const r = byUnit.get(m.unit.code);
    if (r) out.push(r.summary);
  }
  return out;
}

function periodKind(period: string): string {
  return period.slice(4, 5) || 'Y';
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
