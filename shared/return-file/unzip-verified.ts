import { strToU8, unzipSync } from 'fflate';
import type { ZipEntry } from './zip-guard';

/** CRC-32 tables for eight bytes at a time ("slicing by 8"); table 0 is the usual bytewise table. */
const CRC_TABLES = (() => {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
  const first = tables[0]!;
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    first[n] = c >>> 0;
  }
  for (let t = 1; t < 8; t++) {
    const previous = tables[t - 1]!;
    const table = tables[t]!;
    for (let n = 0; n < 256; n++) table[n] = (previous[n]! >>> 8) ^ first[previous[n]! & 0xff]!;
  }
  return tables;
})();

/** CRC-32 (IEEE 802.3), as zip files record it; eight bytes a step, since every entry is checked. */
export function crc32(data: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ]; // eight tables built above
  let crc = 0xffffffff;
  let i = 0;
  const whole = data.length - (data.length % 8);
  for (; i < whole; i += 8) {
    const a = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) ^ crc;
    const b = data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24);
    crc =
      t7[a & 0xff]! ^
      t6[(a >>> 8) & 0xff]! ^
      t5[(a >>> 16) & 0xff]! ^
      t4[a >>> 24]! ^
      t3[b & 0xff]! ^
      t2[(b >>> 8) & 0xff]! ^
      t1[(b >>> 16) & 0xff]! ^
      t0[b >>> 24]!;
  }
  for (; i < data.length; i++) crc = t0[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A hardened raw-deflate inflater and CRC-32 supplied by the caller (node:zlib in the workers). */
export interface UnzipTools {
  /** Inflates raw deflate data to at most `maxSize` bytes; throws on bad data or more output. */
  inflateRaw(deflated: Uint8Array, maxSize: number): Uint8Array;
  crc32(bytes: Uint8Array): number;
}

/**
 * Inflates every entry with a hardened inflater and checks each one's size and CRC against the
 * central directory, then hands back the same workbook stored uncompressed. Damaged bytes are
 * caught here, so the spreadsheet parser never inflates hostile data itself (its inflater can
 * spin forever on some corruptions). Null when any entry is damaged. Given `tools` (native zlib),
 * inflating and checking take a fraction of the time of the JavaScript inflater and CRC.
 */
export function unzipVerified(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  tools?: UnzipTools,
): Uint8Array | null {
  const stored =
    tools === undefined ? inflateEntries(bytes, entries) : inflateEntriesWith(tools, bytes, entries);
  return stored === null ? null : writeStoredZip(stored);
}

function inflateEntries(bytes: Uint8Array, entries: readonly ZipEntry[]): StoredEntry[] | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return null;
  }
  const expected = new Map(entries.map((e) => [e.name, e]));
  const names = Object.keys(files);
  if (names.length !== entries.length) return null;
  const stored: StoredEntry[] = [];
  for (const name of names) {
    const data = files[name];
    const entry = expected.get(name);
    if (!data || !entry || data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) return null;
    stored.push(storedEntry(name, data, entry.crc32));
  }
  return stored;
}

/** The same checks with the caller's inflater, entry by entry from the central directory. */
function inflateEntriesWith(
  tools: UnzipTools,
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
): StoredEntry[] | null {
  const seen = new Set<string>();
  const stored: StoredEntry[] = [];
  for (const entry of entries) {
    // A repeated name, or a name flagged UTF-8 whose bytes are not ASCII, is refused as the JavaScript
    // path refuses it (there the name read as UTF-8 never matches the directory's bytewise name).
    if (seen.has(entry.name) || ((entry.flags & 0x0800) !== 0 && !isAscii(entry.name))) return null;
    seen.add(entry.name);
    const header = entry.localOffset;
    if (header + 30 > bytes.length) return null;
    const start = header + 30 + readU16(bytes, header + 26) + readU16(bytes, header + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) return null;
    let data: Uint8Array;
    if (entry.method === 0) data = bytes.subarray(start, end);
    else if (entry.method === 8) {
      try {
        data = tools.inflateRaw(bytes.subarray(start, end), entry.uncompressedSize);
      } catch {
        return null;
      }
    } else return null;
    if (data.length !== entry.uncompressedSize || tools.crc32(data) !== entry.crc32) return null;
    stored.push(storedEntry(entry.name, data, entry.crc32));
  }
  return stored;
}

function storedEntry(name: string, data: Uint8Array, crc: number): StoredEntry {
  const encoded = strToU8(name);
  return { name: encoded, isUtf8: encoded.length !== name.length, data, crc };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

interface StoredEntry {
  /** The name in UTF-8; flagged as such when it is not plain ASCII. */
  name: Uint8Array;
  isUtf8: boolean;
  data: Uint8Array;
  /** Checked equal to the data's CRC, so it is written without working it out again. */
  crc: number;
}

/** A zip of stored (uncompressed) entries; null past what a zip without zip64 can hold. */
function writeStoredZip(entries: readonly StoredEntry[]): Uint8Array | null {
  let localSize = 0;
  let centralSize = 0;
  for (const e of entries) {
    localSize += 30 + e.name.length + e.data.length;
    centralSize += 46 + e.name.length;
  }
  if (localSize + centralSize > 0xffffffff || entries.length > 0xffff) return null;
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localSize;
  for (const e of entries) {
    const flags = e.isUtf8 ? 0x0800 : 0;
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, flags, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.data.length, true);
    view.setUint16(at + 26, e.name.length, true);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    view.setUint32(central, 0x02014b50, true);
    view.setUint16(central + 4, 20, true);
    view.setUint16(central + 6, 20, true);
    view.setUint16(central + 8, flags, true);
    view.setUint32(central + 16, e.crc, true);
    view.setUint32(central + 20, e.data.length, true);
    view.setUint32(central + 24, e.data.length, true);
    view.setUint16(central + 28, e.name.length, true);
    view.setUint32(central + 42, at, true);
    out.set(e.name, central + 46);
    at += 30 + e.name.length + e.data.length;
    central += 46 + e.name.length;
  }
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}
