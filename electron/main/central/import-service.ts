import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Message } from '../../../shared/i18n';
import type { KeyedReturn } from '../../../shared/merge/key-conflicts';
import { findKeyConflicts } from '../../../shared/merge/key-conflicts';
import {
  type BatchCounts,
  countResults,
  type ImportBatch,
  type KeyConflict,
  type ParsedFile,
  type ReturnKeys,
  type StoredReturn,
} from '../../../shared/merge/merge-types';
import { issue, planImport } from '../../../shared/merge/plan-import';
import type { CentralContext } from './central-context';
import type { ImportParse, ImportParseTask } from './return-file-tasks';
import { readReturnKeys, removeUnreferenced, returnsDir, storeReturnFile } from './return-store';
import { TaskTimeoutError, WorkerCrashError } from './worker-pool';

/** Folder depth searched below a chosen folder (a folder per county is common). */
const MAX_FOLDER_DEPTH = 3;
/** Return files are Excel workbooks; Office lock files (~$…) and hidden files are skipped. */
const RETURN_FILE = /^(?![~.]).*\.xlsx$/i;

export interface ImportOutcome extends ImportBatch {
  counts: BatchCounts;
}

/** Lists the return files behind chosen paths: files as chosen, folders searched for .xlsx files. */
export async function expandImportPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory() && depth < MAX_FOLDER_DEPTH && !e.name.startsWith('.')) await walk(path, depth + 1);
      else if (e.isFile() && RETURN_FILE.test(e.name)) out.push(path);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path, 0);
    else out.push(path);
  }
  return [...new Set(out)];
}

/**
 * Imports a batch of return files into a period: parses them on the worker pool (both cores),
 * applies the merge rules, lists conflicts and writes central.json once for the whole batch.
 */
export async function importReturnFiles(
  ctx: CentralContext,
  period: string,
  chosen: readonly string[],
): Promise<ImportOutcome> {
  const started = ctx.now();
  const startMs = performance.now();
  const files = await expandImportPaths(chosen);
  await ctx.backup('before-import');
  const storeDir = returnsDir(ctx.dir);
  ctx.pool.configure({ catalog: ctx.catalog() });
  const task = 'central-import';
  let done = 0;
  ctx.progress({ task, done, total: files.length, label: '' });
  const parsed = await Promise.all(
    files.map(async (path): Promise<ParsedFile> => {
      const result = await parseAndStore(ctx, path, storeDir);
      done++;
      ctx.progress({ task, done, total: files.length, label: basename(path) });
      return result;
    }),
  );
  const doc = ctx.doc.data;
  const roster = doc.rosters.find((r) => r.period === period)?.units ?? [];
  const issuedPackageIds = new Set(doc.issuedPackages.filter((p) => p.period === period).map((p) => p.id));
  const plan = planImport({ returns: doc.returns, rejected: doc.rejected }, parsed, {
    period,
    roster,
    issuedPackageIds,
    importedAt: started.toISOString(),
  });
  const conflicts = await findPeriodConflicts(storeDir, plan.state.returns, period);
  const batch: ImportBatch = {
    period,
    startedAt: started.toISOString(),
    durationMs: Math.round(performance.now() - startMs),
    results: plan.results,
  };
  await ctx.doc.update((d) => {
    d.returns = plan.state.returns;
    d.rejected = plan.state.rejected;
    d.conflicts = [...d.conflicts.filter((c) => c.period !== period), ...conflicts];
    d.lastImport = batch;
    d.currentPeriod ??= period;
  });
  const parsedShas = parsed.flatMap((p) => (p.kind === 'parsed' ? [p.ret.sha] : []));
  await removeUnreferenced(storeDir, new Set(plan.state.returns.map((r) => r.sha)), parsedShas);
  return { ...batch, counts: countResults(batch.results) };
}

/**
 * Parses one file on the pool and stores a usable one here on the main thread, whose disk writes
 * overlap the workers' parsing of the next files.
 */
async function parseAndStore(ctx: CentralContext, path: string, storeDir: string): Promise<ParsedFile> {
  const message: ImportParseTask = { kind: 'parse-for-import', path, maxBytes: ctx.limits.maxBytes };
  try {
    const { file, stored } = await ctx.pool.run<ImportParse>(message, ctx.limits.timeoutMs);
    if (file.kind === 'parsed' && stored !== null) {
      await storeReturnFile(storeDir, file.ret.sha, stored.bytes, stored.keys);
      keysCache.set(file.ret.sha, stored.keys);
    }
    return file;
  } catch (error) {
    return failedParse(path, error, ctx.limits.timeoutMs);
  }
}

/** Recomputes the asset/serial conflicts of a period from the keys stored beside its returns. */
export async function findPeriodConflicts(
  storeDir: string,
  returns: readonly StoredReturn[],
  period: string,
): Promise<KeyConflict[]> {
  const entries: KeyedReturn[] = [];
  for (const r of returns) {
    if (r.period !== period || r.state === 'superseded') continue;
    entries.push({ period, unitCode: r.assignedCode, sha: r.sha, keys: await cachedKeys(storeDir, r.sha) });
  }
  return findKeyConflicts(entries);
}

// Keys are derived from a file's bytes and files are named by their hash, so a cache by hash never goes stale.
const keysCache = new Map<string, ReturnKeys>();

async function cachedKeys(storeDir: string, sha: string): Promise<ReturnKeys> {
  const hit = keysCache.get(sha);
  if (hit) return hit;
  const keys = await readReturnKeys(storeDir, sha).catch(() => ({ assetNos: [], serials: [] }));
  keysCache.set(sha, keys);
  return keys;
}

function failedParse(path: string, error: unknown, timeoutMs: number): ParsedFile {
  const fileName = basename(path);
  const message: Message =
    error instanceof TaskTimeoutError
      ? { key: 'central:import.timeout', params: { seconds: Math.round(timeoutMs / 1000) } }
      : error instanceof WorkerCrashError
        ? { key: 'central:import.workerStopped' }
        : {
            key: 'central:import.crashed',
            params: { detail: error instanceof Error ? error.message : String(error) },
          };
  return {
    kind: 'rejected',
    sha: null,
    fileName,
    unitCode: null,
    unitName: '',
    period: null,
    reasons: [issue('error', message)],
  };
}
