import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CollectorStickFile } from '../../../shared/capture/collector';

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** The bytes of one stick file: UTF-8, with a byte-order mark where the file asks for one. */
export function encodeStickFile(file: CollectorStickFile): Uint8Array {
  const body = new TextEncoder().encode(file.text);
  if (!file.hasBom) return body;
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
}

/**
 * Writes the collector files into a folder (the root of a USB stick), replacing older copies. The
 * shell script is made executable where the file system keeps permissions; FAT and exFAT sticks do
 * not, which is why the instructions say `sh zhengban-collect.sh`.
 */
export async function writeCollectorStick(
  dir: string,
  files: readonly CollectorStickFile[],
): Promise<Array<{ name: string; bytes: number }>> {
  const written: Array<{ name: string; bytes: number }> = [];
  for (const file of files) {
    const path = join(dir, file.name);
    const bytes = encodeStickFile(file);
    await writeFile(path, bytes, { mode: file.isExecutable ? 0o755 : 0o644 });
    if (file.isExecutable) {
      // writeFile's mode applies only to a new file; an older copy keeps its mode unless changed.
      await chmod(path, 0o755).catch(() => undefined);
    }
    written.push({ name: file.name, bytes: bytes.length });
  }
  return written;
}
