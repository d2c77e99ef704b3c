import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { WORKSPACE_DOCUMENT_NAMES } from './archive-documents';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  type ArchiveManifest,
  classifyEntryName,
  MANIFEST_NAME,
  type ManifestFile,
  RETURNS_FOLDER,
} from './archive-format';
import { writeFileAtomic } from './atomic-file';

export interface ArchiveMeta {
  programVersion: string;
  createdAt: Date;
  workspace: ArchiveManifest['workspace'];
}

/** The workspace's own files, as archive entry names: its documents and its stored return files. */
export async function listWorkspaceFiles(workspaceDir: string): Promise<string[]> {
  const top = new Set(await readdir(workspaceDir));
  const names: string[] = WORKSPACE_DOCUMENT_NAMES.filter((n) => top.has(n));
  let stored: string[] = [];
  try {
    stored = await readdir(join(workspaceDir, RETURNS_FOLDER));
  } catch {
    // No return imported yet.
  }
  for (const file of stored.sort()) {
    const name = `${RETURNS_FOLDER}/${file}`;
    const kind = classifyEntryName(name).kind;
    if (kind === 'return' || kind === 'keys') names.push(name);
  }
  return names;
}

/**
 * Writes the whole workspace as one zip with a manifest of every file's size and SHA-256, atomically:
 * the target holds the old file or the complete archive, never a part. Return workbooks are stored
 * as they are (they are zips already); the JSON documents are deflated.
 */
export async function writeWorkspaceArchive(
  workspaceDir: string,
  target: string,
  meta: ArchiveMeta,
): Promise<{ bytes: number; files: number }> {
  const names = await listWorkspaceFiles(workspaceDir);
  const mtime = meta.createdAt;
  const entries: Zippable = {};
  const files: ManifestFile[] = [];
  for (const name of names) {
    const data = new Uint8Array(await readFile(join(workspaceDir, name)));
    files.push({ name, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') });
    entries[name] = [data, { level: name.endsWith('.xlsx') ? 0 : 6, mtime }];
  }
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    programVersion: meta.programVersion,
    createdAt: meta.createdAt.toISOString(),
    workspace: meta.workspace,
    files,
  };
  entries[MANIFEST_NAME] = [new TextEncoder().encode(JSON.stringify(manifest, null, 2)), { level: 6, mtime }];
  const zip = zipSync(entries);
  await writeFileAtomic(target, zip);
  return { bytes: zip.length, files: files.length };
}
