/**
 * DESIGN §6: "a store write killed at any moment leaves the old or the new state, never a broken
 * file". A child process (crash-writer.ts) saves and backs up in a loop and says which save it is
 * on; this file kills it with SIGKILL at seeded random moments and, after every kill, checks that
 * office.json parses, validates and holds exactly the last acknowledged save or the one in flight,
 * that every listed backup is complete and holds the save it was taken after, that leftover temp
 * files are the only strangers on disk, and that the store reopens without reporting a problem.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { AppService } from '../../electron/main/services/app-service';
import { closeDocuments } from '../../electron/main/store/document';
import { createClock, WORKSPACE_ID, type WriterMode } from './crash-fixtures';
import {
  bundleWriter,
  createDataDir,
  createRandom,
  inspectDisk,
  type KillPlan,
  runAndKill,
  TSX_WRITER,
  type WriterCommand,
} from './crash-lane';

/** Replay a failing run with ZB_CRASH_SEED=<seed printed in the failure>. */
const SEED = Number(process.env.ZB_CRASH_SEED ?? 20_261_127);

/**
 * Until rotation stops leaving a manifest behind its deleted documents (the `it.fails` test in
 * test/reliability/backups.test.ts), a kill that lands inside that rm is counted, not failed.
 */
const TOLERATE_INTERRUPTED_ROTATION = false;

interface LaneSpec {
  mode: WriterMode;
  kills: number;
  /** Longest wait after `ready`: a few save cycles of this mode, so kills land everywhere in the loop. */
  maxDelayMs: number;
  /** How often the parent also reopens the store with AppService (large documents are slow to validate). */
  reopenEvery: number;
}

interface LaneResult {
  kills: number;
  beforeReady: number;
  midSave: number;
  newSaveUnacknowledged: number;
  midBackup: number;
  tempFilesLeft: number;
  unlistedBackupDirs: number;
  listedBackups: number;
  halfDeletedBackups: number;
  lastSeq: number;
  seconds: number;
}

const dirs: string[] = [];
let bundled: WriterCommand;

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'zb-crash-writer-'));
  dirs.push(out);
  bundled = await bundleWriter(out);
});

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function planKill(random: () => number, spec: LaneSpec): KillPlan {
  // One kill in eight lands while the process starts and opens the store.
  if (random() < 0.125) return { afterReady: false, delayMs: Math.floor(random() * 300) };
  return { afterReady: true, delayMs: Math.floor(random() * spec.maxDelayMs) };
}

async function reopenAndCheck(dataDir: string, expectedSeq: number | null): Promise<void> {
  const clock = createClock();
  const service = await AppService.open({
    dataDir,
    version: 'check',
    now: clock.now,
    newId: () => WORKSPACE_ID,
  });
  try {
    const problems = service.info().problems;
    if (problems.length > 0)
      throw new Error(`the store reported problems on reopening: ${JSON.stringify(problems)}`);
    const profile = service.workspace().office.data.profile;
    if ((profile?.headcount ?? 0) !== (expectedSeq ?? 0)) {
      throw new Error(`AppService sees save ${profile?.headcount ?? 0}, the file holds ${expectedSeq}`);
    }
  } finally {
    closeDocuments(dataDir);
  }
}

async function runLane(command: WriterCommand, spec: LaneSpec, seed: number): Promise<LaneResult> {
  const started = performance.now();
  const random = createRandom(seed);
  const dataDir = await createDataDir(spec.mode);
  dirs.push(dataDir);
  const verified = new Set<string>();
  const result: LaneResult = {
    kills: 0,
    beforeReady: 0,
    midSave: 0,
    newSaveUnacknowledged: 0,
    midBackup: 0,
    tempFilesLeft: 0,
    unlistedBackupDirs: 0,
    listedBackups: 0,
    halfDeletedBackups: 0,
    lastSeq: 0,
    seconds: 0,
  };
  // The save number office.json holds: only a completely written save may ever be there.
  let fileSeq: number | null = null;
  for (let k = 0; k < spec.kills; k++) {
    const plan = planKill(random, spec);
    const where = `${spec.mode} lane, seed ${seed}, kill ${k + 1} (${JSON.stringify(plan)})`;
    const log = await runAndKill(command, dataDir, spec.mode, (fileSeq ?? 0) + 1, plan);
    const acknowledged: number | null = log.lastDone ?? fileSeq;
    const inFlight = log.lastBegun !== null && log.lastBegun !== log.lastDone ? log.lastBegun : null;
    const state = await inspectDisk(dataDir, spec.mode, verified, {
      tolerateInterruptedRotation: TOLERATE_INTERRUPTED_ROTATION,
    }).catch((error: unknown) => {
      throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const allowed: number[] = [acknowledged, inFlight].filter((s): s is number => s !== null);
    // Before the first save completes, the file may be absent or the empty document.
    if (acknowledged === null && (state.officeSeq === null || state.officeSeq === 0)) {
      // nothing written yet: fine
    } else if (state.officeSeq === null || !allowed.includes(state.officeSeq)) {
      throw new Error(
        `${where}: office.json holds save ${state.officeSeq}; only ${allowed.join(' or ')} were possible`,
      );
    }
    if (k % spec.reopenEvery === 0) {
      await reopenAndCheck(dataDir, state.officeSeq).catch((error: unknown) => {
        throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    fileSeq = state.officeSeq;
    result.kills++;
    if (!log.ready) result.beforeReady++;
    if (inFlight !== null) result.midSave++;
    if (inFlight !== null && state.officeSeq === inFlight) result.newSaveUnacknowledged++;
    if (log.backupBegun !== null && log.backupBegun !== log.backupDone) result.midBackup++;
    result.tempFilesLeft = state.tempFiles;
    result.unlistedBackupDirs = state.unlistedBackupDirs;
    result.listedBackups = state.listedBackups;
    result.halfDeletedBackups += state.halfDeletedBackups;
  }
  result.lastSeq = fileSeq ?? 0;
  result.seconds = Math.round((performance.now() - started) / 100) / 10;
  console.info(`crash lane ${spec.mode} (${command.label}): ${JSON.stringify(result)}`);
  return result;
}

describe('a store write killed at any moment', () => {
  it.concurrent('leaves the old or the new unit profile, never a broken or mixed file, and only complete backups', async ({
    expect,
  }) => {
    const result = await runLane(
      bundled,
      { mode: 'profile', kills: 160, maxDelayMs: 40, reopenEvery: 1 },
      SEED,
    );
    expect(result.kills).toBe(160);
    // The kills must really hit the loop, not only process start-up.
    expect(result.midSave).toBeGreaterThan(30);
    expect(result.midBackup).toBeGreaterThan(10);
    expect(result.lastSeq).toBeGreaterThan(80);
  }, 240_000);

  it.concurrent('leaves the old or the new register of 20,000 machines, never a broken or mixed file', async ({
    expect,
  }) => {
    const result = await runLane(
      bundled,
      { mode: 'large', kills: 40, maxDelayMs: 400, reopenEvery: 5 },
      SEED + 1,
    );
    expect(result.kills).toBe(40);
    expect(result.midSave).toBeGreaterThan(10);
  }, 240_000);

  it.concurrent('holds for the writer run from source with node --import tsx too', async ({ expect }) => {
    const result = await runLane(
      TSX_WRITER,
      { mode: 'profile', kills: 10, maxDelayMs: 40, reopenEvery: 1 },
      SEED + 2,
    );
    expect(result.kills).toBe(10);
    // Start-up through tsx is slow on a busy machine; one completed save is proof enough it runs.
    expect(result.lastSeq).toBeGreaterThan(0);
  }, 240_000);
});
