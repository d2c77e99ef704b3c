import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-file';
import { createIncrementalJsonEncoder } from './incremental-json';

/** The file exists but is not valid JSON. */
export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`corrupt JSON in ${file}`, { cause });
  }
}

/**
 * lowdb adapter: compact JSON, written atomically with fsync of the file and its folder. The bytes are
 * exactly JSON.stringify's; only the parts that changed since the last write are encoded again.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  private readonly encode = createIncrementalJsonEncoder();

  constructor(readonly file: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      // Parsed data is validated by the document's schema right after; unknown until then.
      return JSON.parse(text) as T;
    } catch (error) {
      throw new CorruptFileError(this.file, error);
    }
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.file, Buffer.concat(this.encode(data)));
  }
}
