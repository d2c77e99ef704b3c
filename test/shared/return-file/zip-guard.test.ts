import { describe, expect, it } from 'vitest';
import { decodeReturn, encodeReturn, inspectWorkbookBytes } from '../../../shared/return-file';
import { makeReturn, sha256 } from './helpers';
import { buildZip, workbookParts } from './zip-builder';

const MB = 1024 * 1024;

/** The catalog key of the single error a guard refusal gives. */
function refusal(bytes: Uint8Array, opts: { maxBytes?: number; maxUncompressedBytes?: number } = {}): string {
  const result = decodeReturn(bytes, { digest: sha256, ...opts });
  expect(result.value).toBeNull();
  expect(result.issues).toHaveLength(1);
  expect(result.issues[0]?.severity).toBe('error');
  return result.issues[0]?.message.key ?? '';
}

describe('files that are not return files are refused before parsing, with a reason', () => {
  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array())).toBe('returnFile:issue.fileEmpty');
  });

  it('refuses random bytes', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(refusal(bytes)).toBe('returnFile:issue.notZip');
  });

  it('says a CSV renamed to .xlsx is a text file', () => {
    const csv = new TextEncoder().encode('\uFEFF资产编号,使用人\n000123,张三\n');
    expect(refusal(csv)).toBe('returnFile:issue.textNotWorkbook');
    expect(refusal(new TextEncoder().encode('asset_no,user\r\n1,a\r\n'))).toBe(
      'returnFile:issue.textNotWorkbook',
    );
  });

  it('says an OLE file is a legacy .xls or a password-protected workbook', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(ole)).toBe('returnFile:issue.legacyOrEncrypted');
  });

  it('refuses a return file cut off in the middle', () => {
    const bytes = encodeReturn(makeReturn(), { digest: sha256 });
    expect(refusal(bytes.slice(0, Math.floor(bytes.length / 2)))).toBe('returnFile:issue.truncated');
    expect(refusal(bytes.slice(0, bytes.length - 10))).toBe('returnFile:issue.truncated');
  });

  it('refuses a file larger than the limit', () => {
    const bytes = encodeReturn(makeReturn(), { digest: sha256 });
    expect(refusal(bytes, { maxBytes: bytes.length - 1 })).toBe('returnFile:issue.fileTooLarge');
  });

  it('refuses a zip bomb by its compression ratio without inflating it', () => {
    const zeros = new Uint8Array(4 * MB);
    const bomb = buildZip([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    expect(refusal(bomb)).toBe('returnFile:issue.zipRatio');
  });

  /** Four stored 1 MB parts each claiming 150 MB: every ratio is under 200, the total is 600 MB. */
  const bloated = () => [
    ...workbookParts(),
    ...[1, 2, 3, 4].map((n) => ({
      name: `xl/part${n}.xml`,
      data: new Uint8Array(MB),
      method: 0 as const,
      declaredSize: 150 * MB,
    })),
  ];

  it('refuses a zip whose declared sizes add up to more than the limit', () => {
    expect(refusal(buildZip(bloated()))).toBe('returnFile:issue.zipTooLarge');
    expect(refusal(buildZip(workbookParts()), { maxUncompressedBytes: 10 })).toBe(
      'returnFile:issue.zipTooLarge',
    );
  });

  it('reads zip64 central directories and still applies the limits', () => {
    expect(refusal(buildZip(bloated(), { zip64: true }))).toBe('returnFile:issue.zipTooLarge');
    const ok = inspectWorkbookBytes(buildZip(workbookParts(), { zip64: true }));
    expect(ok.ok && ok.entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/workbook.xml']);
  });

  it('refuses a zip with encrypted parts', () => {
    const parts = [
      ...workbookParts(),
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(5), flags: 1 },
    ];
    expect(refusal(buildZip(parts))).toBe('returnFile:issue.zipEncrypted');
  });

  it('tells a Word document and an OpenDocument spreadsheet from a workbook', () => {
    const docx = buildZip([
      { name: '[Content_Types].xml', data: new Uint8Array(3) },
      { name: 'word/document.xml', data: new Uint8Array(3) },
    ]);
    expect(refusal(docx)).toBe('returnFile:issue.notXlsx');
    const ods = buildZip([
      {
        name: 'mimetype',
        data: new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'),
        method: 0,
      },
      { name: 'content.xml', data: new Uint8Array(3) },
    ]);
    expect(refusal(ods)).toBe('returnFile:issue.notXlsxOds');
  });

  it('gives a parse error, not an exception, for a workbook whose parts are garbage', () => {
    const broken = buildZip([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types>') },
      { name: 'xl/workbook.xml', data: new Uint8Array([1, 2, 3]) },
    ]);
    const result = decodeReturn(broken, { digest: sha256 });
    expect(result.value).toBeNull();
    expect(result.issues[0]?.severity).toBe('error');
  });

  it('lets a genuine return file through', () => {
    const bytes = encodeReturn(makeReturn(), { digest: sha256 });
    const guard = inspectWorkbookBytes(bytes);
    expect(guard.ok).toBe(true);
    expect(decodeReturn(bytes, { digest: sha256 }).value).not.toBeNull();
  });
});
