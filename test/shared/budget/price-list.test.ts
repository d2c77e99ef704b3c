import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  createExamplePriceList,
  decodePriceList,
  encodePriceList,
  findDuplicatePrices,
  findPrice,
  indexPrices,
  type PriceEntry,
} from '../../../shared/budget';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog/builtin-products';
import { PRICES } from './two-units.fixture';

const entry = (over: Partial<PriceEntry>): PriceEntry => ({
  id: 'x',
  productId: 'ms-windows-10',
  edition: '',
  channel: 'volume',
  basis: 'list',
  unitPriceFen: 100,
  source: '',
  sourceDate: '',
  notes: '',
  isExample: false,
  ...over,
});

describe('finding the price of a licence', () => {
  const list = [
    entry({ id: 'any-retail', channel: 'retail', unitPriceFen: 1 }),
    entry({ id: 'pro-retail', edition: 'pro', channel: 'retail', unitPriceFen: 2 }),
    entry({ id: 'pro-volume', edition: 'pro', channel: 'volume', unitPriceFen: 3 }),
    entry({ id: 'pro-quote', edition: 'pro', basis: 'quoted', unitPriceFen: 4 }),
  ];
  const index = indexPrices(list);
  const query = {
    productId: 'ms-windows-10',
    edition: 'pro',
    bases: ['list' as const],
    channels: ['volume' as const, 'retail' as const],
  };

  it('prefers the exact edition, then the preferred channel', () => {
    expect(findPrice(index, query)?.id).toBe('pro-volume');
    expect(findPrice(index, { ...query, channels: ['retail'] })?.id).toBe('pro-retail');
    expect(findPrice(index, { ...query, edition: 'enterprise' })?.id).toBe('any-retail');
    expect(findPrice(index, { ...query, edition: '' })?.id).toBe('any-retail');
  });

  it("tries the bases in the scenario's order", () => {
    expect(findPrice(index, { ...query, bases: ['quoted', 'list'] })?.id).toBe('pro-quote');
    expect(findPrice(index, { ...query, bases: ['agreement'] })).toBeNull();
  });

  it('finds nothing for a product without prices or a channel not bought through', () => {
    expect(findPrice(index, { ...query, productId: 'uos' })).toBeNull();
    expect(findPrice(index, { ...query, channels: ['oem'] })).toBeNull();
  });

  it('reports a second price for the same product, edition, channel and basis', () => {
    expect(findDuplicatePrices([...list, entry({ id: 'again', edition: 'pro', unitPriceFen: 9 })])).toEqual([
      'again',
    ]);
  });
});

describe('the example price list', () => {
  it('is marked as example on every line and says where each figure came from', () => {
    const example = createExamplePriceList('zh-CN');
    expect(example.length).toBeGreaterThan(5);
    for (const line of example) {
      expect(line.isExample).toBe(true);
      expect(line.source).toMatch(/^示例：/);
      expect(line.notes).toContain('不是报价');
    }
    expect(example.find((l) => l.productId === 'ms-windows-10')?.unitPriceFen).toBe(134100);
    expect(example.find((l) => l.productId === 'wps-office')?.unitPriceFen).toBe(61400);
    expect(createExamplePriceList('en')[0]?.source).toMatch(/^Example:/);
  });

  it('refers only to products of the built-in catalog', () => {
    const ids = new Set(BUILTIN_PRODUCTS.map((p) => p.id));
    for (const line of createExamplePriceList()) expect(ids.has(line.productId), line.productId).toBe(true);
    expect(findDuplicatePrices(createExamplePriceList())).toEqual([]);
  });
});

let ids = 0;
const newId = () => `imp-${++ids}`;

function workbookOf(rows: unknown[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '价格表');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('the price list as a workbook', () => {
  it('reads back exactly what it wrote', () => {
    const tricky = PRICES.map((p, i) =>
      i === 0 ? { ...p, notes: '=HYPERLINK("http://x")', source: '+1 @vendor -q' } : p,
    );
    for (const lang of ['zh-CN', 'en'] as const) {
      const result = decodePriceList(
        encodePriceList(tricky, BUILTIN_PRODUCTS, lang),
        BUILTIN_PRODUCTS,
        newId,
      );
      expect(result.issues).toEqual([]);
      expect(result.entries.map(({ id: _id, ...rest }) => rest)).toEqual(
        tricky.map(({ id: _id, ...rest }) => rest),
      );
    }
  });

  it('writes text that looks like a formula as text', () => {
    const bytes = encodePriceList([entry({ notes: '=1+1', source: '@SUM(A1)' })], BUILTIN_PRODUCTS, 'zh-CN');
    const sheet = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: true }).Sheets.价格表;
    const row = sheet?.['!data']?.[2] ?? [];
    const cells = row.filter((c) => c !== undefined);
    expect(cells.some((c) => c.f !== undefined)).toBe(false);
    expect(cells.find((c) => c.v === '=1+1')?.t).toBe('s');
  });

  it('accepts a list typed by hand with Chinese headers, names and thousands separators', () => {
    const result = decodePriceList(
      workbookOf([
        ['产品名称', '版本', '授权方式', '价格口径', '单价（元）', '价格来源', '来源日期'],
        ['WPS', '专业版', '批量许可', '协议价', '1,280.50', '省级框架协议 2025-07', '2025/7/1'],
        ['银河麒麟', '', '零售', '询价', 699, '某公司报价单', ''],
      ]),
      BUILTIN_PRODUCTS,
      newId,
    );
    expect(result.issues).toEqual([]);
    expect(result.entries).toEqual([
      expect.objectContaining({
        productId: 'wps-office',
        edition: 'professional',
        channel: 'volume',
        basis: 'agreement',
        unitPriceFen: 128050,
        sourceDate: '2025-07-01',
        isExample: false,
      }),
      expect.objectContaining({
        productId: 'kylin-desktop',
        edition: '',
        channel: 'retail',
        basis: 'quoted',
        unitPriceFen: 69900,
      }),
    ]);
  });

  it('skips bad rows with their row number and a reason, keeping the good ones', () => {
    const result = decodePriceList(
      workbookOf([
        ['产品编号', '版本', '授权方式', '价格口径', '单价（元）'],
        ['ms-windows-10', 'pro', '批量许可', '目录价', '1341'],
        ['no-such-thing', '', '批量许可', '目录价', '1'],
        ['ms-windows-10', 'pro', '批量许可', '目录价', '99'],
        ['ms-windows-11', 'ultra', '批量许可', '目录价', '1'],
        ['ms-windows-11', 'pro', '租赁', '目录价', '1'],
        ['ms-windows-11', 'pro', '批量许可', '打折价', '1'],
        ['ms-windows-11', 'pro', '批量许可', '目录价', '-5'],
        ['ms-windows-11', 'pro', '批量许可', '目录价', '12.345'],
        ['ms-windows-11', 'pro', '批量许可', '目录价', ''],
      ]),
      BUILTIN_PRODUCTS,
      newId,
    );
    expect(result.entries.map((e) => e.unitPriceFen)).toEqual([134100]);
    expect(result.issues.map((i) => [i.row, i.message.key.replace('budget:import.', '')])).toEqual([
      [3, 'unknownProduct'],
      [4, 'duplicate'],
      [5, 'unknownEdition'],
      [6, 'badChannel'],
      [7, 'badBasis'],
      [8, 'badPrice'],
      [9, 'badPrice'],
      [10, 'badPrice'],
    ]);
  });

  it('refuses a formula cell rather than trust its cached value', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['产品编号', '价格口径', '单价（元）'],
      ['ms-windows-10', '目录价', 0],
    ]);
    ws.C2 = { t: 'n', v: 1341, f: '1000+341' };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = decodePriceList(bytes, BUILTIN_PRODUCTS, newId);
    expect(result.entries).toEqual([]);
    expect(result.issues[0]).toMatchObject({ row: 2, message: { key: 'budget:import.formula' } });
  });

  it('refuses files that are not workbooks, with one clear message', () => {
    expect(decodePriceList(new Uint8Array(), BUILTIN_PRODUCTS, newId).issues[0]?.message.key).toBe(
      'budget:import.empty',
    );
    const text = new TextEncoder().encode('productId,basis,unitPrice\nms-windows-10,list,1');
    expect(decodePriceList(text, BUILTIN_PRODUCTS, newId).issues[0]?.message.key).toBe(
      'budget:import.notWorkbook',
    );
    const headerless = decodePriceList(
      workbookOf([
        ['a', 'b'],
        [1, 2],
      ]),
      BUILTIN_PRODUCTS,
      newId,
    );
    expect(headerless.issues[0]?.message.key).toBe('budget:import.noHeader');
  });
});
