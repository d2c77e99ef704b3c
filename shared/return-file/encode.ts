import * as XLSX from 'xlsx';
import { translate } from '../i18n';
import { summarizeReturn } from '../stats/summary';
import type { WriteContext } from './column-types';
import {
  BUDGET_LEDGER,
  CHILD_LEDGER,
  ENTITLEMENT_LEDGER,
  INSTALL_LEDGER,
  MACHINE_LEDGER,
  MILESTONE_LEDGER,
  SHEETS,
} from './columns-v1';
import { computeReturnDigest, type DigestFn } from './digest';
import { buildCoverSheet } from './encode-cover';
import { buildInstructionsSheet } from './encode-instructions';
import { buildSummarySheet, printArea } from './encode-summary';
import type { ReturnData } from './return-data';
import { buildLedgerSheets, HEADER_ROWS, MAX_SHEET_ROWS } from './write-ledger';

export interface EncodeOptions {
  /** SHA-256 hex of bytes; the data digest on the cover is made with it. */
  digest: DigestFn;
  /** Rows per sheet including the two header rows (default: Excel's 1,048,576). Tests use small numbers. */
  maxRowsPerSheet?: number;
  /**
   * Sheets for people only (e.g. the budget comparison and the progress matrix of a consolidated
   * report), placed before 填表说明. The reader ignores them: their names must not be format sheets.
   */
  extraSheets?: ReadonlyArray<readonly [string, XLSX.WorkSheet]>;
}

/** Writes a return file (.xlsx bytes): cover, summary form, ledgers, instructions. */
export function encodeReturn(data: ReturnData, opts: EncodeOptions): Uint8Array {
  const maxRowsPerSheet = opts.maxRowsPerSheet ?? MAX_SHEET_ROWS;
  if (
    !Number.isInteger(maxRowsPerSheet) ||
    maxRowsPerSheet <= HEADER_ROWS ||
    maxRowsPerSheet > MAX_SHEET_ROWS
  ) {
    throw new RangeError(
      `maxRowsPerSheet must be a whole number from ${HEADER_ROWS + 1} to ${MAX_SHEET_ROWS}.`,
    );
  }
  const summary = summarizeReturn(data);
  const ctx = createWriteContext(data);

  const sheets: Array<[string, XLSX.WorkSheet]> = [
    [SHEETS.cover, buildCoverSheet(data, summary, computeReturnDigest(data, opts.digest))],
    [SHEETS.summary, buildSummarySheet(data, summary)],
    ...buildLedgerSheets(MACHINE_LEDGER, data.machines, ctx, maxRowsPerSheet),
    ...buildLedgerSheets(INSTALL_LEDGER, data.installs, ctx, maxRowsPerSheet),
    ...buildLedgerSheets(ENTITLEMENT_LEDGER, data.entitlements, ctx, maxRowsPerSheet),
    ...buildLedgerSheets(MILESTONE_LEDGER, data.milestones, ctx, maxRowsPerSheet),
  ];
  if (data.budget.length > 0)
    sheets.push(...buildLedgerSheets(BUDGET_LEDGER, data.budget, ctx, maxRowsPerSheet));
  if (data.children !== undefined) {
    sheets.push(...buildLedgerSheets(CHILD_LEDGER, data.children, ctx, maxRowsPerSheet));
  }
  const formatNames = new Set(sheets.map(([name]) => name));
  for (const [name, sheet] of opts.extraSheets ?? []) {
    if (formatNames.has(name) || name === SHEETS.instructions)
      throw new Error(`extra sheet ${name} would shadow a format sheet`);
    sheets.push([name, sheet]);
  }
  sheets.push([SHEETS.instructions, buildInstructionsSheet()]);

  const created = new Date(data.meta.exportedAt);
  const workbook: XLSX.WorkBook = {
    SheetNames: sheets.map(([name]) => name),
    Sheets: Object.fromEntries(sheets),
    Props: {
      Title: translate('zh-CN', { key: 'returnFile:workbook.coverTitle' }),
      Author: data.profile.name,
      // The export time, not the clock, so the same data always gives the same bytes.
      ...(Number.isNaN(created.getTime()) ? {} : { CreatedDate: created }),
    },
    Workbook: {
      Names: [
        { Name: '_xlnm.Print_Area', Sheet: 0, Ref: printArea(sheets[0]?.[1] ?? {}, SHEETS.cover, 1) },
        { Name: '_xlnm.Print_Area', Sheet: 1, Ref: printArea(sheets[1]?.[1] ?? {}, SHEETS.summary) },
      ],
    },
  };
  const out: unknown = XLSX.write(workbook, {
    type: 'buffer',
    bookType: 'xlsx',
    bookSST: true,
    compression: true,
  });
  return toBytes(out);
}

function createWriteContext(data: ReturnData): WriteContext {
  const assetNos = new Map<string, string>();
  for (const machine of data.machines)
    assetNos.set(machineKey(machine.unitCode, machine.id), machine.assetNo);
  return { assetNoOf: (unitCode, machineId) => assetNos.get(machineKey(unitCode, machineId)) ?? '' };
}

function machineKey(unitCode: string | undefined, id: string): string {
  return `${unitCode ?? ''}\u0000${id}`;
}

/** SheetJS gives a Node Buffer where one exists and a Uint8Array elsewhere; callers get a plain view. */
function toBytes(out: unknown): Uint8Array {
  if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new TypeError('The spreadsheet writer returned no bytes.');
}
