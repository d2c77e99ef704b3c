import type { CodeLookup } from './code-labels';

/** What the encoder knows besides the row itself (derived display columns). */
export interface WriteContext {
  /** Asset number of the machine an install belongs to, for people reading the software ledger. */
  assetNoOf(unitCode: string | undefined, machineId: string): string;
}

interface ColumnBase<K extends string> {
  /** Stable machine key written in row 2; the reader finds columns by it. */
  readonly key: K;
  /** Chinese header written in row 1. */
  readonly header: string;
  /** Column width in characters. */
  readonly width: number;
  /** The sheet cannot be read without this column. */
  readonly isRequired: boolean;
}

/** One column of a ledger sheet: how it is written and how its cells are checked on reading. */
export type Column<T, K extends string = string> =
  | (ColumnBase<K> & { kind: 'text'; max: number; isNonEmpty: boolean; get: (row: T) => string })
  | (ColumnBase<K> & { kind: 'optionalText'; max: number; get: (row: T) => string | null })
  | (ColumnBase<K> & { kind: 'int'; min: number; max: number; get: (row: T) => number })
  | (ColumnBase<K> & { kind: 'money'; get: (row: T) => number })
  | (ColumnBase<K> & { kind: 'date'; get: (row: T) => string })
  | (ColumnBase<K> & { kind: 'code'; codes: CodeLookup<string>; emptyAs?: string; get: (row: T) => string })
  | (ColumnBase<K> & { kind: 'bool'; get: (row: T) => boolean | null })
  | (ColumnBase<K> & { kind: 'lines'; get: (row: T) => readonly string[] })
  | (ColumnBase<K> & { kind: 'unit'; allowEmpty: boolean; get: (row: T) => string | undefined })
  | (ColumnBase<K> & { kind: 'derived'; get: (row: T, ctx: WriteContext) => string });

export type ColumnKind = Column<unknown>['kind'];

/** A ledger sheet: its base name (continuations get 2, 3 … appended) and columns in written order. */
export interface LedgerSpec<T, K extends string = string> {
  readonly sheet: string;
  readonly columns: ReadonlyArray<Column<T, K>>;
}

type Head<K extends string> = readonly [key: K, header: string, width: number, isRequired?: boolean];

/** Column builders keep the spec tables short and typed. */
export function textColumn<T, K extends string>(
  [key, header, width, isRequired = true]: Head<K>,
  max: number,
  get: (row: T) => string,
  isNonEmpty = false,
): Column<T, K> {
  return { key, header, width, isRequired, kind: 'text', max, isNonEmpty, get };
}

export function optionalTextColumn<T, K extends string>(
  [key, header, width, isRequired = true]: Head<K>,
  max: number,
  get: (row: T) => string | null,
): Column<T, K> {
  return { key, header, width, isRequired, kind: 'optionalText', max, get };
}

export function intColumn<T, K extends string>(
  [key, header, width, isRequired = true]: Head<K>,
  min: number,
  max: number,
  get: (row: T) => number,
): Column<T, K> {
  return { key, header, width, isRequired, kind: 'int', min, max, get };
}

export function moneyColumn<T, K extends string>(
  [key, header, width, isRequired = true]: Head<K>,
  get: (row: T) => number,
): Column<T, K> {
  return { key, header, width, isRequired, kind: 'money', get };
}

export function dateColumn<T, K extends string>(
  [key, header, width, isRequired = true]: Head<K>,
  get: (row: T) => string,
): Column<T, K> {
  return { key, header, width, isRequired, kind: 'date', get };
}

export function codeColumn<T, K extends string, C extends string>(
  [key, header, width, isRequired = true]: Head<K>,
  codes: CodeLookup<C>,
  get: (row: T) => C,
  emptyAs?: C,
): Column<T, K> {
  return emptyAs === undefined
    ? { key, header, width, isRequired, kind: 'code', codes, get }
    : { key, header, width, isRequired, kind: 'code', codes, emptyAs, get };
}

export function boolColumn<T, K extends string>(
  [key, header, width, isRequired = true]: Head<K>,
  get: (row: T) => boolean | null,
): Column<T, K> {
  return { key, header, width, isRequired, kind: 'bool', get };
}

export function linesColumn<T, K extends string>(
  [key, header, width, isRequired = true]: Head<K>,
  get: (row: T) => readonly string[],
): Column<T, K> {
  return { key, header, width, isRequired, kind: 'lines', get };
}

export function unitColumn<T, K extends string>(
  [key, header, width, isRequired = true]: Head<K>,
  allowEmpty: boolean,
  get: (row: T) => string | undefined,
): Column<T, K> {
  return { key, header, width, isRequired, kind: 'unit', allowEmpty, get };
}

export function derivedColumn<T, K extends string>(
  [key, header, width]: Head<K>,
  get: (row: T, ctx: WriteContext) => string,
): Column<T, K> {
  return { key, header, width, isRequired: false, kind: 'derived', get };
}
