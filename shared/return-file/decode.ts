import * as XLSX from 'xlsx';
import { reportLinks } from './check-links';
import { SHEETS } from './columns-v1';
import { type DigestState, decodeV1, type VersionReaderInput } from './decode-v1';
import type { DigestFn, HashStreamFn } from './digest';
import { IssueCollector, type ReturnIssue } from './issues';
import { readCoverCells, readSchemaVersion } from './read-cover';
import { RETURN_SCHEMA_VERSION, type ReturnData } from './return-data';
import { scanParts } from './scan-parts';
import { type UnzipTools, unzipVerified } from './unzip-verified';
import { HEADER_ROWS, MAX_SHEET_ROWS } from './write-ledger';
import { DEFAULT_ZIP_LIMITS, inspectWorkbookBytes } from './zip-guard';

export type { DigestState };

export interface DecodeOptions {
  /** SHA-256 hex of bytes, to check the data digest on the cover. */
  digest: DigestFn;
  /** Incremental SHA-256; when given, the data digest is checked without holding its input whole. */
  digestStream?: HashStreamFn;
  /** Native inflater and CRC-32 for checking every part of the file; JavaScript ones otherwise. */
  unzip?: UnzipTools;
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes?: number;
  /** Most data rows one sheet may hold (default: as many as a sheet can). */
  maxRows?: number;
  /** Largest total the zip parts may unpack to (default 500 MB). */
  maxUncompressedBytes?: number;
  /** Largest compression ratio of a part over 1 MB (default 200). */
  maxRatio?: number;
  /** Most issues listed; the rest are counted (default 1,000). */
  maxIssues?: number;
}

export interface DecodeResult {
  /** The data, or null when any error was found. */
  value: ReturnData | null;
  issues: ReturnIssue[];
  digestState: DigestState;
}

/** Rows always read, whatever maxRows says, so the cover and the summary form stay whole. */
const MIN_SHEET_ROWS = 1000;

/** One reader per schema version: a newer program reads every older version. */
const READERS: ReadonlyMap<
  number,
  (input: VersionReaderInput) => { value: ReturnData; digestState: DigestState }
> = new Map([[1, decodeV1]]);

/** Reads a return file's bytes: guards, parses, validates and checks the digest; never throws on bad input. */
export function decodeReturn(bytes: Uint8Array, opts: DecodeOptions): DecodeResult {
  const issues = new IssueCollector(opts.maxIssues);
  const fail = (): DecodeResult => ({ value: null, issues: issues.finish(), digestState: 'missing' });
  const guard = inspectWorkbookBytes(bytes, {
    maxBytes: opts.maxBytes ?? DEFAULT_ZIP_LIMITS.maxBytes,
    maxUncompressedBytes: opts.maxUncompressedBytes ?? DEFAULT_ZIP_LIMITS.maxUncompressedBytes,
    maxRatio: opts.maxRatio ?? DEFAULT_ZIP_LIMITS.maxRatio,
    maxEntries: DEFAULT_ZIP_LIMITS.maxEntries,
  });
  if (!guard.ok) {
    issues.error(guard.key, guard.params);
    return fail();
  }
  // Every entry inflated by a hardened inflater and CRC-checked first: the spreadsheet parser then
  // reads stored entries only and never inflates damaged data itself.
  const verified = unzipVerified(bytes, guard.entries, opts.unzip);
  if (verified === null) {
    issues.error('damaged');
    return fail();
  }
  // A DTD is refused before the parser sees it; a link to another file or program is looked for in
  // the formulas, which are only parsed (to say which cells) when the raw scan found such a link.
  const scan = scanParts(verified);
  if (scan.doctypePart !== null) {
    issues.error('xmlDoctype', { entry: scan.doctypePart });
    return fail();
  }
  const hasLinks = scan.linkParts.length > 0 || scan.linkFormulaParts.length > 0;
  const maxRows = opts.maxRows ?? MAX_SHEET_ROWS - HEADER_ROWS;
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(verified, {
      type: 'array',
      dense: true,
      cellFormula: scan.linkFormulaParts.length > 0,
      cellHTML: false,
      cellStyles: false,
      cellText: false,
      cellDates: false,
      sheetStubs: false,
      bookVBA: false,
      // One row more than allowed shows a ledger is too long without parsing the rest; the cover and
      // the summary form are short but must never be cut.
      sheetRows: Math.max(maxRows + HEADER_ROWS + 1, MIN_SHEET_ROWS),
    });
  } catch (error) {
    issues.error('parseFailed', { detail: error instanceof Error ? error.message : String(error) });
    return fail();
  }

  if (hasLinks) {
    reportLinks(workbook, scan, issues);
    return fail();
  }
  const cover = readCoverCells(workbook);
  if (cover === undefined) {
    issues.error('noCover');
    return fail();
  }
  const version = readSchemaVersion(cover);
  if (version === undefined || !version.ok) {
    if (version === undefined) issues.error('noVersion', undefined, { sheet: SHEETS.cover });
    else issues.error('badVersion', { value: version.value }, { sheet: SHEETS.cover });
    return fail();
  }
  if (version.version > RETURN_SCHEMA_VERSION) {
    issues.error('newerVersion', { found: version.version, supported: RETURN_SCHEMA_VERSION });
    return fail();
  }
  const reader = READERS.get(version.version);
  if (reader === undefined) {
    issues.error('badVersion', { value: String(version.version) }, { sheet: SHEETS.cover });
    return fail();
  }
  const { value, digestState } = reader({
    workbook,
    cover,
    issues,
    digest: opts.digest,
    digestStream: opts.digestStream,
    maxRows,
  });
  return { value: issues.hasErrors ? null : value, issues: issues.finish(), digestState };
}
