import type * as XLSX from 'xlsx';
import { summarizeReturn } from '../stats/summary';
import { checkLedgers, type ReadLedgers } from './check-return';
import { checkSummarySheet } from './check-summary';
import {
  BUDGET_LEDGER,
  CHILD_LEDGER,
  ENTITLEMENT_LEDGER,
  INSTALL_LEDGER,
  MACHINE_LEDGER,
  MILESTONE_LEDGER,
  SHEETS,
} from './columns-v1';
import { computeReturnDigest, type DigestFn, type HashStreamFn } from './digest';
import type { IssueCollector } from './issues';
import { COVER_FIELDS } from './layout-v1';
import { type CoverCells, readCover } from './read-cover';
import { type LedgerRead, type ReadContext, RowPlaces, readLedger } from './read-ledger';
import {
  readBudgetRow,
  readChildRow,
  readEntitlementRow,
  readInstallRow,
  readMachineRow,
  readMilestoneRow,
} from './read-rows-v1';
import type { ReturnData } from './return-data';

export type DigestState = 'unchanged' | 'edited' | 'missing';

export interface VersionReaderInput {
  workbook: XLSX.WorkBook;
  cover: CoverCells;
  issues: IssueCollector;
  digest: DigestFn;
  digestStream?: HashStreamFn;
  maxRows: number;
}

/** Reads a schema-version-1 workbook whose cover has been found. */
export function decodeV1(input: VersionReaderInput): { value: ReturnData; digestState: DigestState } {
  const { workbook, cover, issues } = input;
  const ctx: ReadContext = {
    issues,
    isDate1904: workbook.Workbook?.WBProps?.date1904 === true,
    maxRows: input.maxRows,
  };
  const head = readCover(cover, issues);
  const required = <T>(ledger: LedgerRead<T> | undefined, sheet: string): LedgerRead<T> => {
    if (ledger !== undefined) return ledger;
    issues.error('missingSheet', { sheet }, { sheet });
    return { rows: [], places: new RowPlaces() };
  };
  const ledgers: ReadLedgers = {
    machines: required(readLedger(workbook, MACHINE_LEDGER, readMachineRow, ctx), SHEETS.machines),
    installs: required(readLedger(workbook, INSTALL_LEDGER, readInstallRow, ctx), SHEETS.installs),
    entitlements: required(
      readLedger(workbook, ENTITLEMENT_LEDGER, readEntitlementRow, ctx),
      SHEETS.entitlements,
    ),
    milestones: required(readLedger(workbook, MILESTONE_LEDGER, readMilestoneRow, ctx), SHEETS.milestones),
    budget: readLedger(workbook, BUDGET_LEDGER, readBudgetRow, ctx) ?? { rows: [], places: new RowPlaces() },
    children: readLedger(workbook, CHILD_LEDGER, readChildRow, ctx),
  };
  const data: ReturnData = {
    meta: head.meta,
    profile: head.profile,
    machines: ledgers.machines.rows,
    installs: ledgers.installs.rows,
    entitlements: ledgers.entitlements.rows,
    milestones: ledgers.milestones.rows,
    budget: ledgers.budget.rows,
  };
  if (ledgers.children !== undefined) data.children = ledgers.children.rows;

  checkLedgers(ledgers, data.profile.code, issues);
  checkSummarySheet(workbook, summarizeReturn(data), issues);
  const actual = {
    machine_count: data.machines.length,
    install_count: data.installs.length,
    entitlement_count: data.entitlements.length,
  };
  for (const field of COVER_FIELDS) {
    if (field.key !== 'machine_count' && field.key !== 'install_count' && field.key !== 'entitlement_count')
      continue;
    const found = head.statedCounts[field.key];
    const expected = actual[field.key];
    if (found !== undefined && found !== expected) {
      issues.warning('coverCountMismatch', { label: field.label, found, expected }, { sheet: SHEETS.cover });
    }
  }

  if (head.storedDigest === '') {
    issues.warning('digestMissing', undefined, { sheet: SHEETS.cover });
    return { value: data, digestState: 'missing' };
  }
  if (computeReturnDigest(data, input.digest, input.digestStream) === head.storedDigest)
    return { value: data, digestState: 'unchanged' };
  issues.warning('digestEdited', undefined, { sheet: SHEETS.cover });
  return { value: data, digestState: 'edited' };
}
