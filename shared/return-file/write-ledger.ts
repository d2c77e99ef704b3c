import * as XLSX from 'xlsx';
import type { LedgerSpec, WriteContext } from './column-types';
import { columnCell, createSheet, textCell } from './write-cells';

/** Excel's row limit per sheet; a longer ledger continues on numbered sheets. */
export const MAX_SHEET_ROWS = 1_048_576;

/** Rows above the data on every ledger sheet: Chinese headers, then machine keys. */
export const HEADER_ROWS = 2;

/**
 * Writes a ledger as one or more sheets (软件台账, 软件台账2 …), each with the header and key rows,
 * holding at most `maxRowsPerSheet` rows in all.
 */
export function buildLedgerSheets<T>(
  spec: LedgerSpec<T>,
  rows: readonly T[],
  ctx: WriteContext,
  maxRowsPerSheet: number,
): Array<[string, XLSX.WorkSheet]> {
  const perSheet = maxRowsPerSheet - HEADER_ROWS;
  const sheets: Array<[string, XLSX.WorkSheet]> = [];
  let start = 0;
  do {
    const end = Math.min(rows.length, start + perSheet);
    const name = sheets.length === 0 ? spec.sheet : `${spec.sheet}${sheets.length + 1}`;
    sheets.push([name, buildSheet(spec, rows, start, end, ctx)]);
    start = end;
  } while (start < rows.length);
  return sheets;
}

function buildSheet<T>(
  spec: LedgerSpec<T>,
  rows: readonly T[],
  start: number,
  end: number,
  ctx: WriteContext,
): XLSX.WorkSheet {
  const columns = spec.columns;
  const data: XLSX.CellObject[][] = [
    columns.map((c) => textCell(c.header)),
    columns.map((c) => textCell(c.key)),
  ];
  for (let r = start; r < end; r++) {
    const row = rows[r]!;
    const cells: XLSX.CellObject[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const cell = columnCell(columns[c]!, row, ctx);
      if (cell !== undefined) cells[c] = cell;
    }
    data.push(cells);
  }
  const sheet = createSheet(
    data,
    columns.map((c) => c.width),
  );
  // The filter starts on the key row so that sorting never moves the keys into the data.
  sheet['!autofilter'] = {
    ref: XLSX.utils.encode_range({ s: { r: 1, c: 0 }, e: { r: data.length - 1, c: columns.length - 1 } }),
  };
  return sheet;
}
