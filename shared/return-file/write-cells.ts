import * as XLSX from 'xlsx';
import { toCellText } from './cell-text';
import { BOOLEAN_LABELS } from './code-labels';
import type { Column, WriteContext } from './column-types';

/** Number format of money cells: yuan with two decimals. */
export const MONEY_FORMAT = '#,##0.00';

/** A string cell. Always t:'s' with no formula, so text such as "=SUM(A1)" stays text. */
export function textCell(text: string): XLSX.CellObject {
  return { t: 's', v: toCellText(text) };
}

/** A number cell, optionally with a number format. */
export function numberCell(value: number, format?: string): XLSX.CellObject {
  return format === undefined ? { t: 'n', v: value } : { t: 'n', v: value, z: format };
}

/** The cell a ledger column writes for a row, or undefined for an empty cell. */
export function columnCell<T>(column: Column<T>, row: T, ctx: WriteContext): XLSX.CellObject | undefined {
  switch (column.kind) {
    case 'text':
    case 'date': {
      const text = column.get(row);
      return text === '' ? undefined : textCell(text);
    }
    case 'optionalText': {
      const text = column.get(row);
      return text === null || text === '' ? undefined : textCell(text);
    }
    case 'int':
      return numberCell(column.get(row));
    case 'money':
      return numberCell(column.get(row) / 100, MONEY_FORMAT);
    case 'code': {
      const code = column.get(row);
      return textCell(column.codes.table.labels[code] ?? code);
    }
    case 'bool': {
      const value = column.get(row);
      return value === null ? undefined : textCell(value ? BOOLEAN_LABELS.yes : BOOLEAN_LABELS.no);
    }
    case 'lines': {
      const text = column.get(row).join('\n');
      return text === '' ? undefined : textCell(text);
    }
    case 'unit': {
      const code = column.get(row);
      return code === undefined || code === '' ? undefined : textCell(code);
    }
    case 'derived': {
      const text = column.get(row, ctx);
      return text === '' ? undefined : textCell(text);
    }
  }
}

/** A row of cells from plain values: strings become text cells, numbers number cells, null a gap. */
export function plainRow(values: ReadonlyArray<string | number | XLSX.CellObject | null>): XLSX.CellObject[] {
  const row: XLSX.CellObject[] = [];
  values.forEach((value, index) => {
    if (value === null || value === '') return;
    row[index] =
      typeof value === 'string' ? textCell(value) : typeof value === 'number' ? numberCell(value) : value;
  });
  return row;
}

/** A dense worksheet from rows of cells, with column widths in characters. */
export function createSheet(rows: XLSX.CellObject[][], widths: readonly number[]): XLSX.WorkSheet {
  let width = Math.max(widths.length, 1);
  for (const row of rows) if (row.length > width) width = row.length;
  const lastColumn = width - 1;
  const lastRow = Math.max(rows.length, 1) - 1;
  return {
    '!data': rows,
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: lastRow, c: lastColumn } }),
    '!cols': widths.map((wch) => ({ wch })),
  };
}
