import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createScratchContext } from '../electron/main/central/cli-support';
import { importReturnFiles } from '../electron/main/central/import-service';
import { exportConsolidatedReport } from '../electron/main/central/report-service';
import { PING_TASK } from '../electron/main/central/return-file-tasks';
import { ApiFailure } from '../shared/contract';
import { translate } from '../shared/i18n';
import { buildStatsView } from '../shared/stats/central-view';
import { cpuMsSince, type FloorResult, measureFloor } from './floors';
import { ensureReturns, listBenchRoster, type Scale } from './generate';
import { measureOffice } from './office';
import { judgeTargets, printResults, type ScaleRow } from './print';
import { type CentralUiFigures, measureCentralUi } from './ui';

/**
 * `npm run bench`: the merge of many return files against two floors measured in the same run
 * (SheetJS parsing the same files on both cores; inflating and scanning their XML once), plus
 * statistics, report export and office-side actions. Prints a table per scale, the office table and
 * every target beside its measured value, and writes bench/results/bench.json (smoke.json for --smoke).
 * The scratch workspace carries the generated city's roster, so every return counts in the statistics
 * and the consolidated report lists every unit, as in a real period.
 *
 * Worker start-up is timed apart on both sides (floorStartMs, poolStartMs) and left out of the
 * ratios: the program keeps its pool for the whole session, so an import finds the workers loaded,
 * and from TypeScript sources start-up is mostly tsx compiling modules, which says nothing about
 * parsing. The floors' workers load and say ready before they are handed files; the import's pool
 * is warmed with a ping that loads the worker code but parses nothing (both start with a cold JIT).
 *
 * On a shared machine one measurement says little, so `--reps=N` (default 3) rounds of SheetJS floor,
 * physical floor and import are taken in turn; the table shows medians, the ratios are the medians of
 * each round's own ratio, and bench/results/*.json keeps every round. CPU time of the whole process
 * over each span (sheetjsCpuMs, importCpuMs: every thread, so both workers, the main thread and file
 * I/O) is shown too: other programs on the machine stretch wall time far more than CPU time.
 */
const smoke = process.argv.includes('--smoke');
const only = process.argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length);
const SCALES: Scale[] = smoke
  ? [{ name: 'smoke', units: 4, machinesPerUnit: 6 }]
  : [
      { name: 'seed', units: 70, machinesPerUnit: 51 },
      { name: 'province', units: 1000, machinesPerUnit: 100 },
    ].filter((s) => !only || s.name === only);
if (SCALES.length === 0) throw new Error(`unknown scale ${only}: seed or province`);
const threads = Math.max(1, Math.min(2, availableParallelism()));
/** Rounds of (SheetJS floor, physical floor, import), taken in turn so that a busy spell hits all three. */
const reps = Math.max(
  1,
  Number(process.argv.find((a) => a.startsWith('--reps='))?.slice('--reps='.length) ?? (smoke ? 1 : 3)),
);
const PERIOD = '2026';
const OFFICE_MACHINES = smoke ? 50 : 500;
const OFFICE_ROUNDS = smoke ? { saves: 15, exports: 1 } : { saves: 21, exports: 3 };
const cacheRoot = resolve(process.env.ZB_BENCH_CACHE ?? join(tmpdir(), 'zhengban-bench'));

interface Run {
  sheetjs: FloorResult;
  physical: FloorResult;
  importMs: number;
  importCpuMs: number;
  poolStartMs: number;
  peakRss: number;
}

/** What only the last round measures: statistics and the report, on the imported period. */
interface LastRound {
  currentReturns: number;
  statsMs: number;
  reportMs: number;
  reportPeakRss: number;
  reportError: string | null;
}

const REPORT_PROFILE = {
  code: '11530100MB0000001X',
  name: '青岚市使用正版软件工作领导小组办公室',
  parentCode: '',
  parentName: '',
  level: 'city' as const,
  headcount: 0,
  contact: '',
  phone: '',
  period: PERIOD,
};

const perRun: Record<string, Array<Record<string, number>>> = {};

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);

const rows: ScaleRow[] = [];
for (const scale of SCALES) {
  const generated = await ensureReturns(cacheRoot, scale);
  if (generated.generateMs > 0)
    console.log(`generated ${scale.name} returns in ${Math.round(generated.generateMs / 1000)} s`);
  const { files } = generated;
  const roster = listBenchRoster(scale.units);
  const runs: Run[] = [];
  let last: LastRound = { currentReturns: 0, statsMs: 0, reportMs: 0, reportPeakRss: 0, reportError: null };
  let report = { units: 0, machines: 0, installs: 0, bytes: 0 };
  for (let rep = 0; rep < reps; rep++) {
    const sheetjs = await measureFloor(files, 'sheetjs', threads);
    const physical = await measureFloor(files, 'physical', threads);
    const ctx = await createScratchContext();
    await ctx.doc.update((d) => {
      d.rosters = [{ period: PERIOD, units: roster }];
      d.currentPeriod = PERIOD;
    });
    const booting = performance.now();
    await ctx.pool.warm(PING_TASK);
    const poolStartMs = performance.now() - booting;
    peakRss = process.memoryUsage.rss();
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    const outcome = await importReturnFiles(ctx, PERIOD, files);
    const importMs = performance.now() - t0;
    const importCpuMs = cpuMsSince(cpu);
    runs.push({ sheetjs, physical, importMs, importCpuMs, poolStartMs, peakRss });
    if (outcome.counts.rejected > 0) console.warn(`warning: ${outcome.counts.rejected} files rejected`);
    if (rep === reps - 1) {
      const current = ctx.doc.data.returns.filter((r) => r.period === PERIOD && r.state === 'current');
      if (current.length !== files.length)
        console.warn(`warning: ${current.length} of ${files.length} returns count for the period`);
      const stats: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t1 = performance.now();
        buildStatsView(PERIOD, ctx.doc.data.rosters, ctx.doc.data.returns);
        stats.push(performance.now() - t1);
      }
      peakRss = process.memoryUsage.rss();
      const t2 = performance.now();
      let reportError: string | null = null;
      try {
        report = await exportConsolidatedReport(
          ctx,
          PERIOD,
          REPORT_PROFILE,
          'bench',
          join(ctx.dir, 'report.xlsx'),
        );
      } catch (error) {
        // A report too large to write is a finding of the bench, not the end of it.
        reportError =
          error instanceof ApiFailure
            ? `refused: ${translate('en', error.userMessage)}`
            : error instanceof Error
              ? error.message
              : String(error);
        console.warn(`warning: the consolidated report was not written: ${reportError}`);
      }
      last = {
        currentReturns: current.length,
        statsMs: median(stats),
        reportMs: performance.now() - t2,
        reportPeakRss: peakRss,
        reportError,
      };
    }
    await ctx.dispose();
  }
  rows.push({
    scale: scale.name,
    files: files.length,
    machines: generated.machines,
    installs: generated.installs,
    rows: runs[0]?.sheetjs.rows ?? 0,
    sheetjsMs: Math.round(median(runs.map((r) => r.sheetjs.ms))),
    physicalMs: Math.round(median(runs.map((r) => r.physical.ms))),
    importMs: Math.round(median(runs.map((r) => r.importMs))),
    sheetjsCpuMs: Math.round(median(runs.map((r) => r.sheetjs.cpuMs))),
    importCpuMs: Math.round(median(runs.map((r) => r.importCpuMs))),
    cpuRatioToSheetjs: round2(median(runs.map((r) => r.importCpuMs / r.sheetjs.cpuMs))),
    floorStartMs: Math.round(median(runs.map((r) => r.sheetjs.startMs))),
    poolStartMs: Math.round(median(runs.map((r) => r.poolStartMs))),
    ratioToSheetjs: round2(median(runs.map((r) => r.importMs / r.sheetjs.ms))),
    ratioToPhysical: round2(median(runs.map((r) => r.importMs / r.physical.ms))),
    peakRssMb: Math.round(Math.max(...runs.map((r) => r.peakRss)) / 2 ** 20),
    currentReturns: last.currentReturns,
    statsMs: round2(last.statsMs),
    reportMs: Math.round(last.reportMs),
    reportUnits: report.units,
    reportInstalls: report.installs,
    reportMb: round2(report.bytes / 2 ** 20),
    reportPeakRssMb: Math.round(last.reportPeakRss / 2 ** 20),
    reportError: last.reportError,
  });
  perRun[scale.name] = runs.map((r) => ({
    sheetjsMs: Math.round(r.sheetjs.ms),
    physicalMs: Math.round(r.physical.ms),
    importMs: Math.round(r.importMs),
    sheetjsCpuMs: Math.round(r.sheetjs.cpuMs),
    importCpuMs: Math.round(r.importCpuMs),
  }));
}
const office = await measureOffice(OFFICE_MACHINES, OFFICE_ROUNDS);
clearInterval(sampler);

/** Clerk actions that scroll, filter, sort or switch a view, as opposed to opening a page. */
const INTERACTIONS = /^(scroll|filter|clear|sort|switch)/;

/** The central screens with each scale's city loaded, in headless Chromium (skipped with --no-ui). */
const ui: Record<string, CentralUiFigures | { error: string }> = {};
if (!process.argv.includes('--no-ui')) {
  for (const scale of SCALES) {
    try {
      ui[scale.name] = await measureCentralUi({ ...scale, cacheRoot });
    } catch (error) {
      ui[scale.name] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
}

const targets = judgeTargets(rows, office, smoke);
printResults(
  rows,
  office,
  `Zhengban bench (${threads} worker threads; floors measured in the same run; median of ${reps} rounds)`,
  targets,
);
printUi();
await writeResults(smoke ? 'smoke.json' : 'bench.json');

/** The UI table: load time, longest task overall and while interacting, and per action. */
function printUi(): void {
  for (const [name, figures] of Object.entries(ui)) {
    if ('error' in figures) {
      console.log(`central UI (${name}): not measured — ${figures.error}`);
      continue;
    }
    const interacting = Object.entries(figures.perAction).filter(([action]) => INTERACTIONS.test(action));
    const worst = Math.max(0, ...interacting.map(([, ms]) => ms));
    console.log(
      `central UI (${name}): ${figures.machines.toLocaleString('en')} machines loaded; returns list shows data after ${figures.loadMs} ms; longest task ${figures.longestTaskMs} ms overall, ${worst} ms while scrolling/filtering/sorting (${figures.longTasks} tasks over 50 ms)`,
    );
    console.log(
      `  per action (longest task, ms): ${Object.entries(figures.perAction)
        .map(([action, ms]) => `${action} ${ms}`)
        .join(', ')}`,
    );
  }
}

/**
 * Keeps the latest figures of each scale: a run of one scale (--scale=province) replaces that scale's
 * entry and leaves the other's, each stamped with when it was measured.
 */
async function writeResults(name: string): Promise<void> {
  const outDir = resolve('bench/results');
  const file = join(outDir, name);
  await mkdir(outDir, { recursive: true });
  const at = new Date().toISOString();
  const previous: { scales?: Record<string, unknown> } = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : {};
  const scales: Record<string, unknown> = smoke ? {} : { ...(previous.scales ?? {}) };
  for (const row of rows) scales[row.scale] = { at, threads, reps, ...row, runs: perRun[row.scale] ?? [] };
  await writeFile(
    file,
    `${JSON.stringify({ at, scales, office: { at, ...office }, ui, targets }, null, 2)}\n`,
  );
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
