import { createHash } from 'node:crypto';
import * as XLSX from 'xlsx';
import { generateDemoReturns } from '../../shared/demo';
import { encodeReturn, type ReturnData } from '../../shared/return-file';
import {
  addExternalLinks,
  addSheets,
  cellText,
  coverRow,
  deleteSheet,
  escapeXml,
  formulaCell,
  inlineCell,
  partText,
  permuteColumns,
  setCell,
  setPartText,
  sheetPart,
} from './hostile-sheets';
import {
  chunkedEntry,
  deflatedEntry,
  type Parts,
  type RawEntry,
  repeatedEntry,
  unzipParts,
  zipEntries,
  zipParts,
} from './hostile-zip';

/**
 * The hostile-input corpus: every file is made here at test time (nothing binary is kept in the
 * repository), from the demo city's returns where a file starts as a genuine export.
 */

/** A file of the corpus: its name in the inbox and its bytes, in segments written one after another. */
export interface HostileFile {
  fileName: string;
  segments: Uint8Array[];
}

/** A genuine return of one demo unit: what its office exported. */
export interface SourceReturn {
  data: ReturnData;
  bytes: Uint8Array;
}

export const MACHINES = '计算机台账';
const MiB = 1024 * 1024;

/** SHA-256 hex, as the program computes it. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Genuine returns of `count` demo units of one period, each exported by its own office. */
export function makeSourceReturns(count: number, period: string): SourceReturn[] {
  const out: SourceReturn[] = [];
  for (const { data } of generateDemoReturns({
    units: count,
    machinesPerUnit: 4,
    seed: 20260301,
    period,
    programVersion: '1.0.0',
  })) {
    out.push({ data, bytes: encodeReturn(data, { digest: sha256 }) });
  }
  return out;
}

const one = (fileName: string, bytes: Uint8Array): HostileFile => ({ fileName, segments: [bytes] });

/** A zero-byte file. */
export function emptyFile(): HostileFile {
  return one('空文件.xlsx', new Uint8Array(0));
}

/** Noise from a fixed-seed generator (xorshift32), so every run sees the same bytes. */
export function randomBytes(length = 64 * 1024): HostileFile {
  const bytes = new Uint8Array(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return one('随机字节.xlsx', bytes);
}

/** A UTF-8 CSV ledger saved under an .xlsx name. */
export function csvRenamed(): HostileFile {
  const csv = '计算机编号,资产编号,使用人\r\nm1,000123,张三\r\nm2,000124,李四\r\n';
  return one('台账CSV改名.xlsx', new TextEncoder().encode(csv));
}

/**
 * "资产编号,使用人 / 000123,张三" as a Chinese-Windows program writes CSV (GBK), encoded by hand:
 * 资 D7CA 产 B2FA 编 B1E0 号 BAC5 使 CAB9 用 D3C3 人 C8CB 张 D5C5 三 C8FD.
 */
export const GBK_CSV = Uint8Array.from([
  0xd7, 0xca, 0xb2, 0xfa, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xca, 0xb9, 0xd3, 0xc3, 0xc8, 0xcb, 0x0d, 0x0a, 0x30,
  0x30, 0x30, 0x31, 0x32, 0x33, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0d, 0x0a,
]);

/** The GBK CSV under an .xlsx name. */
export function gbkCsvRenamed(): HostileFile {
  return one('GBK编码CSV改名.xlsx', GBK_CSV);
}

/** A genuine return cut in half, as an interrupted download leaves it. */
export function truncatedReturn(src: SourceReturn): HostileFile {
  return one('下载中断.xlsx', src.bytes.slice(0, Math.floor(src.bytes.length / 2)));
}

/** The parts of a genuine return with the machine ledger's part swapped for `entry`. */
function withMachineSheet(
  src: SourceReturn,
  entry: (name: string, original: string) => RawEntry,
): RawEntry[] {
  const parts = unzipParts(src.bytes);
  const target = sheetPart(parts, MACHINES);
  return Object.entries(parts).map(([name, bytes]) =>
    name === target ? entry(name, partText(parts, name)) : deflatedEntry(name, bytes),
  );
}

/** The sheet XML before the first data row (row 3) and from the end of the sheet data on. */
function splitAroundData(sheetXml: string): { head: string; tail: string } {
  const start = sheetXml.indexOf('<row r="3"');
  const end = sheetXml.indexOf('</sheetData>');
  if (start < 0 || end < 0) throw new Error('unexpected sheet layout');
  return { head: sheetXml.slice(0, start), tail: sheetXml.slice(end) };
}

/** One machine row as a person would fill it in, without cell references (they are optional). */
function machineRowTemplate(id: string): string {
  const values = [
    `PC${id}`,
    `ZC-2019-${id}`,
    '张晓梅',
    '办公室',
    '台式机',
    '联想',
    '启天M430',
    `SN${id}`,
    'x86',
    '内网',
    '2019-05-12',
    '在用',
    `BGS-PC-${id}`,
    `4C4C4544-0031-${id}`,
  ];
  return `<row>${values.map((v) => `<c t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`).join('')}</row>`;
}

/** Rows of the zip bomb, each of one mebibyte. */
const BOMB_ROWS = 1100;

/**
 * A zip bomb: the machine ledger's part inflates to more than 1 GB — 1,100 rows, each one cell of a
 * mebibyte of the same letter, whose deflate data is made once and repeated — in a file of about a
 * megabyte.
 */
export function zipBomb(src: SourceReturn): HostileFile {
  const enc = new TextEncoder();
  const entries = withMachineSheet(src, (name, original) => {
    const { head, tail } = splitAroundData(original);
    const open = '<row><c t="inlineStr"><is><t>';
    const close = '</t></is></c></row>';
    const chunk = enc.encode(`${open}${'A'.repeat(MiB - open.length - close.length)}${close}`);
    return repeatedEntry(name, { head: enc.encode(head), chunk, times: BOMB_ROWS, tail: enc.encode(tail) });
  });
  return { fileName: '压缩炸弹.xlsx', segments: zipEntries(entries) };
}

/** Rows made 20,000 at a time from a byte template whose seven-digit numbers are filled in place. */
function* millionRows(count: number): Generator<Uint8Array> {
  const template = Buffer.from(machineRowTemplate('#######'));
  const holes: number[] = [];
  for (let at = template.indexOf('#######'); at >= 0; at = template.indexOf('#######', at + 7))
    holes.push(at);
  const perChunk = 20_000;
  for (let first = 1; first <= count; first += perChunk) {
    const rows = Math.min(perChunk, count - first + 1);
    const chunk = Buffer.allocUnsafe(rows * template.length);
    for (let r = 0; r < rows; r++) {
      const base = r * template.length;
      template.copy(chunk, base);
      let n = first + r;
      for (let d = 6; d >= 0; d--) {
        const digit = 0x30 + (n % 10);
        for (const hole of holes) chunk[base + hole + d] = digit;
        n = Math.floor(n / 10);
      }
    }
    yield chunk;
  }
}

/** Head, body and tail as one stream of chunks, made as they are consumed. */
function* framed(head: Uint8Array, body: Iterable<Uint8Array>, tail: Uint8Array): Generator<Uint8Array> {
  yield head;
  yield* body;
  yield tail;
}

/** A return whose machine ledger has 1,000,000 filled-in rows, streamed into the zip chunk by chunk. */
export function millionRowReturn(src: SourceReturn, rows = 1_000_000): HostileFile {
  const enc = new TextEncoder();
  const entries = withMachineSheet(src, (name, original) => {
    const { head, tail } = splitAroundData(original);
    return chunkedEntry(name, framed(enc.encode(head), millionRows(rows), enc.encode(tail)));
  });
  return { fileName: '一百万行.xlsx', segments: zipEntries(entries) };
}

/** Edits a genuine return's parts and zips them again. */
function edited(src: SourceReturn, fileName: string, edit: (parts: Parts) => void): HostileFile {
  const parts = unzipParts(src.bytes);
  edit(parts);
  return one(fileName, zipParts(parts));
}

function editSheet(parts: Parts, sheet: string, edit: (xml: string) => string): void {
  const name = sheetPart(parts, sheet);
  setPartText(parts, name, edit(partText(parts, name)));
}

/** The longest text a cell can hold (32,767 characters): once in 使用人 (≤ 64), once in 备注 (≤ 32,767). */
export const LONGEST_CELL = 32_767;

export function longCells(src: SourceReturn): HostileFile {
  return edited(src, '超长单元格.xlsx', (parts) =>
    editSheet(parts, MACHINES, (xml) => {
      const notes = '备注'.repeat(LONGEST_CELL).slice(0, LONGEST_CELL);
      return setCell(
        setCell(xml, 'C4', inlineCell('C4', '张'.repeat(LONGEST_CELL))),
        'O3',
        inlineCell('O3', notes),
      );
    }),
  );
}

/** The DDE payload of the formula case, as typed in Excel after "=". */
export const DDE_FORMULA = "cmd|' /C calc'!A0";
/** A formula reading a cell of another workbook through external link 1. */
export const EXTERNAL_FORMULA = '[1]Sheet1!$A$1';

/**
 * Formula cells that call out (DDE) and read another workbook, each showing the genuine value as its
 * last result (so the data digest still matches), and the external-link parts Excel writes for them.
 */
export function formulaLinks(src: SourceReturn): HostileFile {
  return edited(src, '公式与外部链接.xlsx', (parts) => {
    const sheet = sheetPart(parts, MACHINES);
    const xml = partText(parts, sheet);
    const user = cellText(parts, xml, 'C3');
    const department = cellText(parts, xml, 'D3');
    setPartText(
      parts,
      sheet,
      setCell(
        setCell(xml, 'C3', formulaCell('C3', DDE_FORMULA, user)),
        'D3',
        formulaCell('D3', EXTERNAL_FORMULA, department),
      ),
    );
    addExternalLinks(parts, user);
  });
}

/** The classic "billion laughs": ten levels of entities, each ten of the one below. */
export function billionLaughs(src: SourceReturn): HostileFile {
  return edited(src, '实体膨胀.xlsx', (parts) => {
    const levels = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++)
      levels.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const doctype = `<!DOCTYPE sst [${levels.join('')}]>`;
    const sst = partText(parts, 'xl/sharedStrings.xml');
    const withDoctype = sst
      .replace(/(<\?xml[^>]*\?>)/, `$1${doctype}`)
      .replace(/<si><t>([^<]*)<\/t><\/si>/, '<si><t>&lol9;</t></si>');
    setPartText(parts, 'xl/sharedStrings.xml', withDoctype);
  });
}

export const PROTO_NAMES = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * Sheets named __proto__, constructor and prototype, the same names as column keys of the machine
 * ledger (with JSON-looking values) and as a cover key.
 */
export function prototypeNames(src: SourceReturn): HostileFile {
  return edited(src, '原型污染名称.xlsx', (parts) => {
    editSheet(parts, MACHINES, (xml) => {
      let out = xml;
      PROTO_NAMES.forEach((name, i) => {
        const col = String.fromCharCode(81 + i); // Q, R, S: right of the 16 columns A–P
        out = setCell(out, `${col}1`, inlineCell(`${col}1`, name));
        out = setCell(out, `${col}2`, inlineCell(`${col}2`, name));
        out = setCell(out, `${col}3`, inlineCell(`${col}3`, '{"polluted":true}'));
      });
      return out;
    });
    editSheet(parts, '封面', (xml) => {
      const rows = PROTO_NAMES.map(
        (name, i) =>
          `<row r="${40 + i}">${inlineCell(`B${40 + i}`, 'polluted')}${inlineCell(`C${40 + i}`, name)}</row>`,
      );
      return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
    });
    addSheets(parts, PROTO_NAMES);
  });
}

/** Typed view of the compound-file (OLE) writer bundled with SheetJS. */
interface CfbWriter {
  utils: { cfb_new(): object; cfb_add(cfb: object, name: string, content: Uint8Array): void };
  write(cfb: object, opts: { type: 'buffer' }): Uint8Array;
}

/**
 * What Excel saves when a workbook gets an opening password: an OLE compound file with the
 * EncryptionInfo and EncryptedPackage streams instead of a zip.
 */
export function passwordProtected(): HostileFile {
  const cfb = XLSX.CFB as CfbWriter; // SheetJS types its bundled CFB library as any
  const doc = cfb.utils.cfb_new();
  const info = new TextEncoder().encode(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>',
  );
  cfb.utils.cfb_add(doc, 'EncryptionInfo', Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...info]));
  const sealed = randomBytes(8192).segments[0] ?? new Uint8Array(0);
  cfb.utils.cfb_add(doc, 'EncryptedPackage', Uint8Array.from([0x00, 0x20, 0, 0, 0, 0, 0, 0, ...sealed]));
  return one('设置了打开密码.xlsx', Uint8Array.from(cfb.write(doc, { type: 'buffer' })));
}

/** A genuine return saved again by SheetJS as an Excel 97–2003 (.xls, BIFF8) workbook, keeping the .xlsx name. */
export function legacyXls(src: SourceReturn): HostileFile {
  const workbook = XLSX.read(src.bytes, { type: 'array' });
  const out: unknown = XLSX.write(workbook, { type: 'buffer', bookType: 'biff8' });
  if (!(out instanceof Uint8Array)) throw new Error('no bytes');
  return one('旧版xls另存.xlsx', Uint8Array.from(out));
}

/** The schema version on the cover raised to 2, as a newer program would write. */
export function newerVersion(src: SourceReturn): HostileFile {
  return edited(src, '新版格式.xlsx', (parts) => {
    const row = coverRow(parts, 'schema_version');
    editSheet(parts, '封面', (xml) => setCell(xml, `B${row}`, `<c r="B${row}"><v>2</v></c>`));
  });
}

/** A required ledger sheet deleted (workbook entry, relationship, content type and part). */
export function missingSheet(src: SourceReturn, sheet: string): HostileFile {
  return edited(src, '缺少工作表.xlsx', (parts) => deleteSheet(parts, sheet));
}

/** Key of the machine column renamed in the shuffled case; the demo leaves it empty on every row. */
export const RENAMED_KEY = { from: 'uuid', to: '硬件标识码' } as const;

/**
 * The machine ledger's 16 columns in reverse order, every Chinese header reworded and the key of the
 * (empty) hardware UUID column renamed, as a clerk tidying the sheet might leave it.
 */
export function shuffledColumns(src: SourceReturn): HostileFile {
  return edited(src, '列顺序和列名改动.xlsx', (parts) =>
    editSheet(parts, MACHINES, (xml) => {
      let out = xml;
      for (let c = 0; c < 16; c++) {
        const ref = `${String.fromCharCode(65 + c)}1`;
        out = setCell(out, ref, inlineCell(ref, `${cellText(parts, xml, ref)}（本单位）`));
        const keyRef = `${String.fromCharCode(65 + c)}2`;
        if (cellText(parts, xml, keyRef) === RENAMED_KEY.from)
          out = setCell(out, keyRef, inlineCell(keyRef, RENAMED_KEY.to));
      }
      return permuteColumns(
        out,
        Array.from({ length: 16 }, (_, c) => 15 - c),
      );
    }),
  );
}

/** The user of the first machine changed after export, the cover's data digest left as it was. */
export const EDITED_USER = '王五六';

export function editedData(src: SourceReturn): HostileFile {
  return edited(src, '导出后改过数据.xlsx', (parts) =>
    editSheet(parts, MACHINES, (xml) => setCell(xml, 'C3', inlineCell('C3', EDITED_USER))),
  );
}
