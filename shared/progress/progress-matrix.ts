import { MILESTONES, type Milestone, type MilestoneKey, type MilestoneState } from '../model';
import { normalizeMilestones } from './milestones';

/** What the central side knows of one unit's progress; milestones is null when it has not returned. */
export interface UnitProgressInput {
  unitCode: string;
  unitName: string;
  /** County (or other parent) code; '' for a unit directly under the office. */
  parentCode: string;
  parentName: string;
  milestones: readonly Milestone[] | null;
}

/** A cell of the matrix: the milestone's state, or no_return for a unit with no return yet. */
export type CellState = MilestoneState | 'no_return';

export interface ProgressCell {
  state: CellState;
  date: string;
  docRef: string;
  note: string;
}

export interface ProgressRow {
  unitCode: string;
  unitName: string;
  parentCode: string;
  parentName: string;
  hasReturned: boolean;
  cells: Record<MilestoneKey, ProgressCell>;
  doneCount: number;
}

/** One column of the matrix: how many units are at each state, and who lacks the milestone. */
export interface MilestoneColumn {
  key: MilestoneKey;
  done: number;
  inProgress: number;
  notStarted: number;
  noReturn: number;
  /** Units that have not done it (in progress, not started or not returned), in row order. */
  lackingUnitCodes: string[];
}

export interface ProgressMatrix {
  rows: ProgressRow[];
  columns: MilestoneColumn[];
}

/** Builds the units × milestones matrix (rows sorted by parent, then unit code). */
export function buildProgressMatrix(units: readonly UnitProgressInput[]): ProgressMatrix {
  const rows = [...units]
    .sort((a, b) => a.parentCode.localeCompare(b.parentCode) || a.unitCode.localeCompare(b.unitCode))
    .map(toRow);
  const columns = MILESTONES.map((key): MilestoneColumn => {
    const column: MilestoneColumn = {
      key,
      done: 0,
      inProgress: 0,
      notStarted: 0,
      noReturn: 0,
      lackingUnitCodes: [],
    };
    for (const row of rows) {
      const state = row.cells[key].state;
      if (state === 'done') column.done++;
      else {
        column.lackingUnitCodes.push(row.unitCode);
        if (state === 'in_progress') column.inProgress++;
        else if (state === 'not_started') column.notStarted++;
        else column.noReturn++;
      }
    }
    return column;
  });
  return { rows, columns };
}

function toRow(unit: UnitProgressInput): ProgressRow {
  const cells = {} as Record<MilestoneKey, ProgressCell>; // every milestone is set just below
  if (unit.milestones === null) {
    for (const key of MILESTONES) cells[key] = { state: 'no_return', date: '', docRef: '', note: '' };
  } else {
    for (const m of normalizeMilestones(unit.milestones)) {
      cells[m.key] = { state: m.state, date: m.date, docRef: m.docRef, note: m.note };
    }
  }
  return {
    unitCode: unit.unitCode,
    unitName: unit.unitName,
    parentCode: unit.parentCode,
    parentName: unit.parentName,
    hasReturned: unit.milestones !== null,
    cells,
    doneCount: MILESTONES.filter((key) => cells[key].state === 'done').length,
  };
}

/** Which rows to show: all, or those at a given state of one milestone ("lacking" = not done). */
export interface ProgressFilter {
  milestone: MilestoneKey | null;
  show: 'all' | 'lacking' | CellState;
  /** Only units under this parent; null for all. */
  parentCode: string | null;
  /** Part of the unit's code or name; '' for all. */
  search: string;
}

export const NO_FILTER: ProgressFilter = { milestone: null, show: 'all', parentCode: null, search: '' };

/** The rows a filter keeps, e.g. { milestone: 'leading_group', show: 'lacking' } = no leading group yet. */
export function filterProgressRows(rows: readonly ProgressRow[], filter: ProgressFilter): ProgressRow[] {
  const search = filter.search.trim().toLowerCase();
  return rows.filter((row) => {
    if (filter.parentCode !== null && row.parentCode !== filter.parentCode) return false;
    if (
      search !== '' &&
      !row.unitCode.toLowerCase().includes(search) &&
      !row.unitName.toLowerCase().includes(search)
    )
      return false;
    if (filter.milestone === null || filter.show === 'all') return true;
    const state = row.cells[filter.milestone].state;
    return filter.show === 'lacking' ? state !== 'done' : state === filter.show;
  });
}
