import { CATEGORIES, type Category } from '../model';
import type { RosterUnit } from '../roster/roster';
import type { CentralSummary } from './central-summary';
import { type Figures, FiguresSum, VendorSlots } from './figures-sum';

export type { Figures } from './figures-sum';

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

/**
 * Computes per-unit, per-county and total statistics of a period from its stored summaries alone.
 * Each summary is read once and added into its unit, its county and the whole area together; every
 * level still adds summaries in roster order, so lines with equal counts keep their order.
 */
export function computeCentralStats(
  period: string,
  roster: readonly RosterUnit[],
  current: readonly CountedReturn[],
): CentralStats {
  const byUnit = new Map(current.map((r) => [r.unitCode, r]));
  const slots = new VendorSlots();
  const whole = { expected: 0, returned: 0, sum: new FiguresSum() };
  const groups = new Map<string, { name: string; expected: number; returned: number; sum: FiguresSum }>();
  const units: UnitStats[] = [];
  for (const unit of roster) {
    let group = groups.get(unit.parentCode);
    if (group === undefined) {
      group = { name: unit.parentName, expected: 0, returned: 0, sum: new FiguresSum() };
      groups.set(unit.parentCode, group);
    }
    group.expected++;
    whole.expected++;
    const ret = byUnit.get(unit.code);
    if (!ret) {
      units.push({ unit, ret: null, figures: null });
      continue;
    }
    group.returned++;
    whole.returned++;
    const { summary, ...rest } = ret;
    const lineSlots = slots.slotsOf(summary.vendors);
    const own = new FiguresSum();
    own.add(summary, lineSlots);
    group.sum.add(summary, lineSlots);
    whole.sum.add(summary, lineSlots);
    units.push({ unit, ret: rest, figures: own.toFigures() });
  }
  const parents: ParentStats[] = [...groups].map(([parentCode, g]) => ({
    parentCode,
    parentName: g.name,
    expected: g.expected,
    returned: g.returned,
    rate: ratio(g.returned, g.expected),
    figures: g.sum.toFigures(),
  }));
  return {
    period,
    units,
    parents,
    total: {
      expected: whole.expected,
      returned: whole.returned,
      rate: ratio(whole.returned, whole.expected),
      figures: whole.sum.toFigures(),
    },
  };
}

/** Adds up summaries into the figures of the summary form. */
export function figuresOf(summaries: readonly CentralSummary[]): Figures {
  const slots = new VendorSlots();
  const sum = new FiguresSum();
  for (const s of summaries) sum.add(s, slots.slotsOf(s.vendors));
  return sum.toFigures();
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

function periodKind(period: string): string {
  return period.slice(4, 5) || 'Y';
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
