import { CATEGORIES } from '../model';
import { summarizeReturn } from '../stats/summary';
import { MILESTONE_LABELS } from './code-labels';
import { CHILD_LEDGER, childCountKey, MEASURES } from './columns-v1';
import type { IssueCollector, IssueKey } from './issues';
import type { LedgerRead, RowPlaces } from './read-ledger';
import type {
  BudgetLine,
  ChildSummary,
  ReturnEntitlement,
  ReturnInstall,
  ReturnMachine,
  ReturnMilestone,
} from './return-data';

export interface ReadLedgers {
  machines: LedgerRead<ReturnMachine>;
  installs: LedgerRead<ReturnInstall>;
  entitlements: LedgerRead<ReturnEntitlement>;
  milestones: LedgerRead<ReturnMilestone>;
  budget: LedgerRead<BudgetLine>;
  children: LedgerRead<ChildSummary> | undefined;
}

/**
 * Checks that span rows: duplicate ids and asset numbers (per unit), installs whose machine or licence
 * is missing, and a consolidated return's per-unit rows against its detail.
 */
export function checkLedgers(ledgers: ReadLedgers, ownUnit: string, issues: IssueCollector): void {
  const unitOf = (row: { unitCode?: string }) => row.unitCode ?? ownUnit;
  const { machines, installs, entitlements, milestones, budget, children } = ledgers;

  const machineRows = findDuplicates(
    machines,
    unitOf,
    (m) => m.id,
    (m) => m.id,
    'duplicateMachineId',
    issues,
  );
  findDuplicates(
    machines,
    unitOf,
    (m) => m.assetNo,
    (m) => m.assetNo,
    'duplicateAssetNo',
    issues,
  );
  findDuplicates(
    installs,
    unitOf,
    (i) => i.id,
    (i) => i.id,
    'duplicateInstallId',
    issues,
  );
  const licenceRows = findDuplicates(
    entitlements,
    unitOf,
    (e) => e.id,
    (e) => e.id,
    'duplicateEntitlementId',
    issues,
  );
  findDuplicates(
    milestones,
    unitOf,
    (m) => m.key,
    (m) => MILESTONE_LABELS.labels[m.key],
    'duplicateMilestone',
    issues,
  );
  findDuplicates(
    budget,
    unitOf,
    (b) => `${b.scenario}\u0000${b.category}`,
    (b) => b.scenario,
    'duplicateBudget',
    issues,
  );

  installs.rows.forEach((install, index) => {
    const unit = unitOf(install);
    if (!machineRows.has(unit, install.machineId)) {
      issues.error(
        'unknownMachine',
        { ...where(installs.places, index), value: install.machineId },
        where(installs.places, index),
      );
    }
    if (install.entitlementId !== null && !licenceRows.has(unit, install.entitlementId)) {
      issues.warning(
        'unknownEntitlement',
        { ...where(installs.places, index), value: install.entitlementId },
        where(installs.places, index),
      );
    }
  });

  if (children !== undefined) {
    findDuplicates(
      children,
      () => '',
      (c) => c.unitCode,
      (c) => c.unitCode,
      'duplicateChild',
      issues,
    );
    checkChildren(ledgers, children, ownUnit, issues);
  }
}

function where(places: RowPlaces, index: number): { sheet: string; row: number } {
  return { sheet: places.sheet(index), row: places.row(index) };
}

/**
 * The first row of each id within its unit. Ids are looked up unit by unit rather than by a joined
 * key, so that no key string is built per row (a ledger has up to a million rows).
 */
class FirstRows {
  private readonly byUnit = new Map<string, Map<string, number>>();
  private lastUnit: string | undefined;
  private lastIds: Map<string, number> | undefined;

  has(unit: string, id: string): boolean {
    return this.ids(unit, false)?.has(id) ?? false;
  }

  /** The row already recorded for the id, or undefined after recording `index` as its first. */
  claim(unit: string, id: string, index: number): number | undefined {
    const ids = this.ids(unit, true)!;
    const earlier = ids.get(id);
    if (earlier === undefined) ids.set(id, index);
    return earlier;
  }

  private ids(unit: string, isCreating: boolean): Map<string, number> | undefined {
    if (unit === this.lastUnit && this.lastIds !== undefined) return this.lastIds;
    let ids = this.byUnit.get(unit);
    if (ids === undefined) {
      if (!isCreating) return undefined;
      ids = new Map();
      this.byUnit.set(unit, ids);
    }
    this.lastUnit = unit;
    this.lastIds = ids;
    return ids;
  }
}

/** Reports each repeat of an id within its unit with both rows; returns the first row of every id. */
function findDuplicates<T>(
  ledger: LedgerRead<T>,
  unitOf: (row: T) => string,
  idOf: (row: T) => string,
  shown: (row: T) => string,
  message: IssueKey,
  issues: IssueCollector,
): FirstRows {
  const first = new FirstRows();
  ledger.rows.forEach((row, index) => {
    const earlier = first.claim(unitOf(row), idOf(row), index);
    if (earlier === undefined) return;
    issues.error(
      message,
      {
        ...where(ledger.places, index),
        value: shown(row),
        firstSheet: ledger.places.sheet(earlier),
        firstRow: ledger.places.row(earlier),
      },
      where(ledger.places, index),
    );
  });
  return first;
}

/** Rows of a unit not listed as a child, and a child's totals that differ from its detail rows. */
function checkChildren(
  ledgers: ReadLedgers,
  children: LedgerRead<ChildSummary>,
  ownUnit: string,
  issues: IssueCollector,
): void {
  const listed = new Set(children.rows.map((c) => c.unitCode));
  const sources: Array<LedgerRead<{ unitCode?: string }>> = [
    ledgers.machines,
    ledgers.installs,
    ledgers.entitlements,
    ledgers.milestones,
  ];
  for (const ledger of sources) {
    const reported = new Set<string>();
    ledger.rows.forEach((row, index) => {
      const unit = row.unitCode;
      if (unit === undefined || unit === ownUnit || listed.has(unit) || reported.has(unit)) return;
      reported.add(unit);
      issues.warning(
        'rowUnitNotListed',
        { ...where(ledger.places, index), value: unit },
        where(ledger.places, index),
      );
    });
  }

  const byUnit = new Map<string, { machines: ReturnMachine[]; installs: ReturnInstall[] }>();
  const groupOf = (unit: string) => {
    let group = byUnit.get(unit);
    if (group === undefined) {
      group = { machines: [], installs: [] };
      byUnit.set(unit, group);
    }
    return group;
  };
  for (const m of ledgers.machines.rows) if (m.unitCode !== undefined) groupOf(m.unitCode).machines.push(m);
  for (const i of ledgers.installs.rows) if (i.unitCode !== undefined) groupOf(i.unitCode).installs.push(i);

  const headers = new Map<string, string>(CHILD_LEDGER.columns.map((c) => [c.key, c.header]));
  children.rows.forEach((child, index) => {
    const group = byUnit.get(child.unitCode);
    if (group === undefined) return;
    const detail = summarizeReturn(group);
    const compared: Array<[string, number, number]> = [['computers', child.computers, detail.computers]];
    for (const category of CATEGORIES) {
      for (const m of MEASURES) {
        compared.push([
          childCountKey(category, m.key),
          child.byCategory[category][m.field],
          detail.byCategory[category][m.field],
        ]);
      }
    }
    const differing = compared.find(([, found, expected]) => found !== expected);
    if (differing === undefined) return;
    const [key, found, expected] = differing;
    issues.warning(
      'childMismatch',
      {
        ...where(children.places, index),
        unit: child.unitCode,
        header: headers.get(key) ?? key,
        found,
        expected,
      },
      where(children.places, index),
    );
  });
}
