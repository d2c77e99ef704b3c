import { availableParallelism } from 'node:os';
import type { Product } from '../../../shared/catalog/product';
import type { EventMap } from '../../../shared/contract';
import type { CentralDoc } from '../store/central-doc';
import type { StoreDocument } from '../store/document';
import { startParseWorker } from './worker-entry';
import { WorkerPool } from './worker-pool';

/** Default per-file time limit: a large but sane return parses in a few seconds. */
export const DEFAULT_FILE_TIMEOUT_MS = 120_000;
/** Default largest return file accepted. */
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

/** What the central services work with: the workspace's central document, its folder and the pool. */
export interface CentralContext {
  /** The workspace folder; return files live in its returns/ folder. */
  dir: string;
  doc: StoreDocument<CentralDoc>;
  /** Takes a backup of the workspace documents before a change. */
  backup(reason: string): Promise<unknown>;
  progress(event: EventMap['progress']): void;
  /** The catalog that vendor and domestic counts are resolved with. */
  catalog(): readonly Product[];
  now(): Date;
  pool: WorkerPool;
  limits: { timeoutMs: number; maxBytes: number };
}

let shared: WorkerPool | null = null;

/** The process-wide pool of return-file workers: two threads, or one on a single-core machine. */
export function getParsePool(): WorkerPool {
  shared ??= createParsePool();
  return shared;
}

/** A new pool of min(2, cores) return-file workers. */
export function createParsePool(timeoutMs = DEFAULT_FILE_TIMEOUT_MS): WorkerPool {
  return new WorkerPool({
    size: Math.max(1, Math.min(2, availableParallelism())),
    create: startParseWorker,
    timeoutMs,
  });
}
