import type { UnitProfile } from '../model';
import type { ChildSummary, ReturnData, ReturnMeta } from '../return-file/return-data';
import { summarizeReturn } from '../stats/summary';

/** One current return going into the consolidated report, under the roster unit it counts for. */
export interface ConsolidationSource {
  unitCode: string;
  unitName: string;
  /** The county or district the unit belongs to on the roster; '' if none. */
  parentCode: string;
  data: ReturnData;
}

export interface ConsolidationInput {
  /** The consolidating unit itself (the county, city or province office). */
  profile: UnitProfile;
  period: string;
  meta: Omit<ReturnMeta, 'schemaVersion'>;
  sources: readonly ConsolidationSource[];
}

/**
 * Builds the consolidated report: a return file of the consolidating unit that carries every row of
 * every current return tagged with its unit's code, plus one summary row per unit. A county's report
 * imported at the city keeps the departments' detail: rows already tagged keep their code.
 */
export function buildConsolidatedReturn(input: ConsolidationInput): ReturnData {
  const out: ReturnData = {
    meta: { schemaVersion: 1, ...input.meta },
    profile: { ...input.profile, period: input.period },
    machines: [],
    installs: [],
    entitlements: [],
    milestones: [],
    budget: [],
    children: [],
  };
  const children: ChildSummary[] = [];
  for (const source of input.sources) {
    const d = source.data;
    const tag = <T extends { unitCode?: string | undefined }>(row: T): T => ({
      ...row,
      unitCode: row.unitCode ?? source.unitCode,
    });
    for (const row of d.machines) out.machines.push(tag(row));
    for (const row of d.installs) out.installs.push(tag(row));
    for (const row of d.entitlements) out.entitlements.push(tag(row));
    for (const row of d.milestones) out.milestones.push(tag(row));
    for (const row of d.budget) out.budget.push(tag(row));
    children.push(...childRowsOf(source));
  }
  out.children = children;
  return out;
}

/**
 * The summary rows of one source: the unit itself for its own (untagged) rows, and each lower unit
 * of a consolidated source with the totals of its tagged rows.
 */
function childRowsOf(source: ConsolidationSource): ChildSummary[] {
  const d = source.data;
  const groups = new Map<string, Pick<ReturnData, 'machines' | 'installs'>>();
  const group = (code: string) => {
    let g = groups.get(code);
    if (!g) {
      g = { machines: [], installs: [] };
      groups.set(code, g);
    }
    return g;
  };
  group(source.unitCode);
  for (const m of d.machines) group(m.unitCode ?? source.unitCode).machines.push(m);
  for (const i of d.installs) group(i.unitCode ?? source.unitCode).installs.push(i);
  const known = new Map((d.children ?? []).map((c) => [c.unitCode, c]));
  const rows: ChildSummary[] = [];
  for (const [code, rowsOfUnit] of groups) {
    const own = code === source.unitCode;
    // A consolidated source with no rows of its own needs no row for itself.
    if (own && known.size > 0 && rowsOfUnit.machines.length === 0 && rowsOfUnit.installs.length === 0)
      continue;
    const summary = summarizeReturn(rowsOfUnit);
    const child = known.get(code);
    rows.push({
      unitCode: code,
      unitName: own ? source.unitName : (child?.unitName ?? code),
      parentCode: own ? source.parentCode : child?.parentCode || source.unitCode,
      computers: summary.computers,
      byCategory: summary.byCategory,
    });
  }
  // Lower units that reported nothing at all still appear, with zeros.
  for (const child of d.children ?? []) {
    if (!groups.has(child.unitCode)) rows.push({ ...child });
  }
  return rows;
}
