import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/safe-output';

/** A strict RFC 4180 reader written for this test, independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        if (text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (!atFieldStart) throw new Error(`bare quote inside a field at ${i}`);
      quoted = true;
      atFieldStart = false;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += 2;
    } else if (c === '\n') {
      throw new Error(`LF without CR at ${i}`);
    } else {
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last row does not end with CRLF');
  return rows;
}

const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];
const defused = (value: string) => (FORMULA_START.includes(value.charAt(0)) ? `'${value}` : value);

describe('CSV export', () => {
  it('writes the simple case by hand-checked bytes', () => {
    expect(
      toCsv([
        ['单位', '台数'],
        ['财政局', '12'],
      ]),
    ).toBe('单位,台数\r\n财政局,12\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(toCsv([['a,b', 'say "hi"', 'line1\nline2', 'cr\rlf']])).toBe(
      '"a,b","say ""hi""","line1\nline2","cr\rlf"\r\n',
    );
  });

  it('defuses formulas with a leading apostrophe, inside quotes when needed', () => {
    expect(toCsv([['=1+1', '@cmd', '+1', '-1', '\tx', '=HYPERLINK("u","t")']])).toBe(
      `'=1+1,'@cmd,'+1,'-1,'\tx,"'=HYPERLINK(""u"",""t"")"\r\n`,
    );
    expect(toCsv([['\r=1']])).toBe(`"'\r=1"\r\n`);
  });

  it('starts with a byte order mark only when asked, so Excel reads Chinese as UTF-8', () => {
    expect(toCsv([['局']], { bom: true })).toBe('\uFEFF局\r\n');
    expect(toCsv([['局']]).charCodeAt(0)).not.toBe(0xfeff);
    expect(new TextEncoder().encode(toCsv([], { bom: true }))).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes nothing for no rows and an empty line for an empty row', () => {
    expect(toCsv([])).toBe('');
    expect(toCsv([[]])).toBe('\r\n');
    expect(toCsv([['', '']])).toBe(',\r\n');
  });

  it('reads back as the same cells, formulas defused, for any text', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('a', '"', ',', '\r', '\n', '=', '-', '@', '\t', '局', ' ') }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(defused)));
      }),
      { numRuns: 400 },
    );
  });

  it('never lets a cell begin with a formula character once read back', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1 }), { minLength: 1 }), (rows) => {
        for (const row of parseCsv(toCsv(rows))) {
          for (const value of row) expect(FORMULA_START).not.toContain(value.charAt(0));
        }
      }),
    );
  });
});
