import type { Column, LedgerSpec } from './column-types';
import {
  BUDGET_LEDGER,
  CHILD_LEDGER,
  ENTITLEMENT_LEDGER,
  INSTALL_LEDGER,
  MACHINE_LEDGER,
  MILESTONE_LEDGER,
} from './columns-v1';
import type { ReturnData } from './return-data';
import { Utf8Sink } from './utf8-sink';

/** SHA-256 of the given bytes as lowercase hex, supplied by the caller (shared code has no crypto). */
export type DigestFn = (bytes: Uint8Array) => string;

/** An incremental SHA-256, supplied by the caller: bytes in, hex out. */
export interface HashStream {
  update(bytes: Uint8Array): void;
  hex(): string;
}

/** Starts a new incremental SHA-256. */
export type HashStreamFn = () => HashStream;

/** First line of the canonical form; names the algorithm so a later version can change it. */
export const DIGEST_PREAMBLE = 'zhengban-return-data/1';

export type DigestedData = Pick<
  ReturnData,
  'machines' | 'installs' | 'entitlements' | 'milestones' | 'budget' | 'children'
>;

type CanonicalValue = string | number | boolean | null;

/**
 * The canonical UTF-8 form of the data rows (not the cover, not the summary form). One line per row:
 * a JSON array of the row's values in the column order of the v1 spec, derived columns left out, codes
 * as keys, dates as YYYY-MM-DD or "", money as integer fen, empty optional text as null, reasons as one
 * text joined by LF. Anything a spreadsheet program may change without changing the data (1 vs 1.0,
 * date serial vs text, missing vs empty cell) is gone once decoded, so re-saving keeps the digest.
 */
export function serializeReturnData(data: DigestedData): Uint8Array {
  const sink = new Utf8Sink();
  writeCanonical(sink, data);
  return sink.bytes();
}

/**
 * The data digest written on the cover and checked on import: SHA-256 hex of the canonical form.
 * With `stream`, the form is hashed a buffer at a time as it is written, never held whole (a
 * consolidated return's form runs to hundreds of megabytes); the digest is the same.
 */
export function computeReturnDigest(data: DigestedData, digest: DigestFn, stream?: HashStreamFn): string {
  if (stream === undefined) return digest(serializeReturnData(data)).toLowerCase();
  const hash = stream();
  const sink = new Utf8Sink((chunk) => hash.update(chunk));
  writeCanonical(sink, data);
  sink.flush();
  return hash.hex().toLowerCase();
}

function writeCanonical(sink: Utf8Sink, data: DigestedData): void {
  sink.write(`${DIGEST_PREAMBLE}\n`);
  writeSection(sink, 'machines', MACHINE_LEDGER, data.machines);
  writeSection(sink, 'installs', INSTALL_LEDGER, data.installs);
  writeSection(sink, 'entitlements', ENTITLEMENT_LEDGER, data.entitlements);
  writeSection(sink, 'milestones', MILESTONE_LEDGER, data.milestones);
  writeSection(sink, 'budget', BUDGET_LEDGER, data.budget);
  if (data.children !== undefined) writeSection(sink, 'children', CHILD_LEDGER, data.children);
}

function writeSection<T>(sink: Utf8Sink, name: string, spec: LedgerSpec<T>, rows: readonly T[]): void {
  const columns = spec.columns.filter((c) => c.kind !== 'derived');
  sink.write(`#${name} ${JSON.stringify(columns.map((c) => c.key))}\n`);
  for (const row of rows) {
    sink.writeAscii(0x5b); // [
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) sink.writeAscii(0x2c); // ,
      writeCanonicalValue(sink, columns[i]!, row);
    }
    sink.writeAscii(0x5d); // ]
    sink.writeAscii(0x0a);
  }
}

/** Writes a value exactly as JSON.stringify would, straight into the byte sink. */
function writeJsonValue(sink: Utf8Sink, value: CanonicalValue): void {
  if (typeof value === 'string') sink.writeJsonString(value);
  else sink.write(JSON.stringify(value));
}

/** Writes a cell's canonical value; text is normalized (normalizeText) as it is written. */
function writeCanonicalValue<T>(sink: Utf8Sink, column: Column<T>, row: T): void {
  switch (column.kind) {
    case 'text':
      sink.writeJsonString(column.get(row), true);
      return;
    case 'optionalText': {
      const value = column.get(row);
      if (value === null || value === '') sink.write('null');
      else sink.writeJsonString(value, true);
      return;
    }
    case 'lines':
      sink.writeJsonString(column.get(row).join('\n'), true);
      return;
    case 'unit':
      sink.writeJsonString(column.get(row) ?? '');
      return;
    case 'int':
    case 'money':
    case 'date':
    case 'code':
    case 'bool':
      writeJsonValue(sink, column.get(row));
      return;
    case 'derived':
      sink.write('null');
      return;
  }
}
