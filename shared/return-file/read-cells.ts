import type * as XLSX from 'xlsx';
import { unitCodeSchema } from '../model';
import { BOOLEAN_LABELS, type CodeLookup, lookupCode } from './code-labels';
import type { IssueKey, IssueParams } from './issues';
import { MAX_AMOUNT_FEN } from './return-data';

export type Cell = XLSX.CellObject | undefined;
export type CellResult<T> = { ok: true; value: T } | { ok: false; key: IssueKey; params?: IssueParams };

const ERROR_TEXT: ReadonlyMap<number, string> = new Map([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
]);

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(key: IssueKey, params?: IssueParams): CellResult<T> =>
  params === undefined ? { ok: false, key } : { ok: false, key, params };

/** True when a cell holds nothing: missing, a stub, or an empty string. */
export function isEmptyCell(cell: Cell): boolean {
  return cell === undefined || cell.t === 'z' || cell.v === undefined || cell.v === '';
}

/** A cell's content as a person would quote it in a message (shortened). */
export function quoteCell(cell: Cell): string {
  if (cell === undefined || cell.v === undefined) return '';
  if (cell.t === 'e')
    return typeof cell.v === 'number' ? (ERROR_TEXT.get(cell.v) ?? '#ERROR') : String(cell.w ?? '#ERROR');
  const text =
    cell.v instanceof Date
      ? dateOf(cell.v)
      : typeof cell.v === 'number'
        ? numberText(cell.v)
        : String(cell.v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Text of any cell: numbers as written (leading zeros are lost only if the cell was retyped as a number). */
export function readText(cell: Cell, max: number, isNonEmpty: boolean): CellResult<string> {
  if (cell?.t === 'e') return bad('errorValue', { value: quoteCell(cell) });
  const text = isEmptyCell(cell) ? '' : cellText(cell);
  if (text === '' && isNonEmpty) return bad('required');
  if (text.length > max) return bad('tooLong', { length: text.length, max });
  return ok(text);
}

/** Whole numbers in a range; text such as "1,000" is accepted. */
export function readInt(cell: Cell, min: number, max: number): CellResult<number> {
  if (isEmptyCell(cell)) return bad('required');
  let value: number;
  if (cell?.t === 'n' && typeof cell.v === 'number') value = cell.v;
  else if (cell?.t === 's' && typeof cell.v === 'string' && /^[+-]?\d[\d,]*(\.0*)?$/.test(cell.v.trim())) {
    value = Number(cell.v.trim().replace(/,/g, ''));
  } else return bad(cell?.t === 'e' ? 'errorValue' : 'notInteger', { value: quoteCell(cell) });
  if (!Number.isInteger(value)) return bad('notInteger', { value: quoteCell(cell) });
  if (value < min || value > max) return bad('outOfRange', { value, min, max });
  return ok(value);
}

/** Yuan with at most two decimals → integer fen, exactly. An empty cell is 0. */
export function readMoney(cell: Cell): CellResult<number> {
  if (isEmptyCell(cell)) return ok(0);
  let fen: number;
  if (cell?.t === 'n' && typeof cell.v === 'number' && Number.isFinite(cell.v)) {
    const scaled = cell.v * 100;
    fen = Math.round(scaled);
    // Binary floating point: 12.34 * 100 is 1233.9999…; anything farther than that from a whole fen has a third decimal.
    if (Math.abs(scaled - fen) > 0.01) return bad('badMoney', { value: quoteCell(cell) });
  } else if (cell?.t === 's' && typeof cell.v === 'string') {
    const match = /^([+-]?)(\d[\d,]*)(?:\.(\d{1,2}))?$/.exec(cell.v.trim());
    if (match === null) return bad('badMoney', { value: quoteCell(cell) });
    const [, sign = '', whole = '0', cents = ''] = match;
    fen = Number(whole.replace(/,/g, '')) * 100 + Number(cents.padEnd(2, '0'));
    if (sign === '-') fen = -fen;
  } else return bad(cell?.t === 'e' ? 'errorValue' : 'badMoney', { value: quoteCell(cell) });
  if (fen < 0 || fen > MAX_AMOUNT_FEN) {
    return bad('moneyOutOfRange', { value: quoteCell(cell), max: (MAX_AMOUNT_FEN / 100).toFixed(2) });
  }
  return ok(fen === 0 ? 0 : fen);
}

/** A date as YYYY-MM-DD from text (2024-3-5, 2024/03/05, 2024年3月5日), a date serial or a Date. */
export function readDate(cell: Cell, isDate1904: boolean): CellResult<string> {
  if (isEmptyCell(cell) || cell === undefined) return ok('');
  let date: string | undefined;
  if (cell.t === 'n' && typeof cell.v === 'number') date = serialToDate(cell.v, isDate1904);
  else if (cell.v instanceof Date) date = dateOf(cell.v);
  else if (cell.t === 's' && typeof cell.v === 'string') date = textToDate(cell.v.trim());
  return date === undefined
    ? bad(cell.t === 'e' ? 'errorValue' : 'badDate', { value: quoteCell(cell) })
    : ok(date);
}

/** A code from its Chinese label or its key; an empty cell takes `emptyAs` when the column has one. */
export function readCode<T extends string>(cell: Cell, lookup: CodeLookup<T>, emptyAs?: T): CellResult<T> {
  if (isEmptyCell(cell) || cell === undefined) return emptyAs === undefined ? bad('required') : ok(emptyAs);
  if (cell.t === 'e') return bad('errorValue', { value: quoteCell(cell) });
  const code = lookupCode(lookup, cellText(cell));
  return code === undefined ? bad('badCode', { value: quoteCell(cell), allowed: lookup.allowed }) : ok(code);
}

/** 是 / 否 / empty (also TRUE/FALSE cells, true/false, 1/0). */
export function readBool(cell: Cell): CellResult<boolean | null> {
  if (isEmptyCell(cell) || cell === undefined) return ok(null);
  if (cell.t === 'b' && typeof cell.v === 'boolean') return ok(cell.v);
  const text = cellText(cell).trim().toLowerCase();
  if (text === BOOLEAN_LABELS.yes || text === 'true' || text === '1' || text === 'yes') return ok(true);
  if (text === BOOLEAN_LABELS.no || text === 'false' || text === '0' || text === 'no') return ok(false);
  return bad('badBool', { value: quoteCell(cell) });
}

/** One item per line; an empty cell is no items. */
export function readLines(cell: Cell): CellResult<string[]> {
  if (isEmptyCell(cell)) return ok([]);
  const text = readText(cell, Number.MAX_SAFE_INTEGER, false);
  return text.ok ? ok(text.value.split('\n')) : text;
}

/** A unit code, trimmed and upper-cased; '' when empty and allowed. */
export function readUnitCode(cell: Cell, allowEmpty: boolean): CellResult<string> {
  if (isEmptyCell(cell) || cell === undefined) return allowEmpty ? ok('') : bad('required');
  if (cell.t === 'e') return bad('errorValue', { value: quoteCell(cell) });
  const code = cellText(cell).trim().toUpperCase();
  if (code === '' && allowEmpty) return ok('');
  return unitCodeSchema.safeParse(code).success ? ok(code) : bad('badUnitCode', { value: quoteCell(cell) });
}

function cellText(cell: Cell): string {
  if (cell === undefined || cell.v === undefined) return '';
  if (typeof cell.v === 'string') return cell.v;
  if (typeof cell.v === 'number') return numberText(cell.v);
  if (typeof cell.v === 'boolean') return cell.v ? 'TRUE' : 'FALSE';
  return dateOf(cell.v);
}

function numberText(value: number): string {
  return String(value);
}

function textToDate(text: string): string | undefined {
  const match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    ) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (match === null) return undefined;
  return formatDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Excel date serials: the 1900 system counts the fictitious 1900-02-29 as day 60; 1904 starts at 0. */
export function serialToDate(serial: number, isDate1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < (isDate1904 ? 0 : 1) || serial >= 2_958_466) return undefined;
  const day = Math.floor(serial);
  if (!isDate1904 && day === 60) return undefined;
  const daysFrom1970 = isDate1904 ? day - 24_107 : day > 60 ? day - 25_569 : day - 25_568;
  return civilFromDays(daysFrom1970);
}

/** Days since 1970-01-01 → YYYY-MM-DD (proleptic Gregorian, after H. Hinnant). */
function civilFromDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function dateOf(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

function formatDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (lengths[month - 1] ?? 0)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
