import { access, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReturnKeys } from '../../../shared/merge/merge-types';
import { writeFileAtomic } from '../store/atomic-file';

/** Folder of the workspace holding return files as received, named by their SHA-256. */
export function returnsDir(workspaceDir: string): string {
  return join(workspaceDir, 'returns');
}

/** Path of a stored return file. */
export function returnFilePath(dir: string, sha: string): string {
  return join(dir, `${sha}.xlsx`);
}

function keysPath(dir: string, sha: string): string {
  return join(dir, `${sha}.keys.json`);
}

/**
 * Stores a return file and its asset/serial keys. Content-addressed: a file already there is the
 * same bytes and is never rewritten.
 */
export async function storeReturnFile(
  dir: string,
  sha: string,
  bytes: Uint8Array,
  keys: ReturnKeys,
): Promise<void> {
  if (!(await exists(returnFilePath(dir, sha)))) await writeFileAtomic(returnFilePath(dir, sha), bytes);
  if (!(await exists(keysPath(dir, sha)))) await writeFileAtomic(keysPath(dir, sha), JSON.stringify(keys));
}

/** Reads the asset/serial keys stored beside a return file. */
export async function readReturnKeys(dir: string, sha: string): Promise<ReturnKeys> {
  const raw: unknown = JSON.parse(await readFile(keysPath(dir, sha), 'utf8'));
  const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const r = raw as Partial<Record<keyof ReturnKeys, unknown>>; // checked field by field below
  return { assetNos: isList(r.assetNos) ? r.assetNos : [], serials: isList(r.serials) ? r.serials : [] };
}

/** Removes stored files no index entry refers to (parsed in a batch, then refused by the merge rules). */
export async function removeUnreferenced(
  dir: string,
  keep: ReadonlySet<string>,
  candidates: readonly string[],
): Promise<void> {
  for (const sha of candidates) {
    if (keep.has(sha)) continue;
    await rm(returnFilePath(dir, sha), { force: true });
    await rm(keysPath(dir, sha), { force: true });
  }
}

/** Hashes of every stored return file, for checks and clean-up. */
export async function listStoredShas(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => /^[0-9a-f]{64}\.xlsx$/.test(f)).map((f) => f.slice(0, 64));
  } catch {
    return [];
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
