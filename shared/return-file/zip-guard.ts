import type { IssueKey, IssueParams } from './issues';
import { classifyOleFile } from './ole-kind';

/** Limits checked before any byte is inflated. */
export interface ZipLimits {
  maxBytes: number;
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of a part bigger than RATIO_FLOOR. */
  maxRatio: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxUncompressedBytes: 500 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 10_000,
};

/** Small parts can have silly ratios harmlessly (a 1 MB run of spaces); only bigger ones are judged. */
const RATIO_FLOOR = 1024 * 1024;

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  isEncrypted: boolean;
  /** CRC-32 of the uncompressed entry as the central directory declares it. */
  crc32: number;
  /** Compression method (0 stored, 8 deflated) and general-purpose flags, from the central directory. */
  method: number;
  flags: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

export type GuardResult =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; key: IssueKey; params?: IssueParams };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Decides from the bytes alone whether they may be handed to the spreadsheet parser: the size, the
 * file signature, and the zip central directory's declared sizes (a zip bomb is refused unopened).
 */
export function inspectWorkbookBytes(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): GuardResult {
  if (bytes.length === 0) return fail('fileEmpty');
  if (bytes.length > limits.maxBytes) {
    return fail('fileTooLarge', { size: formatSize(bytes.length), limit: formatSize(limits.maxBytes) });
  }
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) return fail(classifyOleFile(bytes));
  if (bytes.length < 4 || readU32(bytes, 0) !== SIG_LOCAL) {
    return fail(looksLikeText(bytes) ? 'textNotWorkbook' : 'notZip');
  }
  const directory = readCentralDirectory(bytes);
  if (!directory.ok) return directory;
  return checkEntries(directory.entries, limits);
}

function checkEntries(entries: ZipEntry[], limits: ZipLimits): GuardResult {
  if (entries.length > limits.maxEntries) {
    return fail('zipTooManyEntries', { count: entries.length, limit: limits.maxEntries });
  }
  let total = 0;
  const names = new Set<string>();
  for (const entry of entries) {
    if (entry.isEncrypted) return fail('zipEncrypted', { entry: entry.name });
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > RATIO_FLOOR) {
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (ratio > limits.maxRatio) {
        return fail('zipRatio', { entry: entry.name, ratio: Math.round(ratio), limit: limits.maxRatio });
      }
    }
    names.add(entry.name.toLowerCase());
  }
  if (total > limits.maxUncompressedBytes) {
    return fail('zipTooLarge', { size: formatSize(total), limit: formatSize(limits.maxUncompressedBytes) });
  }
  if (names.has('mimetype') && names.has('content.xml')) return fail('notXlsxOds');
  for (const required of ['[Content_Types].xml', 'xl/workbook.xml']) {
    if (!names.has(required.toLowerCase())) return fail('notXlsx', { entry: required });
  }
  return { ok: true, entries };
}

/** Reads the End Of Central Directory record (zip64 too) and every central directory entry. */
export function readCentralDirectory(bytes: Uint8Array): GuardResult {
  const eocd = findEocd(bytes);
  if (eocd < 0) return fail('truncated');
  if (readU16(bytes, eocd + 4) !== 0 || readU16(bytes, eocd + 6) !== 0) return fail('notZip');
  let count = readU16(bytes, eocd + 10);
  let size = readU32(bytes, eocd + 12);
  let offset = readU32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || readU32(bytes, locator) !== SIG_ZIP64_LOCATOR) return fail('truncated');
    const record = readU64(bytes, locator + 8);
    if (record + 56 > bytes.length || readU32(bytes, record) !== SIG_ZIP64_EOCD) return fail('truncated');
    count = readU64(bytes, record + 32);
    size = readU64(bytes, record + 40);
    offset = readU64(bytes, record + 48);
  }
  if (offset + size > bytes.length || offset > eocd) return fail('truncated');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || readU32(bytes, at) !== SIG_CENTRAL) return fail('truncated');
    const flags = readU16(bytes, at + 8);
    let compressedSize = readU32(bytes, at + 20);
    let uncompressedSize = readU32(bytes, at + 24);
    const nameLength = readU16(bytes, at + 28);
    const extraLength = readU16(bytes, at + 30);
    const commentLength = readU16(bytes, at + 32);
    let localOffset = readU32(bytes, at + 42);
    const name = readName(bytes, at + 46, nameLength);
    const extra = at + 46 + nameLength;
    if (extra + extraLength + commentLength > offset + size) return fail('truncated');
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const wide = readZip64Extra(bytes, extra, extraLength, {
        uncompressed: uncompressedSize === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localOffset === 0xffffffff,
      });
      if (wide === undefined) return fail('truncated');
      uncompressedSize = wide.uncompressedSize ?? uncompressedSize;
      compressedSize = wide.compressedSize ?? compressedSize;
      localOffset = wide.localOffset ?? localOffset;
    }
    if (localOffset + 30 > offset || readU32(bytes, localOffset) !== SIG_LOCAL) return fail('truncated');
    if (localOffset + 30 + compressedSize > offset) return fail('truncated');
    const crc32 = readU32(bytes, at + 16);
    const method = readU16(bytes, at + 10);
    entries.push({
      name,
      compressedSize,
      uncompressedSize,
      isEncrypted: (flags & 1) === 1,
      crc32,
      method,
      flags,
      localOffset,
    });
    at = extra + extraLength + commentLength;
  }
  return { ok: true, entries };
}

function findEocd(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (
      bytes[i] === 0x50 &&
      readU32(bytes, i) === SIG_EOCD &&
      i + 22 + readU16(bytes, i + 20) <= bytes.length
    ) {
      return i;
    }
  }
  return -1;
}

interface WideSizes {
  uncompressedSize?: number;
  compressedSize?: number;
  localOffset?: number;
}

/** The zip64 extended information extra field holds, in order, only the values that overflowed. */
function readZip64Extra(
  bytes: Uint8Array,
  start: number,
  length: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): WideSizes | undefined {
  for (let at = start; at + 4 <= start + length; ) {
    const id = readU16(bytes, at);
    const size = readU16(bytes, at + 2);
    if (id === 0x0001) {
      const sizes: WideSizes = {};
      let field = at + 4;
      const end = at + 4 + size;
      if (wanted.uncompressed) {
        if (field + 8 > end) return undefined;
        sizes.uncompressedSize = readU64(bytes, field);
        field += 8;
      }
      if (wanted.compressed) {
        if (field + 8 > end) return undefined;
        sizes.compressedSize = readU64(bytes, field);
        field += 8;
      }
      if (wanted.offset) {
        if (field + 8 > end) return undefined;
        sizes.localOffset = readU64(bytes, field);
      }
      return sizes;
    }
    at += 4 + size;
  }
  return undefined;
}

function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f) return false;
  }
  return true;
}

function readName(bytes: Uint8Array, start: number, length: number): string {
  let name = '';
  for (let i = start; i < start + length && i < bytes.length; i++) name += String.fromCharCode(bytes[i] ?? 0);
  return name;
}

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (readU16(bytes, at) | (readU16(bytes, at + 2) << 16)) >>> 0;
}

/** Zip64 values; sizes beyond 2^53 are absurd here and still compare as too large. */
function readU64(bytes: Uint8Array, at: number): number {
  return readU32(bytes, at) + readU32(bytes, at + 4) * 0x1_0000_0000;
}

function fail(key: IssueKey, params?: IssueParams): GuardResult {
  return params === undefined ? { ok: false, key } : { ok: false, key, params };
}

/** A byte count for people: 12.3 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}
