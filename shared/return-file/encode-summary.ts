import * as XLSX from 'xlsx';
import { translate } from '../i18n';
import { CATEGORIES, type Category } from '../model';
import { type ReturnSummary, totalCounts } from '../stats/summary';
import { CATEGORY_LABELS } from './code-labels';
import { MEASURES } from './columns-v1';
import { SUMMARY, SUMMARY_LAYOUT } from './layout-v1';
import type { CategoryCounts, ReturnData } from './return-data';
import { createSheet, numberCell, plainRow, textCell } from './write-cells';

const t = (key: string, params?: Record<string, string | number>): string =>
  translate(
    'zh-CN',
    params === undefined
      ? { key: `returnFile:workbook.${key}` }
      : { key: `returnFile:workbook.${key}`, params },
  );

const RATE_FORMAT = '0.0%';
const WAN_YUAN_FORMAT = '#,##0.00';
const FEN_PER_WAN_YUAN = 1_000_000;
const LAST_COLUMN = SUMMARY_LAYOUT.measureColumns + 1;

/** The standard summary form on one printable page: counts per category, genuine rate, budget in 万元. */
export function buildSummarySheet(data: ReturnData, summary: ReturnSummary): XLSX.WorkSheet {
  const { profile } = data;
  const rows: XLSX.CellObject[][] = [];
  rows[SUMMARY_LAYOUT.titleRow] = plainRow([t('summaryTitle')]);
  rows[SUMMARY_LAYOUT.unitRow] = plainRow([
    t('summaryUnit', { name: profile.name, code: profile.code }),
    null,
    null,
    null,
    t('summaryPeriod', { period: profile.period }),
  ]);
  rows[SUMMARY_LAYOUT.headerRow] = plainRow([
    SUMMARY.headerLabel,
    ...MEASURES.map((m) => m.short),
    SUMMARY.rateHeader,
  ]);
  rows[SUMMARY_LAYOUT.computersRow] = plainRow([SUMMARY.computersLabel, summary.computers]);
  for (const category of CATEGORIES) {
    rows.push(countsRow(CATEGORY_LABELS.labels[category], summary.byCategory[category]));
  }
  rows.push(countsRow(SUMMARY.totalLabel, totalCounts(summary.byCategory)));
  rows.push([]);
  rows.push(plainRow([SUMMARY.budgetTitle]));
  rows.push(
    plainRow([
      SUMMARY.budgetHeader,
      ...CATEGORIES.map((c) => SUMMARY.budgetCategories[c]),
      SUMMARY.budgetTotal,
    ]),
  );
  const scenarios = totalBudgetByScenario(data.budget);
  if (scenarios.size === 0) rows.push(plainRow([t('budgetNone')]));
  for (const [scenario, amounts] of scenarios) {
    const total = CATEGORIES.reduce((sum, c) => sum + amounts[c], 0);
    rows.push(plainRow([scenario, ...CATEGORIES.map((c) => wanYuan(amounts[c])), wanYuan(total)]));
  }
  rows.push([]);
  rows.push(plainRow([t('summaryUnits')]));
  rows.push(plainRow([t('summaryFormulas')]));
  rows.push(plainRow([t('pledge')]));
  rows.push([]);
  rows.push(plainRow([t('signFiller'), null, t('signReviewer'), null, t('signHead')]));
  rows.push([]);
  rows.push(
    plainRow([t('signDate', { date: data.meta.exportedAt.slice(0, 10) }), null, null, null, t('seal')]),
  );

  const sheet = createSheet(rows, [14, 9, 9, 9, 9, 9, 9]);
  sheet['!merges'] = [
    { s: { r: SUMMARY_LAYOUT.titleRow, c: 0 }, e: { r: SUMMARY_LAYOUT.titleRow, c: LAST_COLUMN } },
    { s: { r: SUMMARY_LAYOUT.unitRow, c: 0 }, e: { r: SUMMARY_LAYOUT.unitRow, c: 3 } },
    { s: { r: SUMMARY_LAYOUT.unitRow, c: 4 }, e: { r: SUMMARY_LAYOUT.unitRow, c: LAST_COLUMN } },
  ];
  sheet['!margins'] = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  return sheet;
}

/** A print area from A1 to the sheet's last row and the given last column, as a defined name wants it. */
export function printArea(sheet: XLSX.WorkSheet, sheetName: string, lastColumn = LAST_COLUMN): string {
  const ref = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  return `'${sheetName}'!$A$1:$${XLSX.utils.encode_col(lastColumn)}$${ref.e.r + 1}`;
}

function countsRow(label: string, counts: CategoryCounts): XLSX.CellObject[] {
  const rate =
    counts.installed === 0
      ? textCell(t('rateNone'))
      : numberCell(counts.genuine / counts.installed, RATE_FORMAT);
  return plainRow([label, ...MEASURES.map((m) => counts[m.field]), rate]);
}

function wanYuan(fen: number): XLSX.CellObject {
  return numberCell(fen / FEN_PER_WAN_YUAN, WAN_YUAN_FORMAT);
}

function totalBudgetByScenario(lines: ReturnData['budget']): Map<string, Record<Category, number>> {
  const scenarios = new Map<string, Record<Category, number>>();
  for (const line of lines) {
    let amounts = scenarios.get(line.scenario);
    if (amounts === undefined) {
      amounts = { os: 0, office: 0, security: 0, other: 0 };
      scenarios.set(line.scenario, amounts);
    }
    amounts[line.category] += line.amountFen;
  }
  return scenarios;
}
