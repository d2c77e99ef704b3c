import * as XLSX from 'xlsx';
import { CATEGORIES } from '../model';
import { type ReturnSummary, totalCounts } from '../stats/summary';
import { CATEGORY_LABELS } from './code-labels';
import { MEASURES, SHEETS } from './columns-v1';
import type { IssueCollector } from './issues';
import { SUMMARY } from './layout-v1';
import { type Cell, isEmptyCell, quoteCell } from './read-cells';
import { sheetData } from './read-ledger';
import type { CategoryCounts } from './return-data';

/**
 * Compares the numbers on the summary form with what the detail sheets add up to. A hand-edited total
 * is a warning naming the cell; the detail is what gets merged.
 */
export function checkSummarySheet(
  workbook: XLSX.WorkBook,
  summary: ReturnSummary,
  issues: IssueCollector,
): void {
  const data = sheetData(workbook, SHEETS.summary);
  if (data === undefined) {
    issues.warning('summaryMissing', undefined, { sheet: SHEETS.summary });
    return;
  }
  const labelOf = (cell: Cell): string =>
    cell?.t === 's' && typeof cell.v === 'string' ? cell.v.trim() : '';
  const headerRow = data.findIndex((row) => labelOf(row?.[0]) === SUMMARY.headerLabel);
  const header = data[headerRow] ?? [];
  const columns = MEASURES.map((m) => header.findIndex((cell) => labelOf(cell) === m.short));
  const rowOf = new Map<string, number>();
  for (let r = headerRow + 1; r < data.length; r++) {
    const label = labelOf(data[r]?.[0]);
    if (label === SUMMARY.budgetTitle) break;
    if (label !== '' && !rowOf.has(label)) rowOf.set(label, r);
  }
  const expectedRows: Array<[string, CategoryCounts]> = [
    ...CATEGORIES.map((c): [string, CategoryCounts] => [CATEGORY_LABELS.labels[c], summary.byCategory[c]]),
    [SUMMARY.totalLabel, totalCounts(summary.byCategory)],
  ];
  const computersRow = rowOf.get(SUMMARY.computersLabel);
  if (
    headerRow < 0 ||
    columns.some((c) => c < 0) ||
    computersRow === undefined ||
    expectedRows.some(([label]) => !rowOf.has(label))
  ) {
    issues.warning('summaryUnreadable', undefined, { sheet: SHEETS.summary });
    return;
  }

  const compare = (r: number, c: number, expected: number): void => {
    const cell = data[r]?.[c];
    const address = XLSX.utils.encode_cell({ r, c });
    const place = { sheet: SHEETS.summary, row: r + 1, column: XLSX.utils.encode_col(c) };
    if (isEmptyCell(cell)) {
      issues.warning('summaryCellEmpty', { cell: address, expected }, place);
      return;
    }
    const found =
      cell?.t === 'n'
        ? cell.v
        : typeof cell?.v === 'string'
          ? Number(cell.v.trim().replace(/,/g, ''))
          : Number.NaN;
    if (found !== expected)
      issues.warning('summaryMismatch', { cell: address, found: quoteCell(cell), expected }, place);
  };
  compare(computersRow, 1, summary.computers);
  for (const [label, counts] of expectedRows) {
    const r = rowOf.get(label) ?? 0;
    MEASURES.forEach((m, i) => {
      compare(r, columns[i] ?? 0, counts[m.field]);
    });
  }
}
