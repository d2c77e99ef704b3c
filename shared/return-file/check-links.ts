import * as XLSX from 'xlsx';
import type { IssueCollector } from './issues';
import type { PartsScan } from './scan-parts';

/** Longest piece of a formula quoted in a message. */
const QUOTED_FORMULA = 60;

/**
 * Whether a formula reaches outside its workbook: a DDE call (`cmd|' /C calc'!A0`, the service and
 * topic split by "|") or a reference into another file (`[1]Sheet1!A1`, `'C:\x\[a.xlsx]S'!A1`).
 * Text in double quotes is left out first; a table's structured reference (`表1[金额]`) has a name
 * right before its bracket and no sheet after it, so it does not count, nor does a quoted sheet name
 * with a "|" in it (`'甲|乙'!A1`).
 */
export function isLinkFormula(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  // A sheet name may contain "|" but never "[" or "]"; the DDE "|" stands outside any quotes.
  if (code.replace(/'(?:[^']|'')*'/g, "''").includes('|')) return true;
  return /(?:^|[^\p{L}\p{N}_.[\]])\[[^\]]+\][^!()+\-*/,&=<>^"]*!/u.test(code);
}

/**
 * Reports what links the workbook to other files or programs, as errors: each external-link part,
 * and each cell whose formula is such a link (found when the scan saw one and the workbook was read
 * with its formulas). A linking formula outside any sheet cell is reported by its part.
 */
export function reportLinks(workbook: XLSX.WorkBook, scan: PartsScan, issues: IssueCollector): void {
  for (const entry of scan.linkParts) issues.error('externalLink', { entry });
  let cellsFound = 0;
  for (const sheet of workbook.SheetNames) {
    if (!Object.hasOwn(workbook.Sheets, sheet)) continue;
    const data = workbook.Sheets[sheet]?.['!data'] ?? [];
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (row === undefined) continue;
      for (let c = 0; c < row.length; c++) {
        const formula = row[c]?.f;
        if (typeof formula !== 'string' || !isLinkFormula(formula)) continue;
        cellsFound++;
        const column = XLSX.utils.encode_col(c);
        issues.error(
          'formulaLink',
          { sheet, cell: `${column}${r + 1}`, formula: shorten(`=${formula}`) },
          { sheet, row: r + 1, column },
        );
      }
    }
  }
  if (cellsFound === 0) for (const entry of scan.linkFormulaParts) issues.error('externalLink', { entry });
}

function shorten(text: string): string {
  return text.length > QUOTED_FORMULA ? `${text.slice(0, QUOTED_FORMULA)}…` : text;
}
