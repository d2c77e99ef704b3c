import { statSync } from 'node:fs';
import { revisionOf } from '../../store/document';

/**
 * A key that changes whenever any of the files is rewritten: every store write renames a new file
 * into place, so inode, time or size change with it.
 */
export function readFilesRevision(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const s = statSync(file, { bigint: true });
        return `${file}|${revisionOf(file)}|${s.ino}|${s.mtimeNs}|${s.size}`;
      } catch {
        return `${file}|${revisionOf(file)}|unwritten`;
      }
    })
    .join('\n');
}

/** Keeps the last computed value until the revision key changes. */
export function createRevisionMemo<T>(): (revision: string, compute: () => T) => T {
  let last: { revision: string; value: T } | null = null;
  return (revision, compute) => {
    if (last?.revision === revision) return last.value;
    const value = compute();
    last = { revision, value };
    return value;
  };
}
