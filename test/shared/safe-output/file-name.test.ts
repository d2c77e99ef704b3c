import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReservedName, MAX_FILE_NAME_LENGTH, sanitizeFileName } from '../../../shared/safe-output';

const FORBIDDEN = '<>:"/\\|?*';

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const n = s.charCodeAt(i + 1);
      if (!(n >= 0xdc00 && n <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

describe('file names built from unit names', () => {
  it.each([
    ['某某县财政局', '某某县财政局'],
    ['财政局/办公室', '财政局_办公室'],
    ['a<b>c:d"e/f\\g|h?i*j', 'a_b_c_d_e_f_g_h_i_j'],
    ['line\nbreak\ttab\u0000nul\u007fdel\u0085nel', 'line_break_tab_nul_del_nel'],
    ['report\u202Excod.exe', 'report_xcod.exe'],
    ['局. . .', '局'],
    ['  财政局  ', '财政局'],
    ['CON', '_CON'],
    ['con.xlsx', '_con.xlsx'],
    ['Com1', '_Com1'],
    ['LPT9.csv', '_LPT9.csv'],
    ['COM¹', '_COM¹'],
    ['NUL .txt', '_NUL .txt'],
    ['CONOUT$', '_CONOUT$'],
    ['CONSOLE', 'CONSOLE'],
    ['COM10', 'COM10'],
    ['', '未命名'],
    ['   ', '未命名'],
    ['...', '未命名'],
    ['.', '未命名'],
    ['.hidden', '.hidden'],
    ['\ud800lone', '_lone'],
  ])('%j becomes %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('uses the caller’s word for a name with nothing left', () => {
    expect(sanitizeFileName('???', 'Untitled')).toBe('___');
    expect(sanitizeFileName(' . ', 'Untitled')).toBe('Untitled');
  });

  it('caps the length at 120 UTF-16 units without splitting a surrogate pair', () => {
    expect(sanitizeFileName('局'.repeat(300))).toBe('局'.repeat(120));
    // 119 units then a pair: keeping the pair would make 121, so it is dropped whole.
    const name = `${'a'.repeat(119)}😀tail`;
    expect(sanitizeFileName(name)).toBe('a'.repeat(119));
    expect(sanitizeFileName(`${'a'.repeat(118)}😀tail`)).toBe(`${'a'.repeat(118)}😀`);
  });

  it('does not leave a trailing dot or space, or a device name, after cutting', () => {
    expect(sanitizeFileName(`${'a'.repeat(119)}. b`)).toBe('a'.repeat(119));
    expect(sanitizeFileName(`AUX${' '.repeat(200)}x`)).toBe('_AUX');
    expect(sanitizeFileName(`CON.${'x'.repeat(116)}`)).toBe(`_CON.${'x'.repeat(115)}`);
  });

  it('recognizes reserved names with or without an extension, in any case', () => {
    expect(isReservedName('prn')).toBe(true);
    expect(isReservedName('Aux.tar.gz')).toBe(true);
    expect(isReservedName('lpt0')).toBe(true);
    expect(isReservedName('AUXILIARY')).toBe(false);
    expect(isReservedName('_CON')).toBe(false);
  });

  it('always gives a safe, stable name for any input', () => {
    const unsafeChars = fc.constantFrom(
      ...FORBIDDEN,
      '.',
      ' ',
      '\u0000',
      '\u001f',
      '\ud83d',
      '\ude00',
      'C',
      'O',
      'N',
    );
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: unsafeChars, maxLength: 200 }),
      fc
        .tuple(fc.constantFrom('CON', 'nul', 'Com3', 'LPT¹'), fc.string({ maxLength: 150 }))
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(input, (name) => {
        const safe = sanitizeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(safe.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        for (const ch of FORBIDDEN) expect(safe).not.toContain(ch);
        expect([...safe].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20)).toBe(false);
        expect(hasLoneSurrogate(safe)).toBe(false);
        expect(safe).not.toMatch(/[. ]$/);
        expect(isReservedName(safe)).toBe(false);
        expect(sanitizeFileName(safe)).toBe(safe);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves an already safe name untouched', () => {
    const safeChar = fc.constantFrom('局', '县', '财', '政', 'a', 'Z', '0', '-', '_', '（', '）', '😀');
    fc.assert(
      fc.property(fc.string({ unit: safeChar, minLength: 1, maxLength: 60 }), (name) => {
        fc.pre(!isReservedName(name));
        expect(sanitizeFileName(name)).toBe(name);
      }),
    );
  });
});
