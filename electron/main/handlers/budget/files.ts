import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SavedFileView } from '../../../../shared/budget/views';
import { ApiFailure } from '../../../../shared/contract';
import { translate } from '../../../../shared/i18n';
import { writeFileAtomic } from '../../store/atomic-file';
import type { HandlerContext } from '../types';

const WORKBOOK_FILTER = { name: 'Excel', extensions: ['xlsx'] };
/** A price list is a few thousand rows; anything far larger is not one. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** A date stamp for file names, in the clerk's local time: 2026-03-01. */
export function toFileDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Asks where to save a workbook and writes it atomically; null when the user cancels. */
export async function saveWorkbook(
  ctx: HandlerContext,
  titleKey: string,
  defaultName: string,
  bytes: Uint8Array,
): Promise<SavedFileView | null> {
  const path = await ctx.host.chooseSaveFile({
    title: translate(ctx.app.language, { key: titleKey }),
    defaultName,
    filters: [WORKBOOK_FILTER],
  });
  if (!path) return null;
  try {
    await writeFileAtomic(path, bytes);
  } catch {
    throw new ApiFailure('io_error', { key: 'budget:errors.writeFailed', params: { file: basename(path) } });
  }
  return { path, fileName: basename(path) };
}

/** Asks for one workbook to open and reads it; null when the user cancels. */
export async function openWorkbook(
  ctx: HandlerContext,
  titleKey: string,
): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  const [path] = await ctx.host.chooseOpenFiles({
    title: translate(ctx.app.language, { key: titleKey }),
    multiple: false,
    folders: false,
    filters: [WORKBOOK_FILTER],
  });
  if (!path) return null;
  const fileName = basename(path);
  try {
    const info = await stat(path);
    if (info.size > MAX_IMPORT_BYTES) {
      throw new ApiFailure('bad_file', { key: 'budget:errors.fileTooLarge', params: { file: fileName } });
    }
    return { fileName, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure('io_error', { key: 'budget:errors.readFailed', params: { file: fileName } });
  }
}
