import type * as XLSX from 'xlsx';
import { periodSchema, type UnitProfile } from '../model';
import { createCodeLookup, UNIT_LEVEL_LABELS } from './code-labels';
import { SHEETS } from './columns-v1';
import type { IssueCollector } from './issues';
import { COVER_FIELDS, type CoverKey } from './layout-v1';
import {
  type Cell,
  type CellResult,
  isEmptyCell,
  quoteCell,
  readCode,
  readInt,
  readText,
  readUnitCode,
} from './read-cells';
import { sheetData } from './read-ledger';
import { type ReturnMeta, returnMetaSchema } from './return-data';

const LEVELS = createCodeLookup(UNIT_LEVEL_LABELS);
const VALUE_COLUMN = 1;
const KEY_COLUMN = 2;

/** The cover's values by key (column C), with the 1-based row each came from. */
export type CoverCells = ReadonlyMap<string, { cell: Cell; row: number }>;

export interface CoverRead {
  meta: ReturnMeta;
  profile: UnitProfile;
  /** Data digest written at export, lowercase; '' when the cover has none. */
  storedDigest: string;
  /** Row counts the cover states, for comparing with the ledgers. */
  statedCounts: Partial<Record<'machine_count' | 'install_count' | 'entitlement_count', number>>;
}

/** Collects the cover's key → value cells, wherever the rows are; undefined when there is no cover. */
export function readCoverCells(workbook: XLSX.WorkBook): CoverCells | undefined {
  const data = sheetData(workbook, SHEETS.cover);
  if (data === undefined) return undefined;
  const cells = new Map<string, { cell: Cell; row: number }>();
  data.forEach((row, index) => {
    const keyCell = row?.[KEY_COLUMN];
    if (keyCell?.t !== 's' || typeof keyCell.v !== 'string') return;
    const key = keyCell.v.trim();
    if (key !== '' && !cells.has(key)) cells.set(key, { cell: row[VALUE_COLUMN], row: index + 1 });
  });
  return cells;
}

export type VersionRead = { ok: true; version: number } | { ok: false; value: string };

/** The schema version on the cover, or what was found instead. */
export function readSchemaVersion(cover: CoverCells): VersionRead | undefined {
  const entry = cover.get('schema_version');
  if (entry === undefined || isEmptyCell(entry.cell)) return undefined;
  const { cell } = entry;
  const value = cell?.t === 'n' ? cell.v : typeof cell?.v === 'string' ? Number(cell.v.trim()) : Number.NaN;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
    ? { ok: true, version: value }
    : { ok: false, value: quoteCell(cell) };
}

/** Reads the unit profile and file details off the cover, reporting each bad or missing value. */
export function readCover(cover: CoverCells, issues: IssueCollector): CoverRead {
  const labels = new Map(COVER_FIELDS.map((f) => [f.key, f.label]));
  for (const field of COVER_FIELDS) {
    if (field.isRequired && !cover.has(field.key)) {
      issues.error('missingCoverField', { label: field.label, key: field.key }, { sheet: SHEETS.cover });
    }
  }
  const take = <V>(key: CoverKey, read: (cell: Cell) => CellResult<V>, fallback: V): V => {
    const entry = cover.get(key);
    if (entry === undefined) return fallback;
    const result = read(entry.cell);
    if (result.ok) return result.value;
    const header = labels.get(key) ?? key;
    issues.error(
      result.key,
      { sheet: SHEETS.cover, cell: `B${entry.row}`, header, ...result.params },
      { sheet: SHEETS.cover, row: entry.row, column: `B ${header}` },
    );
    return fallback;
  };
  const text = (key: CoverKey, max: number, isNonEmpty = false) =>
    take(key, (cell) => readText(cell, max, isNonEmpty), '');
  const matching = (
    key: CoverKey,
    max: number,
    isValid: (v: string) => boolean,
    failure: 'badPeriod' | 'badDateTime',
  ) =>
    take(
      key,
      (cell): CellResult<string> => {
        const result = readText(cell, max, true);
        if (!result.ok) return result;
        const value = result.value.trim();
        return isValid(value)
          ? { ok: true, value }
          : { ok: false, key: failure, params: { value: quoteCell(cell) } };
      },
      '',
    );

  const profile: UnitProfile = {
    code: take('unit_code', (cell) => readUnitCode(cell, false), ''),
    name: text('unit_name', 128, true),
    parentCode: take('parent_code', (cell) => readUnitCode(cell, true), ''),
    parentName: text('parent_name', 128),
    level: take('unit_level', (cell) => readCode(cell, LEVELS), 'department'),
    headcount:
      cover.has('headcount') && !isEmptyCell(cover.get('headcount')?.cell)
        ? take('headcount', (cell) => readInt(cell, 0, 1_000_000), 0)
        : 0,
    contact: text('contact', 64),
    phone: text('phone', 32),
    period: matching('period', 16, (v) => periodSchema.safeParse(v).success, 'badPeriod'),
  };
  const meta: ReturnMeta = {
    schemaVersion: 1,
    programVersion: text('program_version', 64),
    exportedAt: matching(
      'exported_at',
      64,
      (v) => returnMetaSchema.shape.exportedAt.safeParse(v).success,
      'badDateTime',
    ),
    packageId: text('package_id', 128),
    ruleOptionsDigest: text('rule_options_digest', 128),
  };
  const statedCounts: CoverRead['statedCounts'] = {};
  for (const key of ['machine_count', 'install_count', 'entitlement_count'] as const) {
    const cell = cover.get(key)?.cell;
    if (cell?.t === 'n' && typeof cell.v === 'number') statedCounts[key] = cell.v;
  }
  return { meta, profile, storedDigest: text('data_digest', 128).trim().toLowerCase(), statedCounts };
}
