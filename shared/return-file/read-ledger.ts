import * as XLSX from 'xlsx';
import { type CodeLookup, codeEntries, lookupCode } from './code-labels';
import type { Column, LedgerSpec } from './column-types';
import type { IssueCollector } from './issues';
import {
  type Cell,
  type CellResult,
  isEmptyCell,
  readBool,
  readCode,
  readDate,
  readInt,
  readLines,
  readMoney,
  readText,
  readUnitCode,
} from './read-cells';
import { HEADER_ROWS } from './write-ledger';

/** What every sheet reader needs besides the sheet. */
export interface ReadContext {
  issues: IssueCollector;
  isDate1904: boolean;
  /** Most data rows one sheet may hold. */
  maxRows: number;
}

/** Where each decoded row came from, kept compact for millions of rows. */
export class RowPlaces {
  readonly sheets: string[] = [];
  private readonly sheetOf: number[] = [];
  private readonly rowOf: number[] = [];

  add(sheetIndex: number, row: number): void {
    this.sheetOf.push(sheetIndex);
    this.rowOf.push(row);
  }

  sheet(index: number): string {
    return this.sheets[this.sheetOf[index] ?? 0] ?? '';
  }

  row(index: number): number {
    return this.rowOf[index] ?? 0;
  }
}

export interface LedgerRead<T> {
  rows: T[];
  places: RowPlaces;
}

interface Slot<T> {
  column: Column<T>;
  index: number;
}

interface CodeDefault<C extends string> {
  lookup: CodeLookup<C>;
  fallback: C;
  hasEmptyAs: boolean;
}

/** Reads one ledger cell by column key, recording a located issue and giving a fallback when it is wrong. */
export class RowReader<T, K extends string> {
  private cells: readonly Cell[] = [];
  private rowNumber = 0;
  private readonly codeDefaults = new Map<string, CodeDefault<string>>();

  constructor(
    private readonly sheet: string,
    private readonly slots: ReadonlyMap<string, Slot<T>>,
    private readonly ctx: ReadContext,
  ) {}

  /** Points the reader at the next row (1-based number as Excel shows it). */
  moveTo(cells: readonly Cell[], rowNumber: number): void {
    this.cells = cells;
    this.rowNumber = rowNumber;
  }

  // Each reader below first takes the common cell (missing, or plain text that is fine) directly and
  // leaves every other case to read-cells.ts: the same answer without a result object per cell.

  text(key: K): string {
    const slot = this.slots.get(key);
    if (slot === undefined) return '';
    const column = slot.column;
    const max =
      column.kind === 'text' || column.kind === 'optionalText' ? column.max : Number.MAX_SAFE_INTEGER;
    const isNonEmpty = column.kind === 'text' && column.isNonEmpty;
    const cell = this.cells[slot.index];
    if (cell === undefined && !isNonEmpty) return '';
    const plain = plainText(cell);
    if (plain !== undefined && plain.length <= max) return plain;
    return this.take(slot, readText(cell, max, isNonEmpty), '');
  }

  optionalText(key: K): string | null {
    const text = this.text(key);
    return text === '' ? null : text;
  }

  int(key: K): number {
    const slot = this.slots.get(key);
    if (slot === undefined || slot.column.kind !== 'int') return 0;
    return this.take(slot, readInt(this.cells[slot.index], slot.column.min, slot.column.max), 0);
  }

  money(key: K): number {
    const slot = this.slots.get(key);
    return slot === undefined ? 0 : this.take(slot, readMoney(this.cells[slot.index]), 0);
  }

  date(key: K): string {
    const slot = this.slots.get(key);
    if (slot === undefined) return '';
    const cell = this.cells[slot.index];
    return cell === undefined ? '' : this.take(slot, readDate(cell, this.ctx.isDate1904), '');
  }

  code<C extends string>(key: K, lookup: CodeLookup<C>): C {
    const slot = this.slots.get(key);
    const { fallback, hasEmptyAs } = this.codeDefault(key, slot, lookup);
    if (slot === undefined) return fallback;
    const cell = this.cells[slot.index];
    const plain = plainText(cell);
    const code = plain === undefined ? undefined : lookupCode(lookup, plain);
    if (code !== undefined) return code;
    return this.take(slot, readCode(cell, lookup, hasEmptyAs ? fallback : undefined), fallback);
  }

  bool(key: K): boolean | null {
    const slot = this.slots.get(key);
    if (slot === undefined) return null;
    const cell = this.cells[slot.index];
    return cell === undefined ? null : this.take(slot, readBool(cell), null);
  }

  lines(key: K): string[] {
    const slot = this.slots.get(key);
    if (slot === undefined) return [];
    const cell = this.cells[slot.index];
    if (cell === undefined) return [];
    const plain = plainText(cell);
    return plain === undefined ? this.take(slot, readLines(cell), []) : plain.split('\n');
  }

  /** A unit code; '' when the cell is empty and the column allows it. */
  unit(key: K): string {
    const slot = this.slots.get(key);
    if (slot === undefined) return '';
    const allowEmpty = slot.column.kind === 'unit' && slot.column.allowEmpty;
    const cell = this.cells[slot.index];
    if (cell === undefined && allowEmpty) return '';
    return this.take(slot, readUnitCode(cell, allowEmpty), '');
  }

  /**
   * The code a wrong cell falls back to (the column's empty value, else the list's first code) and
   * whether an empty cell takes it; worked out once per column, not once per row.
   */
  private codeDefault<C extends string>(
    key: K,
    slot: Slot<T> | undefined,
    lookup: CodeLookup<C>,
  ): CodeDefault<C> {
    const known = this.codeDefaults.get(key);
    // Stored for this lookup below, so its codes are the lookup's codes.
    if (known?.lookup === lookup) return known as unknown as CodeDefault<C>;
    const emptyAs =
      slot?.column.kind === 'code' && slot.column.emptyAs !== undefined ? slot.column.emptyAs : undefined;
    const fallback =
      (emptyAs === undefined ? undefined : lookupCode(lookup, emptyAs)) ?? codeEntries(lookup.table)[0]?.[0];
    if (fallback === undefined) throw new Error(`The code list ${lookup.table.title} is empty.`);
    const found: CodeDefault<C> = { lookup, fallback, hasEmptyAs: emptyAs !== undefined };
    this.codeDefaults.set(key, found as unknown as CodeDefault<string>); // read back only with this lookup
    return found;
  }

  private take<V>(slot: Slot<T>, result: CellResult<V>, fallback: V): V {
    if (result.ok) return result.value;
    const header = slot.column.header;
    const letter = XLSX.utils.encode_col(slot.index);
    this.ctx.issues.error(
      result.key,
      { sheet: this.sheet, cell: `${letter}${this.rowNumber}`, header, ...result.params },
      { sheet: this.sheet, row: this.rowNumber, column: `${letter} ${header}` },
    );
    return fallback;
  }
}

/** The sheet and its continuations (软件台账, 软件台账2, 软件台账3 …) in order. */
export function findLedgerSheets(workbook: XLSX.WorkBook, base: string): string[] {
  const found: Array<[number, string]> = [];
  for (const name of workbook.SheetNames) {
    if (name === base) found.push([1, name]);
    else if (name.startsWith(base) && /^[1-9]\d*$/.test(name.slice(base.length))) {
      const index = Number(name.slice(base.length));
      if (index >= 2) found.push([index, name]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

/** The cells of a sheet, if the workbook has it (sheet names never index a prototype). */
export function sheetData(workbook: XLSX.WorkBook, name: string): Cell[][] | undefined {
  if (!Object.hasOwn(workbook.Sheets, name)) return undefined;
  const sheet = workbook.Sheets[name];
  return sheet?.['!data'] ?? (sheet === undefined ? undefined : []);
}

/**
 * Reads a ledger by column keys (row 2) from its sheet and continuations; undefined when the workbook
 * has no such sheet. Broken columns make the sheet's rows unread; broken cells are reported one by one.
 */
export function readLedger<T, K extends string, R>(
  workbook: XLSX.WorkBook,
  spec: LedgerSpec<T, K>,
  build: (reader: RowReader<T, K>) => R,
  ctx: ReadContext,
): LedgerRead<R> | undefined {
  const names = findLedgerSheets(workbook, spec.sheet);
  if (names.length === 0) return undefined;
  const rows: R[] = [];
  const places = new RowPlaces();
  for (const name of names) {
    const data = sheetData(workbook, name) ?? [];
    const slots = resolveColumns(name, data[HEADER_ROWS - 1] ?? [], spec, ctx);
    if (slots === undefined) continue;
    if (data.length - HEADER_ROWS > ctx.maxRows) {
      ctx.issues.error('tooManyRows', { sheet: name, limit: ctx.maxRows }, { sheet: name });
      continue;
    }
    const sheetIndex = places.sheets.push(name) - 1;
    const reader = new RowReader<T, K>(name, slots, ctx);
    for (let r = HEADER_ROWS; r < data.length; r++) {
      const cells = data[r];
      if (cells === undefined || isBlankRow(cells)) continue;
      reader.moveTo(cells, r + 1);
      rows.push(build(reader));
      places.add(sheetIndex, r + 1);
    }
  }
  return { rows, places };
}

function resolveColumns<T, K extends string>(
  sheet: string,
  keyRow: readonly Cell[],
  spec: LedgerSpec<T, K>,
  ctx: ReadContext,
): Map<string, Slot<T>> | undefined {
  const byKey = new Map<string, Column<T>>(spec.columns.map((c) => [c.key, c]));
  const slots = new Map<string, Slot<T>>();
  const unknown: Array<[string, number]> = [];
  keyRow.forEach((cell, index) => {
    if (cell?.t !== 's' || typeof cell.v !== 'string') return;
    const key = cell.v.trim();
    if (key === '') return;
    const column = byKey.get(key);
    const earlier = slots.get(key);
    if (earlier !== undefined) {
      ctx.issues.error(
        'duplicateColumn',
        { sheet, key, first: XLSX.utils.encode_col(earlier.index), second: XLSX.utils.encode_col(index) },
        { sheet, row: HEADER_ROWS },
      );
    } else if (column !== undefined) slots.set(key, { column, index });
    else unknown.push([key, index]);
  });
  if (slots.size === 0) {
    ctx.issues.error('missingKeyRow', { sheet }, { sheet, row: HEADER_ROWS });
    return undefined;
  }
  let isComplete = true;
  for (const column of spec.columns) {
    if (column.isRequired && !slots.has(column.key)) {
      ctx.issues.error('missingColumn', { sheet, header: column.header, key: column.key }, { sheet });
      isComplete = false;
    }
  }
  for (const [key, index] of unknown) {
    const column = XLSX.utils.encode_col(index);
    ctx.issues.warning('unknownColumn', { sheet, column, key }, { sheet, row: HEADER_ROWS, column });
  }
  return isComplete ? slots : undefined;
}

/** The text of a string cell that is not empty; undefined for any other cell. */
function plainText(cell: Cell): string | undefined {
  return cell !== undefined && cell.t === 's' && typeof cell.v === 'string' && cell.v !== ''
    ? cell.v
    : undefined;
}

function isBlankRow(cells: readonly Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isEmptyCell(cell) || cell === undefined) continue;
    if (typeof cell.v === 'string' && cell.v.trim() === '') continue;
    return false;
  }
  return true;
}
