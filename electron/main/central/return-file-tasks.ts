import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { type SheetSpec, toWorksheet } from '../../../shared/budget/sheet';
import type { Product } from '../../../shared/catalog/product';
import { collectReturnKeys } from '../../../shared/merge/key-conflicts';
import type { FileIssue, ParsedFile, ReturnKeys } from '../../../shared/merge/merge-types';
import { issue } from '../../../shared/merge/plan-import';
import {
  buildConsolidatedReturn,
  type ConsolidationInput,
  type ConsolidationSource,
} from '../../../shared/report/consolidated-report';
import {
  decodeReturn,
  encodeReturn,
  type HashStream,
  type ReturnData,
  type ReturnIssue,
  type UnzipTools,
} from '../../../shared/return-file';
import { type DrillMetric, type DrillRow, selectDrillRows } from '../../../shared/stats/central-drill';
import { createProductLookup, type ProductLookup } from '../../../shared/stats/central-rows';
import { summarizeForCentral } from '../../../shared/stats/central-summary';
import { writeFileAtomic } from '../store/atomic-file';
import { storeReturnFile } from './return-store';

/** SHA-256 hex of bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Node's zlib for checking every part of a return file: several times the JavaScript speed. */
export const NATIVE_UNZIP: UnzipTools = {
  inflateRaw: (deflated, maxSize) => inflateRawSync(deflated, { maxOutputLength: Math.max(1, maxSize) }),
  crc32: (bytes) => crc32(bytes),
};

/** An incremental SHA-256, for the data digest of big returns. */
export function sha256Stream(): HashStream {
  const hash = createHash('sha256');
  return {
    update: (bytes) => {
      hash.update(bytes);
    },
    hex: () => hash.digest('hex'),
  };
}

export interface ParseTask {
  kind: 'parse';
  path: string;
  /** Where accepted files are stored (returns/ of the workspace); null to store nothing (validate). */
  storeDir: string | null;
  maxBytes: number;
}

/** Parses a file for the import, which stores it itself (see parseForImport). */
export interface ImportParseTask {
  kind: 'parse-for-import';
  path: string;
  maxBytes: number;
}

/** A parsed or refused file and, when usable, its bytes and keys for the store. */
export interface ImportParse {
  file: ParsedFile;
  stored: { bytes: Uint8Array<ArrayBuffer>; keys: ReturnKeys } | null;
}

export interface DrillTask {
  kind: 'drill';
  path: string;
  ownCode: string;
  metric: DrillMetric;
}

export interface LoadTask {
  kind: 'load';
  path: string;
}

/** Builds the consolidated report from stored returns and writes it; runs in a worker. */
export interface ReportTask {
  kind: 'report';
  outPath: string;
  input: Omit<ConsolidationInput, 'sources'>;
  sources: Array<Omit<ConsolidationSource, 'data'> & { path: string }>;
  /** Sheets for people (budget comparison, progress matrix) appended to the report. */
  extraSheets?: SheetSpec[];
}

/** What a written report holds. */
export interface ReportWritten {
  units: number;
  machines: number;
  installs: number;
  bytes: number;
}

/** Does nothing: answered once the worker has loaded, to start a pool ahead of its first import. */
export interface PingTask {
  kind: 'ping';
}

/** The ping every worker answers (see WorkerPool.warm). */
export const PING_TASK: PingTask = { kind: 'ping' };

export type ReturnFileTask = ParseTask | ImportParseTask | DrillTask | LoadTask | ReportTask | PingTask;

/** Per-worker state: the catalog the statistics resolve vendors with. */
export interface TaskEnv {
  lookup: ProductLookup;
}

/** Builds the worker environment from a catalog. */
export function createTaskEnv(catalog: readonly Product[]): TaskEnv {
  return { lookup: createProductLookup(catalog) };
}

/** Runs one task; this is all a worker does, and tests call it directly too. */
export async function runReturnFileTask(task: ReturnFileTask, env: TaskEnv): Promise<unknown> {
  switch (task.kind) {
    case 'parse':
      return parseReturnFile(task, env);
    case 'parse-for-import':
      return parseForImport(task, env);
    case 'drill':
      return drillReturnFile(task, env);
    case 'load':
      return loadReturnFile(task.path);
    case 'report':
      return writeReport(task);
    case 'ping':
      return true;
  }
}

/**
 * Reads, hashes, validates and summarizes one return file; a usable file is stored under its hash
 * so the rows stay available for drill-down without being copied into central.json.
 */
export async function parseReturnFile(task: ParseTask, env: TaskEnv): Promise<ParsedFile> {
  const { file, stored } = await checkReturnFile(task.path, task.maxBytes, env);
  if (stored !== null && task.storeDir !== null && file.kind === 'parsed') {
    await storeReturnFile(task.storeDir, file.ret.sha, stored.bytes, stored.keys);
  }
  return file;
}

/**
 * Like parseReturnFile, but hands a usable file's bytes and keys back instead of storing them: the
 * import stores them on the main thread while this worker goes on to the next file.
 */
export function parseForImport(task: ImportParseTask, env: TaskEnv): Promise<ImportParse> {
  return checkReturnFile(task.path, task.maxBytes, env);
}

/** Buffers an answer hands over to the main thread instead of copying them. */
export function transferListOf(task: ReturnFileTask, value: unknown): ArrayBuffer[] {
  if (task.kind !== 'parse-for-import') return [];
  const stored = (value as ImportParse).stored; // the answer runReturnFileTask gives this task kind
  return stored === null ? [] : [stored.bytes.buffer];
}

async function checkReturnFile(path: string, maxBytes: number, env: TaskEnv): Promise<ImportParse> {
  const fileName = basename(path);
  const refuse = (sha: string | null, reasons: FileIssue[], data?: ReturnData | null): ImportParse => ({
    file: {
      kind: 'rejected',
      sha,
      fileName,
      unitCode: data?.profile.code ?? null,
      unitName: data?.profile.name ?? '',
      period: data?.profile.period ?? null,
      reasons,
    },
    stored: null,
  });
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return refuse(null, [issue('error', { key: 'central:import.unreadable', params: { file: fileName } })]);
  }
  if (size > maxBytes) {
    return refuse(null, [
      issue('error', {
        key: 'central:import.tooLarge',
        params: { size: formatMb(size), limit: formatMb(maxBytes) },
      }),
    ]);
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = ownBuffer(await readFile(path));
  } catch {
    return refuse(null, [issue('error', { key: 'central:import.unreadable', params: { file: fileName } })]);
  }
  const sha = sha256(bytes);
  const decoded = decodeReturn(bytes, {
    digest: sha256,
    digestStream: sha256Stream,
    unzip: NATIVE_UNZIP,
    maxBytes,
  });
  const issues = decoded.issues.map(toFileIssue);
  const data = decoded.value;
  if (data === null || issues.some((i) => i.severity === 'error')) return refuse(sha, issues, data);
  return {
    file: {
      kind: 'parsed',
      ret: {
        sha,
        fileName,
        bytes: size,
        period: data.profile.period,
        unitCode: data.profile.code,
        unitName: data.profile.name,
        parentCode: data.profile.parentCode,
        parentName: data.profile.parentName,
        exportedAt: data.meta.exportedAt,
        packageId: data.meta.packageId,
        digestState: decoded.digestState,
        warnings: issues,
        summary: summarizeForCentral(data, env.lookup),
      },
    },
    stored: { bytes, keys: collectReturnKeys(data.machines) },
  };
}

/** The bytes in an ArrayBuffer of their own, so that handing them over detaches nothing else. */
function ownBuffer(bytes: Buffer): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, 0, bytes.byteLength)
    : new Uint8Array(bytes);
}

/** Reads a stored return file again and lists the rows behind a figure. */
export async function drillReturnFile(task: DrillTask, env: TaskEnv): Promise<DrillRow[]> {
  const data = await loadReturnFile(task.path);
  return selectDrillRows(data, task.metric, env.lookup, task.ownCode);
}

/** Reads a stored return file in full (for the consolidated report). */
export async function loadReturnFile(path: string): Promise<ReturnData> {
  const decoded = decodeReturn(await readFile(path), {
    digest: sha256,
    digestStream: sha256Stream,
    unzip: NATIVE_UNZIP,
  });
  if (decoded.value === null) throw new Error(`stored return ${basename(path)} no longer decodes`);
  return decoded.value;
}

/** Reads every source, assembles the consolidated return and writes it as one workbook. */
export async function writeReport(task: ReportTask): Promise<ReportWritten> {
  const sources: ConsolidationSource[] = [];
  for (const { path, ...rest } of task.sources) sources.push({ ...rest, data: await loadReturnFile(path) });
  const data = buildConsolidatedReturn({ ...task.input, sources });
  const extraSheets = (task.extraSheets ?? []).map((spec) => [spec.name, toWorksheet(spec)] as const);
  const bytes = encodeReturn(data, { digest: sha256, extraSheets });
  await writeFileAtomic(task.outPath, bytes);
  return {
    units: sources.length,
    machines: data.machines.length,
    installs: data.installs.length,
    bytes: bytes.length,
  };
}

/** Converts the validator's issue to the central side's stored form. */
export function toFileIssue(i: ReturnIssue): FileIssue {
  return {
    severity: i.severity,
    sheet: i.sheet ?? null,
    row: i.row ?? null,
    column: i.column ?? null,
    message: i.message,
  };
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
