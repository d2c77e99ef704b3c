import * as XLSX from 'xlsx';
import { toCellText } from '../return-file/cell-text';
import { toWanCellNumber, toYuanCellNumber } from './money';

/** Yuan with two decimals and thousands separators. */
export const YUAN_FORMAT = '#,##0.00';
/** 万元 with two decimals (the value is already rounded half up to 100 yuan). */
export const WAN_FORMAT = '#,##0.00';

/**
 * One cell of a report sheet. Money stays integer fen until the very cell is written: a yuan cell
 * shows fen / 100, a 万元 cell the amount rounded half up to two decimals of 万元.
 */
export type SheetCell = string | number | null | { yuanFen: number } | { wanFen: number };

/** A sheet as rows of cells, ready to be appended to any workbook. */
export interface SheetSpec {
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: SheetCell[][];
}

/** The SheetJS cell for one report cell; text is always a string cell, so "=…" never becomes a formula. */
export function toXlsxCell(cell: SheetCell): XLSX.CellObject | undefined {
  if (cell === null || cell === '') return undefined;
  if (typeof cell === 'string') return { t: 's', v: toCellText(cell) };
  if (typeof cell === 'number') return { t: 'n', v: cell };
  if ('yuanFen' in cell) return { t: 'n', v: toYuanCellNumber(cell.yuanFen), z: YUAN_FORMAT };
  return { t: 'n', v: toWanCellNumber(cell.wanFen), z: WAN_FORMAT };
}

/** Builds a dense SheetJS worksheet from a sheet spec. */
export function toWorksheet(spec: SheetSpec): XLSX.WorkSheet {
  const data: XLSX.CellObject[][] = spec.rows.map((row) => {
    const out: XLSX.CellObject[] = [];
    row.forEach((cell, index) => {
      const written = toXlsxCell(cell);
      if (written) out[index] = written;
    });
    return out;
  });
  const width = Math.max(spec.widths.length, 1, ...spec.rows.map((r) => r.length));
  return {
    '!data': data,
    '!ref': XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: Math.max(data.length, 1) - 1, c: width - 1 },
    }),
    '!cols': spec.widths.map((wch) => ({ wch })),
  };
}

/** Appends sheets to a workbook (the consolidated report's, or a new one). */
export function appendSheets(workbook: XLSX.WorkBook, specs: readonly SheetSpec[]): void {
  for (const spec of specs)
    XLSX.utils.book_append_sheet(workbook, toWorksheet(spec), toSheetName(spec.name, workbook));
}

/** Writes sheets as a new .xlsx workbook. */
export function writeSheetsWorkbook(specs: readonly SheetSpec[]): Uint8Array {
  const workbook = XLSX.utils.book_new();
  appendSheets(workbook, specs);
  const out: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true });
  // type 'array' makes SheetJS return an ArrayBuffer.
  return new Uint8Array(out as ArrayBuffer);
}

/** A sheet name Excel accepts (≤ 31 characters, none of : \ / ? * [ ]) and not yet in the workbook. */
function toSheetName(name: string, workbook: XLSX.WorkBook): string {
  const base = name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; workbook.SheetNames.includes(candidate); n++) candidate = `${base.slice(0, 28)}(${n})`;
  return candidate;
}
