import { z } from 'zod';
import { isWorkspaceDocument, type WorkspaceDocumentName } from './archive-documents';

/** What the manifest's `format` says, so another zip is told apart from ours. */
export const ARCHIVE_FORMAT = 'zhengban-workspace-archive';
/** Raised when the layout changes; an archive with a higher number is refused, never guessed at. */
export const ARCHIVE_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
/** Return files sit in this folder of the workspace and of the archive alike. */
export const RETURNS_FOLDER = 'returns';

/** Limits checked before any entry is inflated, and again while inflating. */
export interface ArchiveLimits {
  maxArchiveBytes: number;
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of an entry bigger than RATIO_FLOOR. */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxArchiveBytes: 1024 * 1024 * 1024,
  // Two files a return (the workbook and its keys) for some twenty thousand returns.
  maxEntries: 50_000,
  // A JSON text much larger than this cannot be held as one string.
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  maxRatio: 200,
};

/** Small entries may compress absurdly well (a run of spaces) without harm; only bigger ones are judged. */
export const RATIO_FLOOR = 1024 * 1024;
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

const SHA = /^[0-9a-f]{64}$/;

export const manifestFileSchema = z.object({
  name: z.string().min(1).max(256),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(SHA),
});

/** manifest.json: what made the archive, which workspace it holds, and every file's size and SHA-256. */
export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1),
  programVersion: z.string().max(64),
  createdAt: z.string().max(64),
  workspace: z.object({ kind: z.enum(['demo', 'real']), name: z.string().max(64) }),
  files: z.array(manifestFileSchema).max(DEFAULT_ARCHIVE_LIMITS.maxEntries),
});
export type ArchiveManifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** What an entry name stands for in an archive (and a path, relative to the workspace folder). */
export type ArchiveEntry =
  | { kind: 'manifest' }
  | { kind: 'folder' }
  | { kind: 'document'; name: WorkspaceDocumentName }
  | { kind: 'return'; sha: string }
  | { kind: 'keys'; sha: string }
  | { kind: 'unsafe' }
  | { kind: 'unknown' };

/**
 * Sorts an entry name. Anything that could land outside the new workspace folder (absolute paths,
 * drive letters, backslashes, '..') is unsafe; anything not of the workspace's own files is unknown.
 */
export function classifyEntryName(name: string): ArchiveEntry {
  if (
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    /^[a-z]:/i.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.')
  )
    return { kind: 'unsafe' };
  if (name === MANIFEST_NAME) return { kind: 'manifest' };
  if (name === `${RETURNS_FOLDER}/`) return { kind: 'folder' };
  if (isWorkspaceDocument(name)) return { kind: 'document', name };
  const stored = new RegExp(`^${RETURNS_FOLDER}/([0-9a-f]{64})\\.(xlsx|keys\\.json)$`).exec(name);
  if (stored?.[1])
    return stored[2] === 'xlsx' ? { kind: 'return', sha: stored[1] } : { kind: 'keys', sha: stored[1] };
  return { kind: 'unknown' };
}
