import { describe, expect, it } from 'vitest';
import { decodeReturn } from '../../shared/return-file';
import { isLinkFormula } from '../../shared/return-file/check-links';
import { MACHINES, makeSourceReturns, sha256 } from './hostile-files';
import { formulaCell, partText, setCell, setPartText, sheetPart } from './hostile-sheets';
import { type Parts, unzipParts, zipParts } from './hostile-zip';

describe('formulas that reach outside the workbook are told from ordinary ones', () => {
  it.each([
    "cmd|' /C calc'!A0",
    "msexcel|'\\..\\..\\Windows\\System32\\cmd.exe'!''",
    '[1]Sheet1!$A$1',
    "'[1]Sheet1'!A1",
    "'C:\\报表\\[预算.xlsx]汇总'!B2",
    '[1]!单位名称',
    'SUM([2]Sheet1!A1:A3)',
  ])('finds %s', (formula) => {
    expect(isLinkFormula(formula)).toBe(true);
  });

  it.each([
    'SUM(A1:A3)',
    'Sheet2!A1',
    "'甲|乙'!A1",
    'IF(A3="a|b",1,0)',
    'SUM(表1[金额])',
    '表1[@金额]',
    'SUM(Table1[[#This Row],[Amount]])+Sheet2!A1',
    '"[1]x!"',
  ])('leaves %s alone', (formula) => {
    expect(isLinkFormula(formula)).toBe(false);
  });
});

/** A part re-encoded as UTF-16 little-endian with a byte-order mark, which the parser also reads. */
function toUtf16(parts: Parts, name: string, edit: (xml: string) => string): void {
  const text = edit(partText(parts, name)).replace('encoding="UTF-8"', 'encoding="UTF-16"');
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  parts[name] = bytes;
}

describe('UTF-16 parts are checked like UTF-8 ones', () => {
  const [src] = makeSourceReturns(1, '2026');
  const decodeEdited = (edit: (parts: Parts) => void) => {
    const parts = unzipParts(src!.bytes);
    edit(parts);
    const result = decodeReturn(zipParts(parts), { digest: sha256 });
    expect(result.value).toBeNull();
    return result.issues.filter((i) => i.severity === 'error').map((i) => i.message);
  };

  it('refuses a DTD after the XML declaration and a comment', () => {
    const messages = decodeEdited((parts) =>
      toUtf16(parts, 'xl/sharedStrings.xml', (xml) =>
        xml.replace(/(<\?xml[^>]*\?>)/, '$1<!-- x --><!DOCTYPE sst [<!ENTITY a "b">]>'),
      ),
    );
    expect(messages).toEqual([
      { key: 'returnFile:issue.xmlDoctype', params: { entry: 'xl/sharedStrings.xml' } },
    ]);
  });

  it('finds a DDE formula in a UTF-16 sheet', () => {
    const messages = decodeEdited((parts) => {
      const name = sheetPart(parts, MACHINES);
      setPartText(
        parts,
        name,
        setCell(partText(parts, name), 'C3', formulaCell('C3', "cmd|' /C calc'!A0", 'x')),
      );
      toUtf16(parts, name, (xml) => xml);
    });
    expect(messages.map((m) => m.key)).toEqual(['returnFile:issue.formulaLink']);
  });
});
