import type { StoredReturn } from '../merge/merge-types';
import type { Roster } from '../roster/roster';
import {
  type CentralStats,
  type CountedReturn,
  computeCentralStats,
  type Figures,
  findPreviousPeriod,
} from './central-aggregate';

/** The figures of the period before, for the "change since" columns. */
export interface PreviousFigures {
  period: string;
  total: Figures;
  byUnit: Record<string, Figures>;
  byParent: Record<string, Figures>;
}

/** Everything the statistics screen shows for one period. */
export interface StatsView {
  stats: CentralStats;
  previous: PreviousFigures | null;
  /** Returns held because their unit is not on the roster (not counted until mapped). */
  unassigned: number;
}

/** Every period named by a roster or a return, newest first. */
export function listPeriods(rosters: readonly Roster[], returns: readonly StoredReturn[]): string[] {
  const set = new Set<string>([...rosters.map((r) => r.period), ...returns.map((r) => r.period)]);
  return [...set].sort().reverse();
}

/** The current returns of a period as the statistics count them. */
export function selectCounted(returns: readonly StoredReturn[], period: string): CountedReturn[] {
  return returns
    .filter((r) => r.period === period && r.state === 'current')
    .map((r) => ({
      sha: r.sha,
      unitCode: r.assignedCode,
      unitName: r.unitName,
      exportedAt: r.exportedAt,
      digestState: r.digestState,
      warningCount: r.warnings.length,
      summary: r.summary,
    }));
}

/** Builds the statistics of a period and, when there is one, the period before it. */
export function buildStatsView(
  period: string,
  rosters: readonly Roster[],
  returns: readonly StoredReturn[],
): StatsView {
  const rosterOf = (p: string) => rosters.find((r) => r.period === p)?.units ?? [];
  const stats = computeCentralStats(period, rosterOf(period), selectCounted(returns, period));
  const before = findPreviousPeriod(listPeriods(rosters, returns), period);
  let previous: PreviousFigures | null = null;
  if (before !== null) {
    const old = computeCentralStats(before, rosterOf(before), selectCounted(returns, before));
    previous = {
      period: before,
      total: old.total.figures,
      byUnit: Object.fromEntries(old.units.flatMap((u) => (u.figures ? [[u.unit.code, u.figures]] : []))),
      byParent: Object.fromEntries(old.parents.map((p) => [p.parentCode, p.figures])),
    };
  }
  const unassigned = returns.filter((r) => r.period === period && r.state === 'unassigned').length;
  return { stats, previous, unassigned };
}
