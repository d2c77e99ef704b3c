import { rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { Message } from '../../../shared/i18n';
import { removeStaleTempFiles } from './atomic-file';
import { AtomicJsonFile, CorruptFileError } from './json-adapter';

/** Migration n turns a document of schemaVersion n into schemaVersion n + 1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export interface DocumentSpec<S extends z.ZodType<{ schemaVersion: number }>> {
  file: string;
  schema: S;
  version: number;
  createDefault: () => z.output<S>;
  migrations: Record<number, Migration>;
  /** Called before a migration rewrites the file, so a backup can be taken first. */
  beforeMigrate?: (file: string, from: number) => Promise<void>;
}

/** A document that could not be used and was moved aside, never deleted. */
export interface MovedAside {
  file: string;
  movedTo: string;
  message: Message;
}

export interface StoreDocument<T> {
  readonly file: string;
  readonly data: T;
  /** Applies one user action and writes the file once. */
  update(mutate: (data: T) => void): Promise<void>;
  /** Replaces the whole content (restore) and writes once. */
  replace(data: T): Promise<void>;
}

const open = new Map<string, StoreDocument<unknown>>();
const revisions = new Map<string, number>();

/**
 * How many times a document has been changed in this process. Caches of derived figures key on it:
 * a file's inode, time and size can repeat across two writes (inodes are reused, clocks are coarse).
 */
export function revisionOf(file: string): number {
  return revisions.get(resolve(file)) ?? 0;
}

/**
 * Opens a JSON document: exactly one lowdb instance per file (two would lose writes), migrated,
 * validated and filled with defaults. A corrupt or unreadable file is moved aside and reported.
 */
export async function openDocument<S extends z.ZodType<{ schemaVersion: number }>>(
  spec: DocumentSpec<S>,
  now: () => Date,
  onMovedAside: (event: MovedAside) => void,
): Promise<StoreDocument<z.output<S>>> {
  const file = resolve(spec.file);
  const existing = open.get(file);
  // The registry is keyed by file; callers of one file always pass the same spec.
  if (existing) return existing as StoreDocument<z.output<S>>;
  type T = z.output<S>;
  await removeStaleTempFiles(dirname(file), basename(file));
  const db = new Low<T>(new AtomicJsonFile<T>(file), spec.createDefault());
  let raw: unknown = null;
  try {
    await db.read();
    raw = db.data;
  } catch (error) {
    if (!(error instanceof CorruptFileError)) throw error;
    const movedTo = await moveAside(file, now());
    onMovedAside({
      file,
      movedTo,
      message: { key: 'errors:store.corrupt', params: { file: basename(file) } },
    });
    raw = null;
  }
  let data: T;
  if (raw === null) {
    data = spec.createDefault();
  } else {
    const loaded = await loadAndMigrate(spec, file, raw, now, onMovedAside);
    data = loaded ?? spec.createDefault();
  }
  db.data = data;
  // A failed write leaves the old file (writes are atomic); reading it back makes memory agree with
  // disk again, so the screen never shows, and a later save never writes, a change that failed.
  const writeOrRollBack = async () => {
    revisions.set(file, (revisions.get(file) ?? 0) + 1);
    try {
      await db.write();
    } catch (error) {
      const onDisk = await new AtomicJsonFile<unknown>(file).read().catch(() => null);
      const parsed = onDisk === null ? null : spec.schema.safeParse(onDisk);
      db.data = parsed?.success ? parsed.data : spec.createDefault();
      throw error;
    }
  };
  const doc: StoreDocument<T> = {
    file,
    get data() {
      return db.data;
    },
    async update(mutate) {
      mutate(db.data);
      await writeOrRollBack();
    },
    async replace(next) {
      db.data = next;
      await writeOrRollBack();
    },
  };
  open.set(file, doc as StoreDocument<unknown>);
  return doc;
}

/** Forgets open documents under a folder (when a workspace is closed or in tests). */
export function closeDocuments(under?: string): void {
  const prefix = under ? resolve(under) : '';
  for (const key of [...open.keys()]) if (key.startsWith(prefix)) open.delete(key);
}

async function loadAndMigrate<S extends z.ZodType<{ schemaVersion: number }>>(
  spec: DocumentSpec<S>,
  file: string,
  raw: unknown,
  now: () => Date,
  onMovedAside: (event: MovedAside) => void,
): Promise<z.output<S> | null> {
  const reject = async (key: string, params: Record<string, string | number> = {}) => {
    const movedTo = await moveAside(file, now());
    onMovedAside({ file, movedTo, message: { key, params: { file: basename(file), ...params } } });
    return null;
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return reject('errors:store.corrupt');
  let doc = raw as Record<string, unknown>;
  const version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0;
  if (version > spec.version) return reject('errors:store.newer', { version });
  if (version < spec.version) {
    await spec.beforeMigrate?.(file, version);
    for (let v = version; v < spec.version; v++) {
      const step = spec.migrations[v];
      if (!step) return reject('errors:store.noMigration', { version: v });
      doc = { ...step(doc), schemaVersion: v + 1 };
    }
  }
  const parsed = spec.schema.safeParse(doc);
  if (!parsed.success)
    return reject('errors:store.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? '' });
  return parsed.data;
}

async function moveAside(file: string, at: Date): Promise<string> {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(file), `${basename(file, '.json')}.corrupt-${stamp}.json`);
  await rename(file, target);
  return target;
}
