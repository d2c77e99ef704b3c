import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDiscountBp,
  formatBpAsPercent,
  formatFen,
  formatWan,
  formatYuan,
  multiplyFen,
  parseCellNumberToFen,
  parsePercentToBp,
  parseYuanToFen,
  sumFen,
  toWanHundredths,
} from '../../../shared/budget/money';

describe('amounts typed by a clerk become exact fen', () => {
  it('reads the figures as written, digit by digit', () => {
    expect(parseYuanToFen('1,341.50')).toBe(134150);
    expect(parseYuanToFen('1341.5')).toBe(134150);
    expect(parseYuanToFen('¥614')).toBe(61400);
    expect(parseYuanToFen('￥ 1,418.00')).toBe(141800);
    expect(parseYuanToFen('80元')).toBe(8000);
    expect(parseYuanToFen('1 234.50')).toBe(123450);
    expect(parseYuanToFen('１，２３４．５')).toBe(123450);
    expect(parseYuanToFen('0.01')).toBe(1);
    expect(parseYuanToFen('0')).toBe(0);
    // 0.1 + 0.2 is not 0.3 in binary floating point; here it is simply 30 fen.
    expect(parseYuanToFen('0.30')).toBe(30);
    expect(parseYuanToFen('12345678901.99')).toBe(1234567890199);
  });

  it('refuses what it would have to guess', () => {
    for (const bad of ['', ' ', '1,34', '12,3456.00', '1.234', '-5', 'abc', '1e3', '1..2', '¥', '1 2']) {
      expect(parseYuanToFen(bad), bad).toBeNull();
    }
  });

  it('takes a number cell back to the amount a person typed', () => {
    expect(parseCellNumberToFen(1341.5)).toBe(134150);
    expect(parseCellNumberToFen(0.1 + 0.2)).toBe(30);
    expect(parseCellNumberToFen(12345.67)).toBe(1234567);
    expect(parseCellNumberToFen(1.005)).toBeNull();
    expect(parseCellNumberToFen(-1)).toBeNull();
    expect(parseCellNumberToFen(Number.NaN)).toBeNull();
  });

  it('round-trips every amount through its text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_999 }), (fen) => {
        expect(parseYuanToFen(formatYuan(fen))).toBe(fen);
        expect(parseYuanToFen(formatFen(fen))).toBe(fen);
      }),
    );
  });

  it('round-trips every amount through a spreadsheet number cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (fen) => {
        expect(
          parseCellNumberToFen(Number(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`)),
        ).toBe(fen);
      }),
    );
  });
});

describe('amounts are shown in yuan and in 万元 with stated rounding', () => {
  it('formats yuan with the sign and separators', () => {
    expect(formatFen(134150)).toBe('¥1,341.50');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(-123456789)).toBe('-¥1,234,567.89');
    expect(formatYuan(100000000)).toBe('1,000,000.00');
  });

  it('rounds 万元 half up to two decimals, i.e. to the nearest 100 yuan', () => {
    expect(formatWan(134100)).toBe('0.13 万元');
    expect(formatWan(300_000_000)).toBe('300.00 万元');
    // 49.99 yuan rounds down, 50.00 yuan rounds up.
    expect(toWanHundredths(4_999)).toBe(0);
    expect(toWanHundredths(5_000)).toBe(1);
    // 12,345,650 yuan = 1,234.565 万元 → 1,234.57
    expect(toWanHundredths(1_234_565_000)).toBe(123_457);
    expect(formatWan(1_234_565_000)).toBe('1,234.57 万元');
    expect(formatWan(-5_000)).toBe('-0.01 万元');
    // 123,456,789,000 yuan = 12,345,678.9 万元
    expect(formatWan(12_345_678_900_000)).toBe('12,345,678.90 万元');
  });
});

describe('money arithmetic is integer arithmetic', () => {
  it('multiplies count by unit price exactly', () => {
    expect(multiplyFen(2229, 134100)).toBe(298_908_900);
    expect(() => multiplyFen(1_000_000_000, 9_999_999_999)).toThrow(RangeError);
    expect(() => multiplyFen(1.5, 100)).toThrow(RangeError);
  });

  it('applies a discount to the unit price and rounds half up to the fen', () => {
    expect(applyDiscountBp(134100, 1500)).toBe(113985);
    // 219,990 × 0.85 = 186,991.5 → 186,992
    expect(applyDiscountBp(219990, 1500)).toBe(186992);
    // 1 fen × 0.5 = 0.5 → 1; 1 fen × 0.49 = 0.49 → 0
    expect(applyDiscountBp(1, 5000)).toBe(1);
    expect(applyDiscountBp(1, 5100)).toBe(0);
    expect(applyDiscountBp(134100, 0)).toBe(134100);
    expect(applyDiscountBp(134100, 10000)).toBe(0);
    expect(applyDiscountBp(Number.MAX_SAFE_INTEGER, 1)).toBe(9_007_199_254_740_991 - 900_719_925_474);
    expect(() => applyDiscountBp(100, 10001)).toThrow(RangeError);
  });

  it('sums exactly and refuses to lose a fen', () => {
    expect(sumFen([10, 20, 30])).toBe(60);
    expect(sumFen([])).toBe(0);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('reads and shows discounts as percentages in basis points', () => {
    expect(parsePercentToBp('15')).toBe(1500);
    expect(parsePercentToBp('12.5%')).toBe(1250);
    expect(parsePercentToBp('100')).toBe(10000);
    expect(parsePercentToBp('100.01')).toBeNull();
    expect(parsePercentToBp('-1')).toBeNull();
    expect(formatBpAsPercent(1250)).toBe('12.5%');
    expect(formatBpAsPercent(1500)).toBe('15%');
    expect(formatBpAsPercent(5)).toBe('0.05%');
  });
});
