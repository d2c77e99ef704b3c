import { z } from 'zod';
import type { AppInfo } from './app-methods';
import { method } from './define';

/** What "export everything" wrote. */
export interface ArchiveExported {
  path: string;
  bytes: number;
  /** Data files in the archive, the manifest not counted. */
  files: number;
}

const empty = z.object({}).strict();

/**
 * A whole workspace as one .zip and back. Import never overwrites: it makes a new workspace, after
 * backing up the current one. Null when the user cancels the dialog.
 */
export const archiveMethods = {
  'archive:export': method<ArchiveExported | null>()(empty),
  'archive:import': method<AppInfo | null>()(empty),
};
