import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeReturn,
  encodeReturn,
  MAX_AMOUNT_FEN,
  type ReturnData,
  returnDataSchema,
} from '../../../shared/return-file';
import { LONG_NOTE, returnDataArb } from './arbitraries';
import {
  makeEntitlement,
  makeInstall,
  makeMachine,
  makeReturn,
  readWorkbook,
  sha256,
  sheetCells,
  sheetRows,
} from './helpers';

function roundTrip(data: ReturnData, maxRowsPerSheet?: number) {
  const bytes = encodeReturn(
    data,
    maxRowsPerSheet === undefined ? { digest: sha256 } : { digest: sha256, maxRowsPerSheet },
  );
  return { bytes, result: decodeReturn(bytes, { digest: sha256 }) };
}

describe('a return file reads back exactly what was written', () => {
  it('holds for generated returns with Chinese, astral and formula-like text, dates, money and empty fields', () => {
    fc.assert(
      fc.property(returnDataArb, (data) => {
        expect(returnDataSchema.safeParse(data).success).toBe(true);
        const { result } = roundTrip(data);
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(result.value).toStrictEqual(data);
        expect(result.digestState).toBe('unchanged');
      }),
      { numRuns: 60 },
    );
  });

  it('holds when the ledgers are split over numbered sheets', () => {
    fc.assert(
      fc.property(returnDataArb, fc.integer({ min: 3, max: 5 }), (data, maxRows) => {
        const { result } = roundTrip(data, maxRows);
        expect(result.value).toStrictEqual(data);
      }),
      { numRuns: 15 },
    );
  });

  it('keeps leading zeros, formula-like text, trailing spaces and 32,000-character notes', () => {
    const data = makeReturn({
      machines: [
        makeMachine('m1', { assetNo: '000123', user: '=SUM(A1)', department: '+86 10', notes: LONG_NOTE }),
        makeMachine('m2', {
          assetNo: '-5',
          brand: '@x',
          model: '\tTab',
          serial: '\rCR',
          hostname: 'trailing  ',
        }),
      ],
      installs: [
        makeInstall('i1', 'm1', {
          rawName: '𠀀 WPS Office 😀',
          notes: '_x0041_ stays as typed',
          version: '1.50',
        }),
        makeInstall('i2', 'm2', {
          productId: 'ms-win10',
          entitlementId: 'e1',
          reasons: ['OEM 预装，原机。'],
        }),
      ],
      entitlements: [makeEntitlement('e1', { amountFen: MAX_AMOUNT_FEN, quantity: 10_000_000 })],
    });
    const { result } = roundTrip(data);
    expect(result.value).toStrictEqual(data);
    expect(result.issues).toEqual([]);
  });

  it('writes codes as Chinese labels, dates as text and money as yuan with two decimals', () => {
    const data = makeReturn({
      machines: [makeMachine('m1', { assetNo: '000123', type: 'laptop', purchaseDate: '2021-06-30' })],
      installs: [
        makeInstall('i1', 'm1', {
          channel: 'volume',
          status: 'to_verify',
          evidence: { ...makeInstall('x', 'm1').evidence, productIdOem: false },
        }),
      ],
      entitlements: [makeEntitlement('e1', { amountFen: 1234567 })],
    });
    const workbook = readWorkbook(roundTrip(data).bytes);
    const machines = sheetRows(workbook, '计算机台账');
    expect(machines[1]).toContain('asset_no');
    expect(machines[2]?.[1]).toBe('000123');
    expect(machines[2]?.[4]).toBe('笔记本');
    expect(machines[2]?.[10]).toBe('2021-06-30');
    const installs = sheetRows(workbook, '软件台账');
    expect(installs[2]).toEqual(expect.arrayContaining(['批量许可', '待核实', '否', '000123']));
    const amount = sheetCells(workbook, '授权台账')[2]?.[9];
    expect(amount?.v).toBe(12345.67);
    expect(amount?.z).toBe('#,##0.00');
  });

  it('never writes a formula, whatever the text looks like', () => {
    const data = makeReturn({
      machines: [makeMachine('m1', { assetNo: '=HYPERLINK("http://x")', user: '@SUM(1)' })],
      installs: [],
    });
    const workbook = readWorkbook(roundTrip(data).bytes);
    for (const name of workbook.SheetNames) {
      for (const row of workbook.Sheets[name]?.['!data'] ?? []) {
        for (const cell of row ?? []) expect(cell?.f).toBeUndefined();
      }
    }
    expect(sheetRows(workbook, '计算机台账')[2]?.[1]).toBe('=HYPERLINK("http://x")');
  });

  it('puts the sheets in the documented order, with continuations after their ledger', () => {
    const data = makeReturn({
      installs: Array.from({ length: 7 }, (_, i) => makeInstall(`i${i}`, 'm1')),
      children: [],
    });
    expect(readWorkbook(roundTrip(data, 5).bytes).SheetNames).toEqual([
      '封面',
      '汇总表',
      '计算机台账',
      '软件台账',
      '软件台账2',
      '软件台账3',
      '授权台账',
      '工作进度',
      '经费测算',
      '下级单位汇总',
      '填表说明',
    ]);
  });

  it('writes text with CR LF as LF and still counts the file as unchanged', () => {
    const data = makeReturn({ machines: [makeMachine('m1', { notes: '第一行\r\n第二行' })], installs: [] });
    const { result } = roundTrip(data);
    expect(result.value?.machines[0]?.notes).toBe('第一行\n第二行');
    expect(result.digestState).toBe('unchanged');
  });
});
