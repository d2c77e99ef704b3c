import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  BackupBudgetContents,
  BackupCentralContents,
  BackupContents,
  BackupInfo,
  BackupOfficeContents,
} from '../../../shared/contract';
import {
  checkWorkspaceDocument,
  type WorkspaceDocument,
  type WorkspaceDocumentName,
} from './archive-documents';
import { writeFileAtomic } from './atomic-file';

const MANIFEST = 'manifest.json';

/**
 * Copies a workspace's JSON documents into backups/<stamp>-<reason>/, writing the manifest last
 * so that a backup interrupted half-way has no manifest: it is ignored, and removed by the next rotation.
 */
export async function createBackup(
  backupsDir: string,
  workspaceDir: string,
  reason: string,
  at: Date,
  keep: number,
): Promise<BackupInfo> {
  await mkdir(backupsDir, { recursive: true });
  const base = `${at.toISOString().replace(/[:.]/g, '-')}-${reason.replace(/[^a-z0-9-]/gi, '')}`;
  // Two backups in the same millisecond get distinct folders; mkdir without recursive refuses an existing one.
  let id = base;
  for (let n = 2; ; n++) {
    try {
      await mkdir(join(backupsDir, id));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      id = `${base}-${n}`;
    }
  }
  const dir = join(backupsDir, id);
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
      // A backup is offered only when every file its manifest names is there.
      const present = new Set(await readdir(join(backupsDir, name)));
      if (info.id === name && info.files.every((f) => present.has(f))) out.push(info);
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

/** Reads a JSON file; undefined when it is missing or not JSON. */
async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reads one document of a backup as the store would load it; null when it is missing or unusable. */
export async function readBackupDocument<N extends WorkspaceDocumentName>(
  backupsDir: string,
  id: string,
  name: N,
): Promise<WorkspaceDocument<N> | null> {
  const raw = await readJson(join(backupsDir, id, name));
  if (raw === undefined) return null;
  const checked = checkWorkspaceDocument(name, raw);
  return checked.ok ? checked.data : null;
}

/** What one backup holds, document by document, counted from its files. Null when there is no such backup. */
export async function inspectBackup(backupsDir: string, id: string): Promise<BackupContents | null> {
  const backup = (await listBackups(backupsDir)).find((b) => b.id === id);
  if (!backup) return null;
  const contents: BackupContents = { backup, office: null, central: null, budget: null, unreadable: [] };
  const has = new Set(backup.files);
  const unreadable = (name: WorkspaceDocumentName) => {
    if (has.has(name)) contents.unreadable.push(name);
  };
  const office = await readBackupDocument(backupsDir, id, 'office.json');
  if (office) contents.office = summarizeOffice(office);
  else unreadable('office.json');
  const central = await readBackupDocument(backupsDir, id, 'central.json');
  if (central) contents.central = summarizeCentral(central);
  else unreadable('central.json');
  const budget = await readBackupDocument(backupsDir, id, 'budget.json');
  if (budget) contents.budget = summarizeBudget(budget);
  else unreadable('budget.json');
  return contents;
}

/**
 * The newest backup taken no later than `notAfter` whose copy of a document loads cleanly: what a
 * document found damaged at that moment can be brought back from.
 */
export async function findGoodBackup(
  backupsDir: string,
  name: WorkspaceDocumentName,
  notAfter: string,
): Promise<BackupInfo | null> {
  for (const backup of await listBackups(backupsDir)) {
    if (backup.createdAt > notAfter || !backup.files.includes(name)) continue;
    if (await readBackupDocument(backupsDir, backup.id, name)) return backup;
  }
  return null;
}

function summarizeOffice(d: WorkspaceDocument<'office.json'>): BackupOfficeContents {
  return {
    unitName: d.profile?.name ?? null,
    unitCode: d.profile?.code ?? null,
    machines: d.machines.length,
    installs: d.installs.length,
    entitlements: d.entitlements.length,
    milestones: d.milestones.length,
  };
}

function summarizeCentral(d: WorkspaceDocument<'central.json'>): BackupCentralContents {
  const period = d.currentPeriod;
  const returned = new Set(
    d.returns.filter((r) => r.period === period && r.state === 'current').map((r) => r.assignedCode),
  );
  return {
    period,
    rosterUnits: d.rosters.find((r) => r.period === period)?.units.length ?? 0,
    returnedUnits: returned.size,
    returns: d.returns.length,
  };
}

function summarizeBudget(d: WorkspaceDocument<'budget.json'>): BackupBudgetContents {
  return {
    priceEntries: d.priceList.length,
    scenarios: d.scenarios.length,
    fundsAllocatedFen: d.fundsAllocatedFen,
    unitFunds: d.unitFunds.length,
  };
}

async function rotateBackups(backupsDir: string, keep: number): Promise<void> {
  const complete = await listBackups(backupsDir);
  const kept = new Set(complete.slice(0, keep).map((b) => b.id));
  for (const name of await readdir(backupsDir)) {
    if (kept.has(name)) continue;
    // Out of the listing first (a rename is atomic), then deleted: a kill mid-delete leaves no folder
    // that looks like a complete backup. Folders without a manifest are interrupted backups.
    let doomed = join(backupsDir, name);
    if (!name.startsWith('.deleting-')) {
      const target = join(backupsDir, `.deleting-${name}`);
      await rename(doomed, target);
      doomed = target;
    }
    await rm(doomed, { recursive: true, force: true });
  }
}
