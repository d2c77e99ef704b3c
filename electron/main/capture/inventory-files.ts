import type { Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { captureProblem } from '../../../shared/capture/captured';
import { listCollectorStickFiles } from '../../../shared/capture/collector';
import { MAX_CAPTURE_BYTES } from '../../../shared/capture/detect';
import type { Message } from '../../../shared/i18n';

/** Bounds on what a folder import reads, so a whole disk chosen by mistake cannot exhaust memory. */
export interface InventoryLimits {
  /** Largest single file read; larger ones are reported and skipped. */
  maxFileBytes: number;
  /** Most files taken from the chosen folders. */
  maxFiles: number;
  /** How deep below a chosen folder to look (the stick's own folder is depth 0). */
  maxDepth: number;
}

export const DEFAULT_INVENTORY_LIMITS: InventoryLimits = {
  maxFileBytes: MAX_CAPTURE_BYTES,
  maxFiles: 5_000,
  maxDepth: 3,
};

/**
 * Extensions looked at inside a folder: JSON (collector, GLPI, PowerShell), XML and .ocs (GLPI and
 * FusionInventory agents), registry exports, and the text outputs of wmic, reg query, dpkg and rpm.
 * A file chosen by name is always read, whatever its extension.
 */
const INVENTORY_EXTENSIONS = new Set([
  '.json',
  '.xml',
  '.ocs',
  '.reg',
  '.txt',
  '.tsv',
  '.csv',
  '.log',
  '.out',
]);

/** Folders of a USB stick that never hold inventories (recycle bin, indexer data, macOS metadata). */
const SKIPPED_FOLDERS =
  /^(\$recycle\.bin|system volume information|recycler|\.trashes|\.spotlight-v100|\.fseventsd)$/i;

/** One inventory file found, not yet read. */
export interface InventoryFile {
  path: string;
  /** The name shown to the clerk: the path relative to the chosen folder. */
  name: string;
  size: number;
}

export interface InventoryListing {
  files: InventoryFile[];
  /** Files passed over, each with the reason (too large, over the limit, unreadable). */
  problems: Message[];
  skipped: number;
}

/**
 * Lists the inventory files behind the chosen paths: a chosen file as is, a chosen folder walked to a
 * few levels, skipping the collector's own scripts, hidden files and symbolic links (a link could
 * loop or lead out of the stick).
 */
export async function listInventoryFiles(
  paths: readonly string[],
  limits: InventoryLimits = DEFAULT_INVENTORY_LIMITS,
): Promise<InventoryListing> {
  const listing: InventoryListing = { files: [], problems: [], skipped: 0 };
  const stickNames = new Set(listCollectorStickFiles().map((f) => f.name.toLowerCase()));
  let isOverLimit = false;

  const take = (file: InventoryFile) => {
    if (listing.files.length >= limits.maxFiles) {
      listing.skipped++;
      isOverLimit = true;
      return;
    }
    if (file.size > limits.maxFileBytes) {
      listing.skipped++;
      listing.problems.push(
        captureProblem('problems.tooLarge', {
          file: file.name,
          limitMb: Math.round(limits.maxFileBytes / 1024 / 1024),
        }),
      );
      return;
    }
    listing.files.push(file);
  };

  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      listing.problems.push(captureProblem('import.folderUnreadable', { folder: prefix || basename(dir) }));
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const entry of entries) {
      const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        if (depth < limits.maxDepth && !SKIPPED_FOLDERS.test(entry.name)) {
          await walk(join(dir, entry.name), name, depth + 1);
        }
        continue;
      }
      if (!entry.isFile()) continue;
      const lower = entry.name.toLowerCase();
      if (stickNames.has(lower) || !INVENTORY_EXTENSIONS.has(extname(lower))) continue;
      const path = join(dir, entry.name);
      try {
        take({ path, name, size: (await lstat(path)).size });
      } catch {
        listing.skipped++;
        listing.problems.push(captureProblem('import.fileUnreadable', { file: name }));
      }
    }
  };

  for (const path of paths) {
    let stats: Awaited<ReturnType<typeof lstat>>;
    try {
      stats = await lstat(path);
    } catch {
      listing.problems.push(captureProblem('import.fileUnreadable', { file: basename(path) }));
      continue;
    }
    if (stats.isDirectory()) await walk(path, '', 0);
    else if (stats.isFile()) take({ path, name: basename(path), size: stats.size });
    else listing.problems.push(captureProblem('import.fileUnreadable', { file: basename(path) }));
  }
  if (isOverLimit) listing.problems.push(captureProblem('import.tooManyFiles', { limit: limits.maxFiles }));
  return listing;
}

/**
 * Reads one listed file, refusing to read past the size limit even if the file grew after it was
 * listed (a stick still being written to).
 */
export async function readInventoryFile(file: InventoryFile, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file.path, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size > maxBytes) throw new RangeError('file grew past the limit');
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}
