import { describe, expect, it } from 'vitest';
import type * as XLSX from 'xlsx';
import { readBool, readDate, readInt, readMoney, serialToDate } from '../../../shared/return-file/read-cells';

const n = (v: number): XLSX.CellObject => ({ t: 'n', v });
const s = (v: string): XLSX.CellObject => ({ t: 's', v });

describe('reading cells the way people and spreadsheet programs fill them', () => {
  it('turns Excel date serials into dates, in both date systems', () => {
    expect(serialToDate(1, false)).toBe('1900-01-01');
    expect(serialToDate(59, false)).toBe('1900-02-28');
    expect(serialToDate(60, false)).toBeUndefined(); // Excel's fictitious 1900-02-29
    expect(serialToDate(61, false)).toBe('1900-03-01');
    expect(serialToDate(44377, false)).toBe('2021-06-30');
    expect(serialToDate(44377.75, false)).toBe('2021-06-30');
    expect(serialToDate(2958465, false)).toBe('9999-12-31');
    expect(serialToDate(0, true)).toBe('1904-01-01');
    expect(serialToDate(42915, true)).toBe('2021-06-30');
  });

  it('accepts dates as text in common spellings and rejects impossible ones', () => {
    expect(readDate(s('2024-3-5'), false)).toEqual({ ok: true, value: '2024-03-05' });
    expect(readDate(s(' 2024.03.05 '), false)).toEqual({ ok: true, value: '2024-03-05' });
    expect(readDate(s('2024年3月5日'), false)).toEqual({ ok: true, value: '2024-03-05' });
    expect(readDate(s('2024-02-29'), false)).toEqual({ ok: true, value: '2024-02-29' });
    expect(readDate(s('2023-02-29'), false).ok).toBe(false);
    expect(readDate(s('05/03/2024'), false).ok).toBe(false);
    expect(readDate({ t: 'd', v: new Date(2021, 5, 30) }, false)).toEqual({ ok: true, value: '2021-06-30' });
    expect(readDate(undefined, false)).toEqual({ ok: true, value: '' });
  });

  it('reads money exactly in fen, also through binary floating point', () => {
    expect(readMoney(n(0.1 + 0.2))).toEqual({ ok: true, value: 30 });
    expect(readMoney(n(12345.67))).toEqual({ ok: true, value: 1234567 });
    expect(readMoney(n(99_999_999_999.99))).toEqual({ ok: true, value: 9_999_999_999_999 });
    expect(readMoney(s('1,234.5'))).toEqual({ ok: true, value: 123450 });
    expect(readMoney(s('0.05'))).toEqual({ ok: true, value: 5 });
    expect(readMoney(undefined)).toEqual({ ok: true, value: 0 });
    expect(readMoney(n(1.005)).ok).toBe(false);
    expect(readMoney(s('1.234')).ok).toBe(false);
    expect(readMoney(n(100_000_000_000)).ok).toBe(false);
  });

  it('reads whole numbers from numbers or text, and nothing else', () => {
    expect(readInt(s('1,000'), 0, 10_000)).toEqual({ ok: true, value: 1000 });
    expect(readInt(s('10.0'), 0, 100)).toEqual({ ok: true, value: 10 });
    expect(readInt(n(3), 0, 100)).toEqual({ ok: true, value: 3 });
    expect(readInt(n(2.5), 0, 100).ok).toBe(false);
    expect(readInt({ t: 'b', v: true }, 0, 100).ok).toBe(false);
    expect(readInt(undefined, 0, 100)).toMatchObject({ ok: false, key: 'required' });
  });

  it('reads yes and no in Chinese, English and as spreadsheet booleans', () => {
    expect(
      [s('是'), s('TRUE'), s('1'), { t: 'b', v: true } as XLSX.CellObject].map((c) => readBool(c)),
    ).toEqual(Array(4).fill({ ok: true, value: true }));
    expect([s('否'), s('false'), n(0)].map((c) => readBool(c))).toEqual(
      Array(3).fill({ ok: true, value: false }),
    );
    expect(readBool(s(''))).toEqual({ ok: true, value: null });
    expect(readBool(s('不知道')).ok).toBe(false);
  });
});
