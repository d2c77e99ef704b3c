import type { Product } from '../catalog/product';
import type { Classification } from '../licensing/classify';
import type { Reconciliation } from '../licensing/reconcile';
import { CATEGORIES, type Category, type Install, type Machine, type MachineStatus } from '../model';
import { summarizeReturn, totalCounts } from '../stats/summary';
import { createMissingEvidenceTest } from './evidence';
import { createNameKeyer } from './text';
import type { InstallFilter } from './views';

/** Per category: installs, the three verdicts and the licences still needed (非正版 + 待核实). */
export interface CategoryFigures {
  category: Category | 'total';
  installed: number;
  genuine: number;
  notGenuine: number;
  toVerify: number;
  needed: number;
}

export const FIX_KINDS = [
  'not_genuine',
  'to_verify',
  'no_evidence',
  'over_deployed',
  'unknown_names',
  'no_installs',
  'no_profile',
] as const;
export type FixKind = (typeof FIX_KINDS)[number];

/** Where a fix-list item leads: the rows behind its number. */
export type FixTarget =
  | { route: 'office/software'; filter: InstallFilter }
  | { route: 'office/software'; tab: 'unknown' }
  | { route: 'office/machines'; verdict: 'no_installs' }
  | { route: 'office/profile' };

export interface FixItem {
  kind: FixKind;
  count: number;
  target: FixTarget;
}

export interface Overview {
  /** Computers counted in the figures: every machine not scrapped. */
  computers: number;
  machinesByStatus: Record<MachineStatus, number>;
  categories: CategoryFigures[];
  total: CategoryFigures;
  /** 正版化率: genuine installs / all installs, 0–1; null when nothing is recorded. */
  genuineRate: number | null;
  /** Licences missing against seats owned (sum of reconciliation shortfalls). */
  shortfall: number;
  fixes: FixItem[];
}

export interface OverviewInput {
  machines: readonly Machine[];
  installs: readonly Install[];
  byInstall: ReadonlyMap<string, Classification>;
  reconciliation: Reconciliation;
  productById: ReadonlyMap<string, Product>;
  hasProfile: boolean;
}

/**
 * The office overview: figures per category counted exactly as the return file's summary form counts
 * them (machines not scrapped, needed = 非正版 + 待核实), and the list of what to fix, each item with
 * the filter that shows the rows behind it.
 */
export function computeOverview(input: OverviewInput): Overview {
  const machinesByStatus: Record<MachineStatus, number> = { in_use: 0, idle: 0, scrapped: 0 };
  const counted = new Set<string>();
  for (const machine of input.machines) {
    machinesByStatus[machine.status] += 1;
    if (machine.status !== 'scrapped') counted.add(machine.id);
  }
  const summary = summarizeReturn({
    machines: [...input.machines],
    installs: input.installs.map((install) => ({
      ...install,
      status: input.byInstall.get(install.id)?.status ?? 'to_verify',
      reasons: [],
    })),
  });
  const machinesWithInstalls = new Set<string>();
  const unknownNames = new Set<string>();
  const isMissingEvidence = createMissingEvidenceTest();
  const toNameKey = createNameKeyer();
  let missingEvidence = 0;
  for (const install of input.installs) {
    if (!counted.has(install.machineId)) continue;
    machinesWithInstalls.add(install.machineId);
    const product = install.productId === null ? null : (input.productById.get(install.productId) ?? null);
    if (product === null) unknownNames.add(toNameKey(install.rawName));
    if (isMissingEvidence(install, product)) missingEvidence += 1;
  }
  const total: CategoryFigures = { category: 'total', ...totalCounts(summary.byCategory) };

  let shortfall = 0;
  for (const row of input.reconciliation.rows) shortfall += row.shortfall;
  const overDeployed = input.reconciliation.overDeployedInstallIds.size;
  const noInstalls = input.machines.filter(
    (m) => m.status === 'in_use' && !machinesWithInstalls.has(m.id),
  ).length;

  const fixes: FixItem[] = [
    { kind: 'no_profile', count: input.hasProfile ? 0 : 1, target: { route: 'office/profile' } },
    {
      kind: 'not_genuine',
      count: total.notGenuine,
      target: { route: 'office/software', filter: { status: 'not_genuine' } },
    },
    {
      kind: 'to_verify',
      count: total.toVerify,
      target: { route: 'office/software', filter: { status: 'to_verify' } },
    },
    {
      kind: 'no_evidence',
      count: missingEvidence,
      target: { route: 'office/software', filter: { issue: 'no_evidence' } },
    },
    {
      kind: 'over_deployed',
      count: overDeployed,
      target: { route: 'office/software', filter: { issue: 'over_deployed' } },
    },
    { kind: 'unknown_names', count: unknownNames.size, target: { route: 'office/software', tab: 'unknown' } },
    { kind: 'no_installs', count: noInstalls, target: { route: 'office/machines', verdict: 'no_installs' } },
  ];
  return {
    computers: summary.computers,
    machinesByStatus,
    categories: CATEGORIES.map((c): CategoryFigures => ({ category: c, ...summary.byCategory[c] })),
    total,
    genuineRate: summary.genuineRate,
    shortfall,
    fixes: fixes.filter((f) => f.count > 0),
  };
}
