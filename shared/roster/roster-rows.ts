import type { Message } from '../i18n';
import { unitCodeSchema } from '../model';
import { cleanUnitCode, type RosterUnit, rosterUnitSchema } from './roster';

/** A problem with one row of a roster workbook, with its 1-based row number as Excel shows it. */
export interface RosterIssue {
  row: number;
  message: Message;
}

export interface RosterRowsResult {
  units: RosterUnit[];
  issues: RosterIssue[];
}

type Field = keyof RosterUnit;

/** Column headings of a roster workbook; the first is written, all are recognised (any case). */
export const ROSTER_HEADERS: Readonly<Record<Field, readonly string[]>> = {
  code: ['单位代码', '代码', '统一社会信用代码', '单位编码', 'code', 'unit code'],
  name: ['单位名称', '名称', '单位', 'name', 'unit name', 'unit'],
  parentCode: ['上级单位代码', '所属县区代码', '上级代码', 'parent code'],
  parentName: ['上级单位', '上级单位名称', '所属县区', '县区', '所属区县', 'parent', 'parent name', 'county'],
  contact: ['联系人', 'contact'],
  phone: ['联系电话', '电话', '手机', 'phone', 'telephone'],
};

const FIELDS = Object.keys(ROSTER_HEADERS) as Field[]; // keys of a literal object typed by Field
const HEADER_SCAN_ROWS = 10;

/**
 * Reads a roster from a sheet's rows (first sheet of a workbook, as arrays of cell values). The
 * heading row is found among the first rows by its labels, so a title row above it is fine.
 */
export function rowsToRoster(rows: ReadonlyArray<ReadonlyArray<unknown>>): RosterRowsResult {
  const header = findHeader(rows);
  if (!header) return { units: [], issues: [{ row: 1, message: { key: 'central:roster.issues.noHeader' } }] };
  const units: RosterUnit[] = [];
  const issues: RosterIssue[] = [];
  const firstRow = new Map<string, number>();
  for (let r = header.row + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const read = (field: Field) => {
      const col = header.columns.get(field);
      return col === undefined ? '' : cellText(cells[col]);
    };
    if (FIELDS.every((f) => read(f) === '')) continue;
    const excelRow = r + 1;
    const code = cleanUnitCode(read('code'));
    const parentCode = cleanUnitCode(read('parentCode'));
    if (!unitCodeSchema.safeParse(code).success) {
      issues.push({
        row: excelRow,
        message: { key: 'central:roster.issues.badCode', params: { row: excelRow, value: read('code') } },
      });
      continue;
    }
    if (parentCode !== '' && !unitCodeSchema.safeParse(parentCode).success) {
      issues.push({
        row: excelRow,
        message: {
          key: 'central:roster.issues.badParentCode',
          params: { row: excelRow, value: read('parentCode') },
        },
      });
      continue;
    }
    const seen = firstRow.get(code);
    if (seen !== undefined) {
      issues.push({
        row: excelRow,
        message: { key: 'central:roster.issues.duplicate', params: { row: excelRow, code, first: seen } },
      });
      continue;
    }
    const parsed = rosterUnitSchema.safeParse({
      code,
      name: read('name'),
      parentCode,
      parentName: read('parentName'),
      contact: read('contact'),
      phone: read('phone'),
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'name');
      issues.push({
        row: excelRow,
        message: {
          key: 'central:roster.issues.badField',
          params: { row: excelRow, field: headerLabel(field) },
        },
      });
      continue;
    }
    firstRow.set(code, excelRow);
    units.push(parsed.data);
  }
  return { units, issues };
}

/** A roster as rows for a workbook: the heading row, then one row per unit. */
export function rosterToRows(units: readonly RosterUnit[]): string[][] {
  return [FIELDS.map(headerLabel), ...units.map((u) => FIELDS.map((f) => u[f]))];
}

function headerLabel(field: string): string {
  return ROSTER_HEADERS[field as Field]?.[0] ?? field; // field comes from the schema's own keys
}

function findHeader(
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
): { row: number; columns: Map<Field, number> } | null {
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const columns = new Map<Field, number>();
    (rows[r] ?? []).forEach((cell, c) => {
      const text = cellText(cell).replace(/\s+/g, ' ').toLowerCase();
      const field = FIELDS.find((f) => ROSTER_HEADERS[f].some((label) => label.toLowerCase() === text));
      if (field && !columns.has(field)) columns.set(field, c);
    });
    if (columns.has('code') && columns.has('name')) return { row: r, columns };
  }
  return null;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return String(value).normalize('NFKC').trim();
}
