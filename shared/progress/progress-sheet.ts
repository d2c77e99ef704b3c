import { type SheetCell, type SheetSpec, writeSheetsWorkbook } from '../budget/sheet';
import { type Language, translate } from '../i18n';
import { MILESTONES } from '../model';
import type { ProgressCell, ProgressMatrix, ProgressRow } from './progress-matrix';

function t(lang: Language, key: string, params?: Record<string, string | number>): string {
  return translate(lang, params ? { key, params } : { key });
}

/** A cell's text: the state, its date, and the document reference on a second line. */
function cellText(cell: ProgressCell, lang: Language): string {
  const state = t(lang, `progress:state.${cell.state}`);
  const first = cell.date === '' ? state : `${state} ${cell.date}`;
  return cell.docRef === '' ? first : `${first}\n${cell.docRef}`;
}

/**
 * The 工作进度 sheet of the consolidated report: one row per unit, one column per milestone, and a
 * closing row counting, per milestone, the units that have not done it yet.
 */
export function buildProgressSheet(
  matrix: ProgressMatrix,
  lang: Language,
  rows: readonly ProgressRow[] = matrix.rows,
): SheetSpec {
  const header: SheetCell[] = [
    t(lang, 'progress:sheet.unitCode'),
    t(lang, 'progress:sheet.unitName'),
    t(lang, 'progress:sheet.parent'),
    ...MILESTONES.map((key) => t(lang, `progress:milestone.${key}`)),
    t(lang, 'progress:sheet.doneCount'),
  ];
  const body = rows.map((row): SheetCell[] => [
    row.unitCode,
    row.unitName,
    row.parentName || row.parentCode,
    ...MILESTONES.map((key) => cellText(row.cells[key], lang)),
    row.doneCount,
  ]);
  const lacking: SheetCell[] = [
    t(lang, 'progress:sheet.lackingRow'),
    null,
    null,
    ...MILESTONES.map((key) => rows.filter((row) => row.cells[key].state !== 'done').length),
    null,
  ];
  return {
    name: t(lang, 'progress:sheet.name'),
    widths: [20, 28, 16, ...MILESTONES.map(() => 18), 10],
    rows: [[t(lang, 'progress:sheet.title', { count: rows.length })], header, ...body, lacking],
  };
}

/** The 工作进度明细 sheet: one row per unit and milestone, easy to filter in a spreadsheet. */
export function buildProgressDetailSheet(rows: readonly ProgressRow[], lang: Language): SheetSpec {
  const header: SheetCell[] = [
    t(lang, 'progress:sheet.unitCode'),
    t(lang, 'progress:sheet.unitName'),
    t(lang, 'progress:sheet.parent'),
    t(lang, 'progress:sheet.milestone'),
    t(lang, 'progress:sheet.state'),
    t(lang, 'progress:sheet.date'),
    t(lang, 'progress:sheet.docRef'),
    t(lang, 'progress:sheet.note'),
  ];
  const body = rows.flatMap((row) =>
    MILESTONES.map((key): SheetCell[] => {
      const cell = row.cells[key];
      return [
        row.unitCode,
        row.unitName,
        row.parentName || row.parentCode,
        t(lang, `progress:milestone.${key}`),
        t(lang, `progress:state.${cell.state}`),
        cell.date,
        cell.docRef,
        cell.note,
      ];
    }),
  );
  return {
    name: t(lang, 'progress:sheet.detailName'),
    widths: [20, 28, 16, 16, 10, 12, 28, 40],
    rows: [header, ...body],
  };
}

/** The sheets the consolidated report appends for progress: the matrix and its detail. */
export function buildProgressSheets(
  matrix: ProgressMatrix,
  lang: Language,
  rows: readonly ProgressRow[] = matrix.rows,
): SheetSpec[] {
  return [buildProgressSheet(matrix, lang, rows), buildProgressDetailSheet(rows, lang)];
}

/** The progress matrix as a workbook of its own (the 进度 screen's export). */
export function encodeProgressWorkbook(
  matrix: ProgressMatrix,
  lang: Language,
  rows: readonly ProgressRow[] = matrix.rows,
): Uint8Array {
  return writeSheetsWorkbook(buildProgressSheets(matrix, lang, rows));
}
