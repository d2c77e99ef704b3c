import type { Arch, MachineStatus, MachineType, Zone } from '../model';
import type { MachineRow } from './machine-row';

export const VERDICT_FILTERS = ['any', 'not_genuine', 'to_verify', 'clean', 'no_installs'] as const;
export type VerdictFilter = (typeof VERDICT_FILTERS)[number];

/** What the ledger's search box and filters ask for; empty lists mean "any". */
export interface MachineQuery {
  text: string;
  types: readonly MachineType[];
  statuses: readonly MachineStatus[];
  zones: readonly Zone[];
  arches: readonly Arch[];
  departments: readonly string[];
  verdict: VerdictFilter;
}

export const EMPTY_MACHINE_QUERY: MachineQuery = {
  text: '',
  types: [],
  statuses: [],
  zones: [],
  arches: [],
  departments: [],
  verdict: 'any',
};

export const MACHINE_SORT_KEYS = [
  'assetNo',
  'user',
  'department',
  'type',
  'brand',
  'model',
  'serial',
  'arch',
  'zone',
  'purchaseDate',
  'status',
  'installCount',
  'notGenuineCount',
  'toVerifyCount',
] as const;
export type MachineSortKey = (typeof MACHINE_SORT_KEYS)[number];
export interface MachineSort {
  key: MachineSortKey;
  order: 'ascend' | 'descend';
}

// Rows are immutable snapshots from the main side, so a row's search text can be kept with it.
const searchTexts = new WeakMap<MachineRow, string>();

function searchTextOf(row: MachineRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = [row.assetNo, row.user, row.department, row.brand, row.model, row.serial, row.hostname, row.notes]
      .join('\u0001')
      .normalize('NFKC')
      .toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

/** Splits the search box into terms; every term must occur in one of the machine's text fields. */
export function toSearchTerms(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
}

function matchesVerdict(row: MachineRow, verdict: VerdictFilter): boolean {
  switch (verdict) {
    case 'any':
      return true;
    case 'not_genuine':
      return row.notGenuineCount > 0;
    case 'to_verify':
      return row.toVerifyCount > 0;
    case 'clean':
      return row.installCount > 0 && row.notGenuineCount === 0 && row.toVerifyCount === 0;
    case 'no_installs':
      return row.installCount === 0;
  }
}

/** The rows that match a query, in their original order. */
export function filterMachines(rows: readonly MachineRow[], query: MachineQuery): MachineRow[] {
  const terms = toSearchTerms(query.text);
  const types = new Set<string>(query.types);
  const statuses = new Set<string>(query.statuses);
  const zones = new Set<string>(query.zones);
  const arches = new Set<string>(query.arches);
  const departments = new Set(query.departments);
  return rows.filter((row) => {
    if (types.size > 0 && !types.has(row.type)) return false;
    if (statuses.size > 0 && !statuses.has(row.status)) return false;
    if (zones.size > 0 && !zones.has(row.zone)) return false;
    if (arches.size > 0 && !arches.has(row.arch)) return false;
    if (departments.size > 0 && !departments.has(row.department)) return false;
    if (!matchesVerdict(row, query.verdict)) return false;
    if (terms.length === 0) return true;
    const text = searchTextOf(row);
    return terms.every((term) => text.includes(term));
  });
}

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

/**
 * Sorts rows by one column. Text is ranked with a Chinese, number-aware collator on the distinct
 * values only, then rows are sorted by rank, so 100,000 rows sort in well under a second.
 */
export function sortMachines(rows: readonly MachineRow[], sort: MachineSort | null): MachineRow[] {
  if (sort === null) return [...rows];
  const { key } = sort;
  const sign = sort.order === 'ascend' ? 1 : -1;
  const sample = rows[0]?.[key];
  let ranks: number[];
  if (typeof sample === 'number') {
    ranks = rows.map((row) => row[key] as number); // numeric columns hold numbers on every row
  } else {
    const values = rows.map((row) => String(row[key]));
    const distinct = [...new Set(values)].sort(collator.compare);
    const rankOf = new Map(distinct.map((value, index) => [value, index]));
    ranks = values.map((value) => rankOf.get(value) ?? 0);
  }
  const order = rows.map((_, index) => index);
  // Ties keep the original order so equal rows do not jump around between sorts.
  order.sort((a, b) => ((ranks[a] ?? 0) - (ranks[b] ?? 0)) * sign || a - b);
  return order.map((index) => rows[index] as MachineRow); // indices come from rows itself
}

/** The distinct departments of a ledger, sorted for a filter list. */
export function listDepartments(rows: readonly { department: string }[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) if (row.department !== '') seen.add(row.department);
  return [...seen].sort(collator.compare);
}
