import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToInput, fenToYuan, yuanToFen } from '../../../shared/office/money';

describe('money in yuan and fen', () => {
  it('reads amounts the way clerks type them', () => {
    expect(yuanToFen('12800')).toBe(1_280_000);
    expect(yuanToFen('12,800.5')).toBe(1_280_050);
    expect(yuanToFen('１２８００．０５')).toBe(1_280_005);
    expect(yuanToFen('¥0.29')).toBe(29);
    expect(yuanToFen('300元')).toBe(30_000);
    expect(yuanToFen('')).toBe(0);
  });

  it('refuses what is not an amount of money', () => {
    for (const bad of ['1.234', '-5', 'abc', '1e5', '12.3.4']) expect(yuanToFen(bad)).toBeNull();
  });

  it('shows fen as yuan with two decimals and separators', () => {
    expect(fenToYuan(1_280_050)).toBe('12,800.50');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(0)).toBe('0.00');
  });

  it('reads back exactly what it wrote into the input box', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (fen) => {
        expect(yuanToFen(fenToInput(fen))).toBe(fen);
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
    );
  });
});
