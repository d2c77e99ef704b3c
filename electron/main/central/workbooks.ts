import { readFile, stat } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { type RosterRowsResult, rowsToRoster } from '../../../shared/roster/roster-rows';

/** Largest roster workbook read: a roster of every unit of a province is far smaller. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

/** Reads a roster from the first sheet of a workbook (.xlsx, .xls, .csv, .ods as SheetJS reads them). */
export async function readRosterWorkbook(path: string): Promise<RosterRowsResult> {
  const size = (await stat(path)).size;
  if (size > MAX_ROSTER_BYTES) {
    return { units: [], issues: [{ row: 0, message: { key: 'central:roster.issues.tooLarge' } }] };
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(await readFile(path), {
      type: 'buffer',
      cellFormula: false,
      cellHTML: false,
      sheetRows: 200_001,
    });
  } catch {
    return { units: [], issues: [{ row: 0, message: { key: 'central:roster.issues.unreadable' } }] };
  }
  const first = workbook.SheetNames[0];
  const sheet = first === undefined ? undefined : workbook.Sheets[first];
  if (!sheet) return { units: [], issues: [{ row: 0, message: { key: 'central:roster.issues.noHeader' } }] };
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    raw: true,
    defval: '',
    blankrows: true,
  });
  return rowsToRoster(rows);
}

/** Writes rows of text as a one-sheet workbook, with column widths fitted to the text. */
export function writeRowsWorkbook(sheetName: string, rows: readonly string[][]): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(rows.map((r) => [...r]));
  const widths: number[] = [];
  for (const row of rows.slice(1)) {
    row.forEach((cell, c) => {
      widths[c] = Math.min(60, Math.max(widths[c] ?? 6, displayWidth(cell) + 2));
    });
  }
  sheet['!cols'] = widths.map((wch) => ({ wch }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, sheetName);
  const out: unknown = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true });
  if (!(out instanceof Uint8Array)) throw new TypeError('the spreadsheet writer returned no bytes');
  return out;
}

/** Width of text in spreadsheet character units: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return width;
}
