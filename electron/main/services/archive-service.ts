import { randomUUID } from 'node:crypto';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure, type AppInfo, type ArchiveExported } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import { formatSize } from '../../../shared/return-file/zip-guard';
import type { Host } from '../host';
import { type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS } from '../store/archive-format';
import { ArchiveRefused, unpackArchive } from '../store/archive-read';
import { writeWorkspaceArchive } from '../store/archive-write';
import type { AppService } from './app-service';

/** Folders an import fills before it becomes a workspace; left behind only by a crash. */
const STAGING_PREFIX = '.importing-';
const NAME_LIMIT = 64;

/** A file name any system accepts: characters that are special in paths become "_". */
function toSafeFileName(text: string): string {
  return [...text]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim();
}

/** Saves the active workspace, documents and stored return files, as one .zip the user chooses. */
export async function exportArchive(app: AppService, host: Host): Promise<ArchiveExported | null> {
  const ws = app.workspace();
  const at = app.options.now();
  const lang = app.language;
  const name = ws.info.name || translate(lang, { key: 'app:defaultWorkspace' });
  const path = await host.chooseSaveFile({
    title: translate(lang, { key: 'settings:archive.exportDialog' }),
    defaultName: toSafeFileName(
      translate(lang, {
        key: 'settings:archive.fileName',
        params: { name, date: at.toISOString().slice(0, 10) },
      }),
    ),
    filters: [{ name: translate(lang, { key: 'settings:archive.filterName' }), extensions: ['zip'] }],
  });
  if (!path) return null;
  const written = await writeWorkspaceArchive(ws.dir, path, {
    programVersion: app.options.version,
    createdAt: at,
    workspace: { kind: ws.info.kind, name: ws.info.name },
  });
  await app.logEvent('archive.exported', {
    workspaceId: ws.info.id,
    path,
    bytes: written.bytes,
    files: written.files,
  });
  return { path, ...written };
}

/**
 * Imports an archive the user chooses into a NEW workspace and opens it; the current workspace is
 * backed up first and never overwritten. Every check runs before anything in the store changes: a
 * refused archive leaves the data folder exactly as it was.
 */
export async function importArchive(
  app: AppService,
  host: Host,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<AppInfo | null> {
  const lang = app.language;
  const [path] = await host.chooseOpenFiles({
    title: translate(lang, { key: 'settings:archive.importDialog' }),
    multiple: false,
    folders: false,
    filters: [{ name: translate(lang, { key: 'settings:archive.filterName' }), extensions: ['zip'] }],
  });
  if (!path) return null;
  const size = (await stat(path)).size;
  if (size > limits.maxArchiveBytes)
    throw refusal(
      new ArchiveRefused('tooLarge', { size: formatSize(size), limit: formatSize(limits.maxArchiveBytes) }),
    );
  const bytes = new Uint8Array(await readFile(path));
  await removeStaleStaging(app.workspacesDir());
  const staging = join(app.workspacesDir(), `${STAGING_PREFIX}${randomUUID()}`);
  try {
    const { manifest, files } = await unpackArchive(bytes, staging, limits).catch((error: unknown) => {
      throw error instanceof ArchiveRefused ? refusal(error) : error;
    });
    const current = app.info().workspace;
    const before = current ? await app.backup('archive-import') : null;
    const base = manifest.workspace.name || translate(lang, { key: 'app:defaultWorkspace' });
    const name = nameImported(lang, base, manifest.createdAt.slice(0, 10));
    const info = await app.createWorkspace(name, manifest.workspace.kind, (dir) => rename(staging, dir));
    await app.logEvent('archive.imported', {
      workspaceId: info.id,
      from: path,
      files,
      archiveCreatedAt: manifest.createdAt,
      previousWorkspaceId: current?.id ?? null,
      backupId: before?.id ?? null,
    });
    return app.info();
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function refusal(error: ArchiveRefused): ApiFailure {
  return new ApiFailure('bad_file', {
    key: `settings:archive.refused.${error.reason}`,
    params: error.params,
  });
}

/** "<name>（<date> 归档）", the name shortened so the whole fits a workspace name's limit. */
function nameImported(lang: AppService['language'], base: string, date: string): string {
  const render = (name: string) =>
    translate(lang, { key: 'settings:archive.importedName', params: { name, date } });
  const chars = [...base];
  while (chars.length > 0 && render(chars.join('')).length > NAME_LIMIT) chars.pop();
  return render(chars.join(''));
}

async function removeStaleStaging(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names)
    if (name.startsWith(STAGING_PREFIX)) await rm(join(dir, name), { recursive: true, force: true });
}
