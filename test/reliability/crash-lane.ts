import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { appDocSchema } from '../../electron/main/store/app-doc';
import { listBackups } from '../../electron/main/store/backups';
import { officeDocSchema } from '../../electron/main/store/office-doc';
import { readSaveNumber, WORKSPACE_ID, type WriterMode } from './crash-fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const WRITER_SOURCE = join(ROOT, 'test/reliability/crash-writer.ts');

/** How to start the writer: `node --import tsx` on its source, or plain node on a bundle of it. */
export interface WriterCommand {
  label: 'tsx' | 'bundle';
  argv: (dataDir: string, mode: WriterMode, firstSeq: number) => string[];
}

/** The writer run from source through tsx, exactly as documented in its header. */
export const TSX_WRITER: WriterCommand = {
  label: 'tsx',
  argv: (dataDir, mode, firstSeq) => ['--import', 'tsx', WRITER_SOURCE, dataDir, mode, String(firstSeq)],
};

/**
 * Bundles the writer into one file: plain node starts it in a fifth of the time tsx needs, which
 * is what lets a couple of hundred kills fit in a minute on two cores.
 */
export async function bundleWriter(outDir: string): Promise<WriterCommand> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: WRITER_SOURCE,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'crash-writer.mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  const file = join(outDir, 'crash-writer.mjs');
  return { label: 'bundle', argv: (dataDir, mode, firstSeq) => [file, dataDir, mode, String(firstSeq)] };
}

/** A deterministic pseudo-random generator (mulberry32), so a failing run can be replayed by seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** When to kill: counted from the start of the process, or from its `ready` line. */
export interface KillPlan {
  afterReady: boolean;
  delayMs: number;
}

/** What the writer said before it died. */
export interface WriterLog {
  ready: boolean;
  lastBegun: number | null;
  lastDone: number | null;
  backupBegun: number | null;
  backupDone: number | null;
}

/** Starts the writer, kills it with SIGKILL as planned and returns what it had reported. */
export async function runAndKill(
  command: WriterCommand,
  dataDir: string,
  mode: WriterMode,
  firstSeq: number,
  plan: KillPlan,
): Promise<WriterLog> {
  const child = spawn(process.execPath, command.argv(dataDir, mode, firstSeq), {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const log: WriterLog = {
    ready: false,
    lastBegun: null,
    lastDone: null,
    backupBegun: null,
    backupDone: null,
  };
  let pending = '';
  let stderr = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((done) => {
    onReady = done;
  });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const [word, n] = line.split(' ');
      const seq = Number(n);
      if (word === 'ready') {
        log.ready = true;
        onReady();
      } else if (word === 'begin') log.lastBegun = seq;
      else if (word === 'done') log.lastDone = seq;
      else if (word === 'backup') log.backupBegun = seq;
      else if (word === 'backed') log.backupDone = seq;
    }
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.on('close', (code, signal) => done({ code, signal }));
  });
  try {
    if (plan.afterReady) await Promise.race([ready, closed]);
    await delay(plan.delayMs);
    child.kill('SIGKILL');
    const end = await closed;
    if (end.signal !== 'SIGKILL') {
      throw new Error(`the writer ended by itself (code ${end.code}) instead of being killed:\n${stderr}`);
    }
    return log;
  } finally {
    killQuietly(child);
  }
}

function killQuietly(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** What the files on disk hold after a kill, checked independently of the store's own reader. */
export interface DiskState {
  /** Save number held by office.json (0: the empty document, null: no file yet). */
  officeSeq: number | null;
  tempFiles: number;
  /** Backup folders without a manifest: interrupted backups, never listed. */
  unlistedBackupDirs: number;
  listedBackups: number;
  /** Listed backups whose documents were already deleted by an interrupted rotation. */
  halfDeletedBackups: number;
}

const TEMP_FILE = /^\.office\.json\.\d+\.[0-9a-f-]{36}\.tmp$/;

/** Throws with a precise message when anything on disk is broken, mixed or mistaken. */
export async function inspectDisk(
  dataDir: string,
  mode: WriterMode,
  verifiedBackups: Set<string>,
  options: { tolerateInterruptedRotation: boolean },
): Promise<DiskState> {
  const wsDir = join(dataDir, 'workspaces', WORKSPACE_ID);
  const appFile = join(dataDir, 'app.json');
  let backupsToKeep = appDocSchema.parse({ schemaVersion: 1 }).backupsToKeep;
  if (existsSync(appFile)) {
    const app = appDocSchema.safeParse(JSON.parse(await readFile(appFile, 'utf8')));
    if (!app.success) throw new Error(`app.json does not validate: ${app.error.message}`);
    backupsToKeep = app.data.backupsToKeep;
  }
  const officeFile = join(wsDir, 'office.json');
  const officeSeq = existsSync(officeFile) ? await readOffice(officeFile, mode) : null;

  let tempFiles = 0;
  for (const name of existsSync(wsDir) ? await readdir(wsDir) : []) {
    if (TEMP_FILE.test(name)) tempFiles++;
    else if (name !== 'office.json') throw new Error(`unexpected file in the workspace: ${name}`);
  }

  const backupsDir = join(dataDir, 'backups', WORKSPACE_ID);
  const listed = await listBackups(backupsDir);
  // Only a backup beyond the number kept can be in the middle of being deleted.
  const beingRotated = listed.length > backupsToKeep ? listed.length - 1 : -1;
  let halfDeletedBackups = 0;
  for (const [index, info] of listed.entries()) {
    if (JSON.stringify(info.files) !== '["office.json"]') {
      throw new Error(`backup ${info.id} lists ${JSON.stringify(info.files)}`);
    }
    const file = join(backupsDir, info.id, 'office.json');
    const size = await stat(file).then(
      (s) => s.size,
      () => -1,
    );
    if (size === -1 && options.tolerateInterruptedRotation && index === beingRotated) {
      // Rotation removes the oldest backup with a recursive rm whose unlinks run concurrently;
      // killed between them, the manifest can outlive office.json (see backups.test.ts).
      halfDeletedBackups++;
      continue;
    }
    if (size !== info.bytes)
      throw new Error(`backup ${info.id} has ${size} bytes, its manifest says ${info.bytes}`);
    if (verifiedBackups.has(info.id)) continue;
    const seq = await readOffice(file, mode);
    // The writer's clock gives save n the second starting at n s: a backup holds the save it was taken after.
    const takenAfter = Math.floor((Date.parse(info.createdAt) - Date.UTC(2026, 0, 1)) / 1000);
    if (seq !== takenAfter) throw new Error(`backup ${info.id} holds save ${seq}, expected ${takenAfter}`);
    verifiedBackups.add(info.id);
  }
  const allDirs = existsSync(backupsDir) ? await readdir(backupsDir) : [];
  return {
    officeSeq,
    tempFiles,
    unlistedBackupDirs: allDirs.length - listed.length,
    listedBackups: listed.length,
    halfDeletedBackups,
  };
}

async function readOffice(file: string, mode: WriterMode): Promise<number> {
  const text = await readFile(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${text.length} characters): ${String(error)}`);
  }
  const parsed = officeDocSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} does not validate: ${parsed.error.message}`);
  const seq = readSaveNumber(parsed.data, mode);
  if (typeof seq === 'string') throw new Error(`${file} mixes saves: ${seq}`);
  return seq;
}

/** A fresh data folder for one lane. */
export function createDataDir(mode: WriterMode): Promise<string> {
  return mkdtemp(join(tmpdir(), `zb-crash-${mode}-`));
}
