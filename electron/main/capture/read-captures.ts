import type { CapturedMachine } from '../../../shared/capture/captured';
import { captureProblem } from '../../../shared/capture/captured';
import { parseCaptureFile } from '../../../shared/capture/detect';
import type { Message } from '../../../shared/i18n';
import {
  DEFAULT_INVENTORY_LIMITS,
  type InventoryLimits,
  listInventoryFiles,
  readInventoryFile,
} from './inventory-files';

/** Every computer read from the chosen files and folders, with the file each came from. */
export interface CapturesRead {
  items: Array<{ file: string; machine: CapturedMachine }>;
  problems: Message[];
  filesRead: number;
  filesSkipped: number;
}

/**
 * Reads and parses inventory files one at a time (only one file's bytes in memory), reporting
 * progress after each. A file that fails to read or parse becomes a problem; the others go on.
 */
export async function readCaptures(
  paths: readonly string[],
  onProgress: (done: number, total: number, file: string) => void = () => {},
  limits: InventoryLimits = DEFAULT_INVENTORY_LIMITS,
): Promise<CapturesRead> {
  const listing = await listInventoryFiles(paths, limits);
  const read: CapturesRead = {
    items: [],
    problems: [...listing.problems],
    filesRead: 0,
    filesSkipped: listing.skipped,
  };
  const total = listing.files.length;
  onProgress(0, total, '');
  for (const [index, file] of listing.files.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = await readInventoryFile(file, limits.maxFileBytes);
    } catch {
      read.filesSkipped++;
      read.problems.push(captureProblem('import.fileUnreadable', { file: file.name }));
      onProgress(index + 1, total, file.name);
      continue;
    }
    const result = parseCaptureFile(file.name, bytes);
    read.filesRead++;
    // Problems name the file by its base name; a folder import shows the path below the folder.
    read.problems.push(...result.problems.map((p) => ({ ...p, params: { ...p.params, file: file.name } })));
    for (const machine of result.machines) read.items.push({ file: file.name, machine });
    onProgress(index + 1, total, file.name);
  }
  if (total === 0 && read.problems.length === 0) read.problems.push(captureProblem('import.noFiles'));
  return read;
}
