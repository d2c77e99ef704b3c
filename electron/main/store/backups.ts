import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract';
import { writeFileAtomic } from './atomic-file';

const MANIFEST = 'manifest.json';

/**
 * Copies a workspace's JSON documents into backups/<stamp>-<reason>/, writing the manifest last
 * so that a backup interrupted half-way has no manifest and is ignored (and cleaned up later).
 */
export async function createBackup(
  backupsDir: string,
  workspaceDir: string,
  reason: string,
  at: Date,
  keep: number,
): Promise<BackupInfo> {
  const id = `${at.toISOString().replace(/[:.]/g, '-')}-${reason.replace(/[^a-z0-9-]/gi, '')}`;
  const dir = join(backupsDir, id);
  await mkdir(dir, { recursive: true });
  const files = (await readdir(workspaceDir)).filter((f) => f.endsWith('.json') && !f.includes('.corrupt-'));
  let bytes = 0;
  for (const f of files) {
    await copyFile(join(workspaceDir, f), join(dir, f));
    bytes += (await stat(join(dir, f))).size;
  }
  const info: BackupInfo = { id, createdAt: at.toISOString(), reason, files, bytes };
  await writeFileAtomic(join(dir, MANIFEST), JSON.stringify(info));
  await rotateBackups(backupsDir, keep);
  return info;
}

/** Lists complete backups, newest first. */
export async function listBackups(backupsDir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(backupsDir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    try {
      const info = JSON.parse(await readFile(join(backupsDir, name, MANIFEST), 'utf8')) as BackupInfo;
      if (info.id === name) out.push(info);
    } catch {
      // No manifest: an interrupted backup, not offered for restore.
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Reads the documents of one backup as parsed JSON, keyed by file name. */
export async function readBackup(backupsDir: string, id: string): Promise<Map<string, unknown>> {
  const info = (await listBackups(backupsDir)).find((b) => b.id === id);
  if (!info) throw new Error(`no backup ${id}`);
  const docs = new Map<string, unknown>();
  for (const f of info.files) docs.set(f, JSON.parse(await readFile(join(backupsDir, id, f), 'utf8')));
  return docs;
}

async function rotateBackups(backupsDir: string, keep: number): Promise<void> {
  const complete = await listBackups(backupsDir);
  for (const old of complete.slice(keep))
    await rm(join(backupsDir, old.id), { recursive: true, force: true });
}
