import * as XLSX from 'xlsx';
import { findEdition, type Product } from '../catalog/product';
import { type Language, type Message, translate } from '../i18n';
import { dateSchema } from '../model/codes';
import { inspectWorkbookBytes } from '../return-file/zip-guard';
import { parseCellNumberToFen, parseYuanToFen } from './money';
import {
  MAX_UNIT_PRICE_FEN,
  PRICE_BASES,
  type PriceEntry,
  PURCHASE_CHANNELS,
  priceEntrySchema,
  toPriceKey,
} from './price-list';
import { type SheetCell, writeSheetsWorkbook } from './sheet';

/** Column keys written in row 2; the reader finds columns by them (or by either language's header). */
const COLUMNS = [
  'productId',
  'productName',
  'edition',
  'channel',
  'basis',
  'unitPrice',
  'source',
  'sourceDate',
  'notes',
  'isExample',
] as const;
type ColumnKey = (typeof COLUMNS)[number];

const WIDTHS: Record<ColumnKey, number> = {
  productId: 22,
  productName: 28,
  edition: 16,
  channel: 12,
  basis: 12,
  unitPrice: 14,
  source: 40,
  sourceDate: 12,
  notes: 40,
  isExample: 8,
};

const LANGS: readonly Language[] = ['zh-CN', 'en'];
const MAX_ROWS = 20_000;
const MAX_ISSUES = 200;

/** One problem found while reading a price-list workbook; row is as Excel shows it. */
export interface PriceImportIssue {
  row: number | null;
  message: Message;
}

export interface PriceImportResult {
  entries: PriceEntry[];
  issues: PriceImportIssue[];
  /** Data rows read, including skipped ones. */
  rowCount: number;
}

function t(lang: Language, key: string, params?: Record<string, string | number>): string {
  return translate(lang, params ? { key, params } : { key });
}

/** Writes the price list as a workbook: a header row, a row of column keys, then one row per price. */
export function encodePriceList(
  entries: readonly PriceEntry[],
  catalog: readonly Product[],
  lang: Language,
): Uint8Array {
  const products = new Map(catalog.map((p) => [p.id, p]));
  const nameKey = lang === 'en' ? 'en' : 'zh';
  const rows: SheetCell[][] = [
    COLUMNS.map((c) => t(lang, `budget:prices.column.${c}`)),
    [...COLUMNS],
    ...entries.map((entry): SheetCell[] => {
      const product = products.get(entry.productId);
      return [
        entry.productId,
        product ? product.name[nameKey] : '',
        entry.edition,
        t(lang, `budget:channel.${entry.channel}`),
        t(lang, `budget:basis.${entry.basis}`),
        { yuanFen: entry.unitPriceFen },
        entry.source,
        entry.sourceDate,
        entry.notes,
        t(lang, entry.isExample ? 'common:yes' : 'common:no'),
      ];
    }),
  ];
  return writeSheetsWorkbook([
    { name: t(lang, 'budget:prices.sheetName'), widths: COLUMNS.map((c) => WIDTHS[c]), rows },
  ]);
}

/**
 * Reads a price-list workbook (as written by encodePriceList, or typed by hand with either language's
 * headers). Bad rows are skipped and reported with their row number; nothing is guessed: a price
 * must be a non-negative amount with at most two decimals, a product must be in the catalog.
 */
export function decodePriceList(
  bytes: Uint8Array,
  catalog: readonly Product[],
  newId: () => string,
): PriceImportResult {
  const issues: PriceImportIssue[] = [];
  const fail = (key: string): PriceImportResult => ({
    entries: [],
    issues: [{ row: null, message: { key } }],
    rowCount: 0,
  });
  const guard = inspectWorkbookBytes(bytes, {
    maxBytes: 20 * 1024 * 1024,
    maxUncompressedBytes: 200 * 1024 * 1024,
    maxRatio: 200,
    maxEntries: 2_000,
  });
  if (!guard.ok) return fail(guard.key === 'fileEmpty' ? 'budget:import.empty' : 'budget:import.notWorkbook');
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: true,
      cellHTML: false,
      cellText: false,
      cellNF: true,
      sheetRows: MAX_ROWS + 10,
    });
  } catch {
    return fail('budget:import.notWorkbook');
  }
  const sheetName = workbook.SheetNames[0];
  const sheet = sheetName === undefined ? undefined : workbook.Sheets[sheetName];
  const data: XLSX.CellObject[][] = sheet?.['!data'] ?? [];
  const header = findHeader(data);
  if (!header) return fail('budget:import.noHeader');

  const lookup = createProductLookup(catalog);
  const seen = new Set<string>();
  const entries: PriceEntry[] = [];
  const report = (row: number, key: string, params?: Record<string, string | number>) => {
    if (issues.length < MAX_ISSUES) issues.push({ row, message: params ? { key, params } : { key } });
  };
  let rowCount = 0;
  for (let r = header.firstDataRow; r < data.length; r++) {
    const cells = data[r] ?? [];
    const rowNo = r + 1;
    const read = (key: ColumnKey): XLSX.CellObject | undefined => {
      const index = header.columns.get(key);
      return index === undefined ? undefined : cells[index];
    };
    if (COLUMNS.every((key) => isBlank(read(key)))) continue;
    rowCount++;
    if (rowCount > MAX_ROWS) {
      report(rowNo, 'budget:import.tooManyRows', { limit: MAX_ROWS });
      break;
    }
    if (COLUMNS.some((key) => read(key)?.f !== undefined)) {
      report(rowNo, 'budget:import.formula');
      continue;
    }
    const product = lookup(text(read('productId')), text(read('productName')));
    if (!product) {
      report(rowNo, 'budget:import.unknownProduct', {
        name: text(read('productId')) || text(read('productName')),
      });
      continue;
    }
    const editionText = text(read('edition'));
    const edition = editionText === '' ? '' : findEdition(product, editionText)?.id;
    if (edition === undefined) {
      report(rowNo, 'budget:import.unknownEdition', { edition: editionText });
      continue;
    }
    const channel =
      readCode(text(read('channel')), PURCHASE_CHANNELS, 'channel') ??
      (text(read('channel')) === '' ? 'volume' : null);
    if (channel === null) {
      report(rowNo, 'budget:import.badChannel', { value: text(read('channel')) });
      continue;
    }
    const basis = readCode(text(read('basis')), PRICE_BASES, 'basis');
    if (basis === null) {
      report(rowNo, 'budget:import.badBasis', { value: text(read('basis')) });
      continue;
    }
    const price = readPrice(read('unitPrice'));
    if (price === null || price > MAX_UNIT_PRICE_FEN) {
      report(rowNo, 'budget:import.badPrice', { value: text(read('unitPrice')) });
      continue;
    }
    const sourceDate = readDate(read('sourceDate'));
    if (sourceDate === null) {
      report(rowNo, 'budget:import.badDate', { value: text(read('sourceDate')) });
      continue;
    }
    const candidate = {
      id: newId(),
      productId: product.id,
      edition,
      channel,
      basis,
      unitPriceFen: price,
      source: text(read('source')),
      sourceDate,
      notes: text(read('notes')),
      isExample: isYes(text(read('isExample'))),
    };
    const parsed = priceEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      report(rowNo, 'budget:import.badRow', { field: parsed.error.issues[0]?.path.join('.') ?? '' });
      continue;
    }
    const key = toPriceKey(parsed.data);
    if (seen.has(key)) {
      report(rowNo, 'budget:import.duplicate');
      continue;
    }
    seen.add(key);
    entries.push(parsed.data);
  }
  return { entries, issues, rowCount };
}

interface Header {
  columns: Map<ColumnKey, number>;
  firstDataRow: number;
}

/** Finds the header among the first rows: the key row, or a row of either language's headers. */
function findHeader(data: XLSX.CellObject[][]): Header | null {
  const names = new Map<string, ColumnKey>();
  for (const key of COLUMNS) {
    names.set(key.toLowerCase(), key);
    for (const lang of LANGS) names.set(t(lang, `budget:prices.column.${key}`).toLowerCase(), key);
  }
  for (let r = 0; r < Math.min(data.length, 6); r++) {
    const columns = new Map<ColumnKey, number>();
    (data[r] ?? []).forEach((cell, index) => {
      const key = names.get(text(cell).toLowerCase());
      if (key && !columns.has(key)) columns.set(key, index);
    });
    if (
      (columns.has('productId') || columns.has('productName')) &&
      columns.has('unitPrice') &&
      columns.has('basis')
    ) {
      const next = data[r + 1] ?? [];
      const isKeyRowNext = next.some((cell) => text(cell) === 'unitPrice');
      return { columns, firstDataRow: r + (isKeyRowNext ? 2 : 1) };
    }
  }
  return null;
}

function createProductLookup(catalog: readonly Product[]): (id: string, name: string) => Product | null {
  const byId = new Map(catalog.map((p) => [p.id, p]));
  const byName = new Map<string, Product>();
  for (const product of catalog) {
    for (const name of [product.name.zh, product.name.en, ...(product.aliases ?? [])]) {
      const key = name.trim().toLowerCase();
      if (!byName.has(key)) byName.set(key, product);
    }
  }
  return (id, name) =>
    byId.get(id.trim().toLowerCase()) ??
    (id === '' ? byName.get(name.trim().toLowerCase()) : undefined) ??
    null;
}

function readCode<T extends string>(
  value: string,
  codes: readonly T[],
  group: 'channel' | 'basis',
): T | null {
  const wanted = value.trim().toLowerCase();
  for (const code of codes) {
    if (code === wanted) return code;
    for (const lang of LANGS) if (t(lang, `budget:${group}.${code}`).toLowerCase() === wanted) return code;
  }
  return null;
}

function readPrice(cell: XLSX.CellObject | undefined): number | null {
  if (!cell) return null;
  if (cell.t === 'n' && typeof cell.v === 'number') return parseCellNumberToFen(cell.v);
  if (cell.t === 's' && typeof cell.v === 'string') return parseYuanToFen(cell.v);
  return null;
}

function readDate(cell: XLSX.CellObject | undefined): string | null {
  if (isBlank(cell) || !cell) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (typeof cell.z !== 'string' || !XLSX.SSF.is_date(cell.z)) return null;
    // A date typed into Excel is a serial day number shown through a date format.
    const parts = XLSX.SSF.parse_date_code(cell.v);
    if (!parts || parts.y < 1900) return null;
    const iso = `${parts.y}-${String(parts.m).padStart(2, '0')}-${String(parts.d).padStart(2, '0')}`;
    return dateSchema.safeParse(iso).success ? iso : null;
  }
  const value = text(cell).replace(/[/.]/g, '-');
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!match) return null;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

function isYes(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === '是' || v === 'yes' || v === 'true' || v === '1' || v === 'y';
}

function isBlank(cell: XLSX.CellObject | undefined): boolean {
  return (
    cell === undefined ||
    cell.t === 'z' ||
    cell.v === undefined ||
    cell.v === null ||
    (cell.t === 's' && String(cell.v).trim() === '')
  );
}

function text(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') return String(cell.v);
  return String(cell.v).trim();
}
