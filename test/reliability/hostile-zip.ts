import { constants, crc32, deflateRawSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';

/**
 * A zip entry ready to be written: its deflate data as segments (a segment may repeat, so a part
 * that inflates to gigabytes is held as a few kilobytes), its CRC-32 and its inflated size.
 */
export interface RawEntry {
  name: string;
  segments: Uint8Array[];
  size: number;
  crc: number;
}

/** The final, empty deflate block that ends a stream built from flushed segments. */
const FINAL_BLOCK = deflateRawSync(new Uint8Array(0));

/** An entry deflated in one piece. */
export function deflatedEntry(name: string, data: Uint8Array): RawEntry {
  return { name, segments: [deflateRawSync(data)], size: data.length, crc: crc32(data) };
}

/**
 * An entry whose content arrives in chunks, each deflated on its own and ended with a sync flush, so
 * that neither the content nor its deflate stream is ever held whole by the caller's generator.
 */
export function chunkedEntry(name: string, chunks: Iterable<Uint8Array>): RawEntry {
  const segments: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    segments.push(deflateRawSync(chunk, { level: 1, finishFlush: constants.Z_SYNC_FLUSH }));
    size += chunk.length;
    crc = crc32(chunk, crc);
  }
  segments.push(FINAL_BLOCK);
  return { name, segments, size, crc };
}

/**
 * An entry of `head`, then `chunk` repeated `times` times, then `tail`: the chunk is deflated once
 * with a full flush (no back-reference reaches across it) and its deflate data repeated, which is how
 * a zip bomb is made; the CRC is still computed over every inflated byte, a chunk at a time.
 */
export function repeatedEntry(
  name: string,
  parts: { head: Uint8Array; chunk: Uint8Array; times: number; tail: Uint8Array },
): RawEntry {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const once = deflateRawSync(parts.chunk, flush);
  let crc = crc32(parts.head);
  for (let i = 0; i < parts.times; i++) crc = crc32(parts.chunk, crc);
  crc = crc32(parts.tail, crc);
  return {
    name,
    segments: [
      deflateRawSync(parts.head, flush),
      ...Array.from({ length: parts.times }, () => once),
      deflateRawSync(parts.tail, flush),
      FINAL_BLOCK,
    ],
    size: parts.head.length + parts.chunk.length * parts.times + parts.tail.length,
    crc,
  };
}

/** A plain (non-zip64) zip of the entries, as the byte segments to write out in order. */
export function zipEntries(entries: readonly RawEntry[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = entry.segments.reduce((sum, s) => sum + s.length, 0);
    const flags = name.length === entry.name.length ? 0 : 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    out.push(local, name, ...entry.segments);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(compressed, 20);
    record.writeUInt32LE(entry.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += local.length + name.length + compressed;
  }
  const directorySize = central.reduce((sum, c) => sum + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return [...out, ...central, end];
}

/** The parts of an xlsx by name, to edit as text and zip again. */
export type Parts = Record<string, Uint8Array>;

/** Opens a workbook's zip into its parts. */
export function unzipParts(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

/** Zips parts again (fflate, deflated), in the order given. */
export function zipParts(parts: Parts): Uint8Array {
  return zipSync(parts, { level: 6 });
}
