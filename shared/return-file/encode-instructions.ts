import type * as XLSX from 'xlsx';
import { translate } from '../i18n';
import { ALL_CODE_TABLES, BOOLEAN_LABELS, codeEntries } from './code-labels';
import type { LedgerSpec } from './column-types';
import {
  BUDGET_LEDGER,
  CHILD_LEDGER,
  ENTITLEMENT_LEDGER,
  INSTALL_LEDGER,
  MACHINE_LEDGER,
  MILESTONE_LEDGER,
} from './columns-v1';
import { createSheet, plainRow } from './write-cells';

const t = (key: string): string => translate('zh-CN', { key: `returnFile:workbook.instructions.${key}` });

const PARAGRAPHS = [
  'intro',
  'sheets',
  'keyRow',
  'continuation',
  'codes',
  'dates',
  'digest',
  'unitCode',
] as const;

/** Every ledger, in sheet order, for the column listing. */
export const ALL_LEDGERS: ReadonlyArray<LedgerSpec<never>> = [
  MACHINE_LEDGER,
  INSTALL_LEDGER,
  ENTITLEMENT_LEDGER,
  MILESTONE_LEDGER,
  BUDGET_LEDGER,
  CHILD_LEDGER,
];

/** How to read the file: short rules, the code lists with their Chinese entries, every column. */
export function buildInstructionsSheet(): XLSX.WorkSheet {
  const rows: XLSX.CellObject[][] = [plainRow([t('title')]), []];
  for (const [index, key] of PARAGRAPHS.entries()) rows.push(plainRow([`${index + 1}. ${t(key)}`]));

  rows.push([], plainRow([t('codeTitle')]));
  rows.push(plainRow([t('codeHeaders.list'), t('codeHeaders.label'), t('codeHeaders.key')]));
  for (const table of ALL_CODE_TABLES) {
    for (const [key, label] of codeEntries(table)) rows.push(plainRow([table.title, label, key]));
  }
  rows.push(plainRow([t('kinds.bool'), BOOLEAN_LABELS.yes, 'true']));
  rows.push(plainRow([t('kinds.bool'), BOOLEAN_LABELS.no, 'false']));

  rows.push([], plainRow([t('columnTitle')]));
  rows.push(
    plainRow([
      t('columnHeaders.sheet'),
      t('columnHeaders.header'),
      t('columnHeaders.key'),
      t('columnHeaders.kind'),
      t('columnHeaders.required'),
    ]),
  );
  for (const ledger of ALL_LEDGERS) {
    for (const column of ledger.columns) {
      rows.push(
        plainRow([
          ledger.sheet,
          column.header,
          column.key,
          t(`kinds.${column.kind}`),
          column.isRequired ? t('requiredYes') : t('requiredNo'),
        ]),
      );
    }
  }
  return createSheet(rows, [18, 30, 24, 26, 8]);
}
