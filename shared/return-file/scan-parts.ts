import { strFromU8, strToU8 } from 'fflate';
import { isLinkFormula } from './check-links';

/** What the raw parts of a verified workbook hold that the spreadsheet parser must not be trusted with. */
export interface PartsScan {
  /** The first part with a document type declaration (<!DOCTYPE or <!ENTITY), or null. */
  doctypePart: string | null;
  /** Parts that link the workbook to other files or programs (xl/externalLinks/…). */
  linkParts: string[];
  /** Parts with a formula reaching outside the workbook (a DDE call or another workbook). */
  linkFormulaParts: string[];
}

const SIG_LOCAL = 0x04034b50;
const LT = 0x3c;
const GT = 0x3e;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const SLASH = 0x2f;
const COLON = 0x3a;
const LETTER_F = 0x66;
const DECLARATIONS = ['DOCTYPE', 'ENTITY'];
/** Text only: formulas never live there, and its many letters would only slow the scan down. */
const SHARED_STRINGS = 'xl/sharedstrings.xml';
/**
 * Parts that are not XML. Any other part may be a sheet whatever its name (the parser finds sheets
 * through the relationships), so every other part is scanned for formulas.
 */
const BINARY_PART = /\.(bin|png|jpe?g|gif|bmp|tiff?|emf|wmf|ico|wdp)$/;

/**
 * Scans the stored (uncompressed) zip that unzipVerified hands back, part by part. A workbook never
 * carries a DTD (the packaging rules forbid one), so any is refused before parsing; links to other
 * files and DDE calls are found in the formula text, which the parser is otherwise told to skip.
 * Native indexOf jumps between the rare bytes that can start either, so a clean file costs little.
 * Only the prolog is looked at for a DTD, since XML allows one nowhere else.
 */
export function scanParts(stored: Uint8Array): PartsScan {
  const scan: PartsScan = { doctypePart: null, linkParts: [], linkFormulaParts: [] };
  for (let at = 0; at + 30 <= stored.length && readU32(stored, at) === SIG_LOCAL; ) {
    const nameLength = readU16(stored, at + 26);
    const start = at + 30 + nameLength + readU16(stored, at + 28);
    const end = Math.min(stored.length, start + readU32(stored, at + 18));
    const name = strFromU8(stored.subarray(at + 30, at + 30 + nameLength));
    const data = asUtf8(stored.subarray(start, end));
    at = end;
    if (scan.doctypePart === null && hasDeclaration(data)) scan.doctypePart = name;
    const lower = name.toLowerCase();
    if (lower.startsWith('xl/externallinks/') && lower.endsWith('.xml') && !lower.includes('/_rels/'))
      scan.linkParts.push(name);
    else if (lower !== SHARED_STRINGS && !BINARY_PART.test(lower) && hasLinkFormula(data))
      scan.linkFormulaParts.push(name);
  }
  return scan;
}

/** Whether the prolog (all before the root element, the only place XML allows one) has a DTD. */
function hasDeclaration(data: Uint8Array): boolean {
  for (let i = data.indexOf(LT); i >= 0; i = data.indexOf(LT, i)) {
    const next = data[i + 1];
    if (next === QUESTION) {
      i = endOf(data, [QUESTION, GT], i + 2);
    } else if (next === BANG && data[i + 2] === DASH && data[i + 3] === DASH) {
      i = endOf(data, [DASH, DASH, GT], i + 4);
    } else {
      return next === BANG && DECLARATIONS.some((word) => matchesUpper(data, i + 2, word));
    }
    if (i < 0) return false;
  }
  return false;
}

/** The index just past the first `sequence` at or after `from`, or -1. */
function endOf(data: Uint8Array, sequence: readonly number[], from: number): number {
  const first = sequence[0] ?? 0;
  for (let i = data.indexOf(first, from); i >= 0; i = data.indexOf(first, i + 1)) {
    if (sequence.every((b, k) => data[i + k] === b)) return i + sequence.length;
  }
  return -1;
}

function matchesUpper(data: Uint8Array, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const b = data[at + k] ?? 0;
    // ASCII upper-casing; the declaration keywords are plain letters.
    if ((b >= 0x61 && b <= 0x7a ? b - 0x20 : b) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether a part has a formula element (<f>, or <x:f> with a prefix) whose text reaches outside. */
function hasLinkFormula(data: Uint8Array): boolean {
  for (let i = data.indexOf(LETTER_F); i >= 0; i = data.indexOf(LETTER_F, i + 1)) {
    if (!isElementName(data, i)) continue;
    const close = data.indexOf(GT, i);
    if (close < 0) return false;
    if (data[close - 1] === SLASH) continue;
    const next = data.indexOf(LT, close);
    const text = unescapeXml(strFromU8(data.subarray(close + 1, next < 0 ? data.length : next)));
    if (isLinkFormula(text)) return true;
    i = close;
  }
  return false;
}

/** The "f" at `i` is a whole element name: after "<" or a namespace prefix, before ">", "/" or a space. */
function isElementName(data: Uint8Array, i: number): boolean {
  const after = data[i + 1];
  if (after !== GT && after !== SLASH && after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d)
    return false;
  const before = data[i - 1];
  if (before === LT) return true;
  if (before !== COLON) return false;
  let k = i - 2;
  while (k >= 0 && isNameByte(data[k] ?? 0)) k--;
  return k < i - 2 && data[k] === LT;
}

function isNameByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (!lower.startsWith('#')) return NAMED_ENTITIES.get(lower) ?? whole;
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    return String.fromCodePoint(code > 0 && code <= 0x10ffff ? code : 0xfffd);
  });
}

/**
 * The part as UTF-8: XML parts may be UTF-16 with a byte-order mark, which the spreadsheet parser
 * reads too, so they are scanned in the same form as every other part.
 */
function asUtf8(data: Uint8Array): Uint8Array {
  const isLittle = data[0] === 0xff && data[1] === 0xfe;
  if (!isLittle && !(data[0] === 0xfe && data[1] === 0xff)) return data;
  let text = '';
  const units: number[] = [];
  for (let i = 2; i + 1 < data.length; i += 2) {
    units.push(
      isLittle ? (data[i] ?? 0) | ((data[i + 1] ?? 0) << 8) : ((data[i] ?? 0) << 8) | (data[i + 1] ?? 0),
    );
    if (units.length === 8192) text += String.fromCharCode(...units.splice(0));
  }
  return strToU8(text + String.fromCharCode(...units));
}

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (readU16(bytes, at) | (readU16(bytes, at + 2) << 16)) >>> 0;
}
