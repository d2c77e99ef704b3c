import type * as XLSX from 'xlsx';
import { translate } from '../i18n';
import type { ReturnSummary } from '../stats/summary';
import { UNIT_LEVEL_LABELS } from './code-labels';
import { COVER_FIELDS, COVER_WIDTHS, type CoverKey } from './layout-v1';
import type { ReturnData } from './return-data';
import { createSheet, plainRow } from './write-cells';

const t = (key: string): string => translate('zh-CN', { key: `returnFile:workbook.${key}` });

/** The cover: unit and file details, one per row, with its key in column C for the reader. */
export function buildCoverSheet(
  data: ReturnData,
  summary: ReturnSummary,
  dataDigest: string,
): XLSX.WorkSheet {
  const { profile, meta } = data;
  const values: Record<CoverKey, string | number> = {
    unit_code: profile.code,
    unit_name: profile.name,
    parent_code: profile.parentCode,
    parent_name: profile.parentName,
    unit_level: UNIT_LEVEL_LABELS.labels[profile.level],
    headcount: profile.headcount,
    period: profile.period,
    contact: profile.contact,
    phone: profile.phone,
    fill_date: meta.exportedAt.slice(0, 10),
    exported_at: meta.exportedAt,
    program_version: meta.programVersion,
    schema_version: meta.schemaVersion,
    package_id: meta.packageId,
    rule_options_digest: meta.ruleOptionsDigest,
    machine_count: data.machines.length,
    install_count: data.installs.length,
    entitlement_count: data.entitlements.length,
    computers: summary.computers,
    data_digest: dataDigest,
  };
  const rows: XLSX.CellObject[][] = [
    plainRow([t('coverTitle')]),
    plainRow([t('coverHeaders.label'), t('coverHeaders.value'), t('coverHeaders.key')]),
    ...COVER_FIELDS.map((field) => plainRow([field.label, values[field.key], field.key])),
  ];
  const sheet = createSheet(rows, COVER_WIDTHS);
  sheet['!margins'] = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
  return sheet;
}
