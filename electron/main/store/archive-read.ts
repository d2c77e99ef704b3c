import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { formatSize, readCentralDirectory, type ZipEntry } from '../../../shared/return-file/zip-guard';
import { checkWorkspaceDocument } from './archive-documents';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type ArchiveEntry,
  type ArchiveLimits,
  type ArchiveManifest,
  classifyEntryName,
  DEFAULT_ARCHIVE_LIMITS,
  MANIFEST_NAME,
  MAX_MANIFEST_BYTES,
  manifestSchema,
  RATIO_FLOOR,
} from './archive-format';
import { writeFileAtomic } from './atomic-file';

/** Why an archive was refused: a key under settings:archive.refused and the entry it is about. */
export class ArchiveRefused extends Error {
  constructor(
    readonly reason: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`archive refused: ${reason}`);
  }
}

const SIG_LOCAL = 0x04034b50;

/**
 * Checks an archive entry by entry and writes what it holds into `targetDir`, laid out as a
 * workspace folder. Throws ArchiveRefused at the first problem; the caller removes `targetDir`.
 * Sizes, names and ratios are judged from the zip's directory before anything is inflated; each
 * entry is then inflated with a hard output limit and must match the manifest's size and SHA-256.
 * JSON documents must load as the store loads them and are written back as validated.
 */
export async function unpackArchive(
  bytes: Uint8Array,
  targetDir: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<{ manifest: ArchiveManifest; files: number }> {
  if (bytes.length > limits.maxArchiveBytes)
    throw new ArchiveRefused('tooLarge', {
      size: formatSize(bytes.length),
      limit: formatSize(limits.maxArchiveBytes),
    });
  if (bytes.length < 4 || readU32(bytes, 0) !== SIG_LOCAL) throw new ArchiveRefused('notZip');
  const directory = readCentralDirectory(bytes);
  if (!directory.ok) throw new ArchiveRefused('damaged');
  const entries = checkDirectory(directory.entries, limits);
  const manifestEntry = entries.find((e) => e.kind.kind === 'manifest');
  if (!manifestEntry) throw new ArchiveRefused('noManifest');
  if (manifestEntry.zip.uncompressedSize > MAX_MANIFEST_BYTES)
    throw new ArchiveRefused('badManifest', { entry: MANIFEST_NAME });
  const manifest = readManifest(inflateEntry(bytes, manifestEntry.zip));
  const data = entries.filter((e) => e.kind.kind !== 'manifest' && e.kind.kind !== 'folder');
  const listed = new Map(manifest.files.map((f) => [f.name, f]));
  for (const e of data)
    if (!listed.has(e.zip.name)) throw new ArchiveRefused('notInManifest', { entry: e.zip.name });
  const present = new Set(data.map((e) => e.zip.name));
  for (const f of manifest.files)
    if (!present.has(f.name)) throw new ArchiveRefused('missingEntry', { entry: f.name });

  await mkdir(targetDir, { recursive: true });
  for (const { zip, kind } of data) {
    const content = inflateEntry(bytes, zip);
    const expected = listed.get(zip.name);
    if (!expected || content.length !== expected.bytes || sha256(content) !== expected.sha256)
      throw new ArchiveRefused('digestMismatch', { entry: zip.name });
    await writeFileAtomic(join(targetDir, zip.name), checkContent(zip.name, kind, content));
  }
  return { manifest, files: data.length };
}

interface SortedEntry {
  zip: ZipEntry;
  kind: ArchiveEntry;
}

/** Judges every entry from the zip directory alone: names, repeats, encryption, sizes and ratios. */
function checkDirectory(entries: readonly ZipEntry[], limits: ArchiveLimits): SortedEntry[] {
  if (entries.length > limits.maxEntries)
    throw new ArchiveRefused('tooManyEntries', { count: entries.length, limit: limits.maxEntries });
  const seen = new Set<string>();
  let total = 0;
  const out: SortedEntry[] = [];
  for (const zip of entries) {
    const entry = zip.name;
    const kind = classifyEntryName(entry);
    if (kind.kind === 'unsafe') throw new ArchiveRefused('unsafeName', { entry });
    if (kind.kind === 'unknown') throw new ArchiveRefused('unknownEntry', { entry });
    if (seen.has(entry)) throw new ArchiveRefused('duplicateEntry', { entry });
    seen.add(entry);
    if (zip.isEncrypted) throw new ArchiveRefused('encrypted', { entry });
    if (zip.method !== 0 && zip.method !== 8) throw new ArchiveRefused('entryDamaged', { entry });
    if (zip.uncompressedSize > limits.maxEntryBytes)
      throw new ArchiveRefused('entryTooLarge', {
        entry,
        size: formatSize(zip.uncompressedSize),
        limit: formatSize(limits.maxEntryBytes),
      });
    if (zip.uncompressedSize > RATIO_FLOOR) {
      const ratio = zip.uncompressedSize / Math.max(zip.compressedSize, 1);
      if (ratio > limits.maxRatio)
        throw new ArchiveRefused('bomb', { entry, ratio: Math.round(ratio), limit: limits.maxRatio });
    }
    total += zip.uncompressedSize;
    out.push({ zip, kind });
  }
  if (total > limits.maxTotalBytes)
    throw new ArchiveRefused('tooLargeInflated', {
      size: formatSize(total),
      limit: formatSize(limits.maxTotalBytes),
    });
  return out;
}

/** Inflates one entry to exactly its declared size (never more) and checks its CRC. */
function inflateEntry(bytes: Uint8Array, zip: ZipEntry): Uint8Array {
  const entry = zip.name;
  const header = zip.localOffset;
  if (header + 30 > bytes.length || readU32(bytes, header) !== SIG_LOCAL)
    throw new ArchiveRefused('entryDamaged', { entry });
  const start = header + 30 + readU16(bytes, header + 26) + readU16(bytes, header + 28);
  const end = start + zip.compressedSize;
  if (end > bytes.length) throw new ArchiveRefused('entryDamaged', { entry });
  let data: Uint8Array;
  if (zip.method === 0) data = bytes.subarray(start, end);
  else {
    try {
      // More output than declared stops the inflater: a bomb that lies about its size goes no further.
      data = inflateRawSync(bytes.subarray(start, end), {
        maxOutputLength: Math.max(1, zip.uncompressedSize),
      });
    } catch {
      throw new ArchiveRefused('entryDamaged', { entry });
    }
  }
  if (data.length !== zip.uncompressedSize || crc32(data) !== zip.crc32)
    throw new ArchiveRefused('entryDamaged', { entry });
  return data;
}

function readManifest(bytes: Uint8Array): ArchiveManifest {
  const raw = parseJson(bytes, MANIFEST_NAME);
  const head = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>; // fields checked one by one
  if (head.format !== ARCHIVE_FORMAT) throw new ArchiveRefused('notOurArchive');
  if (typeof head.formatVersion === 'number' && head.formatVersion > ARCHIVE_FORMAT_VERSION)
    throw new ArchiveRefused('newerFormat', { version: head.formatVersion });
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new ArchiveRefused('badManifest', { entry: MANIFEST_NAME });
  return parsed.data;
}

/** Checks one data file by what it is and returns the bytes to write. */
function checkContent(entry: string, kind: ArchiveEntry, content: Uint8Array): Uint8Array {
  if (kind.kind === 'return') {
    // Returns are stored under their SHA-256; the index in central.json finds them by it.
    if (sha256(content) !== kind.sha) throw new ArchiveRefused('returnMismatch', { entry });
    return content;
  }
  const raw = parseJson(content, entry);
  if (kind.kind === 'keys') {
    const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
    const keys = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>; // fields checked below
    if (!isList(keys.assetNos) || !isList(keys.serials))
      throw new ArchiveRefused('invalidDocument', { entry, detail: 'assetNos, serials' });
    return encode({ assetNos: keys.assetNos, serials: keys.serials });
  }
  if (kind.kind !== 'document') throw new ArchiveRefused('unknownEntry', { entry });
  const checked = checkWorkspaceDocument(kind.name, raw);
  if (checked.ok) return encode(checked.data);
  if (checked.reason === 'newer')
    throw new ArchiveRefused('newerDocument', { entry, version: checked.version });
  throw new ArchiveRefused('invalidDocument', { entry, detail: checked.detail });
}

function parseJson(bytes: Uint8Array, entry: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ArchiveRefused('invalidJson', { entry });
  }
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (readU16(bytes, at) | (readU16(bytes, at + 2) << 16)) >>> 0;
}
