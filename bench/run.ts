import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createScratchContext } from '../electron/main/central/cli-support';
import { importReturnFiles } from '../electron/main/central/import-service';
import { exportConsolidatedReport } from '../electron/main/central/report-service';
import { PING_TASK } from '../electron/main/central/return-file-tasks';
import { buildStatsView } from '../shared/stats/central-view';
import { cpuMsSince, type FloorResult, measureFloor } from './floors';
import { ensureReturns, type Scale } from './generate';
import { measureOffice } from './office';

/**
 * `npm run bench`: the merge of many return files against two floors measured in the same run
 * (SheetJS parsing the same files on both cores; inflating and scanning their XML once), plus
 * statistics, report export and office-side actions. Prints a table and writes bench/results/*.json.
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
const threads = Math.max(1, Math.min(2, availableParallelism()));
/** Rounds of (SheetJS floor, physical floor, import), taken in turn so that a busy spell hits all three. */
const reps = Math.max(
  1,
  Number(process.argv.find((a) => a.startsWith('--reps='))?.slice('--reps='.length) ?? (smoke ? 1 : 3)),
);
const cacheRoot = resolve(process.env.ZB_BENCH_CACHE ?? join(tmpdir(), 'zhengban-bench'));

interface Row {
  scale: string;
  files: number;
  machines: number;
  installs: number;
  rows: number;
  sheetjsMs: number;
  physicalMs: number;
  importMs: number;
  sheetjsCpuMs: number;
  importCpuMs: number;
  cpuRatioToSheetjs: number;
  floorStartMs: number;
  poolStartMs: number;
  ratioToSheetjs: number;
  ratioToPhysical: number;
  peakRssMb: number;
  statsMs: number;
  reportMs: number;
}

interface Run {
  sheetjs: FloorResult;
  physical: FloorResult;
  importMs: number;
  importCpuMs: number;
  poolStartMs: number;
  peakRss: number;
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
  period: '2026',
};

const perRun: Array<{ scale: string; runs: Array<Record<string, number>> }> = [];

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);

const rows: Row[] = [];
for (const scale of SCALES) {
  const generated = await ensureReturns(cacheRoot, scale);
  const { files } = generated;
  const runs: Run[] = [];
  let statsMs = 0;
  let reportMs = 0;
  for (let rep = 0; rep < reps; rep++) {
    const sheetjs = await measureFloor(files, 'sheetjs', threads);
    const physical = await measureFloor(files, 'physical', threads);
    const ctx = await createScratchContext();
    const booting = performance.now();
    await ctx.pool.warm(PING_TASK);
    const poolStartMs = performance.now() - booting;
    peakRss = process.memoryUsage.rss();
    const t0 = performance.now();
    const cpu = process.cpuUsage();
    const outcome = await importReturnFiles(ctx, '2026', files);
    const importMs = performance.now() - t0;
    const importCpuMs = cpuMsSince(cpu);
    runs.push({ sheetjs, physical, importMs, importCpuMs, poolStartMs, peakRss });
    if (outcome.counts.rejected > 0) console.warn(`warning: ${outcome.counts.rejected} files rejected`);
    if (rep === reps - 1) {
      const t1 = performance.now();
      buildStatsView('2026', ctx.doc.data.rosters, ctx.doc.data.returns);
      statsMs = performance.now() - t1;
      const t2 = performance.now();
      await exportConsolidatedReport(ctx, '2026', REPORT_PROFILE, 'bench', join(ctx.dir, 'report.xlsx'));
      reportMs = performance.now() - t2;
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
    statsMs: round2(statsMs),
    reportMs: Math.round(reportMs),
  });
  perRun.push({
    scale: scale.name,
    runs: runs.map((r) => ({
      sheetjsMs: Math.round(r.sheetjs.ms),
      physicalMs: Math.round(r.physical.ms),
      importMs: Math.round(r.importMs),
      sheetjsCpuMs: Math.round(r.sheetjs.cpuMs),
      importCpuMs: Math.round(r.importCpuMs),
    })),
  });
}
const office = await measureOffice(smoke ? 50 : 500);
clearInterval(sampler);

console.log(
  `\nZhengban bench (${threads} worker threads; floors measured in the same run; median of ${reps} rounds)\n`,
);
console.table(rows);
console.table([office]);
console.log(
  'targets: import ≤ 1.3× SheetJS floor; statistics ≤ 200 ms at 100,000 machines; office save ≤ 20 ms at 500 machines; peak RSS ≤ 2048 MB',
);
const outDir = resolve('bench/results');
await mkdir(outDir, { recursive: true });
await writeFile(
  join(outDir, `${smoke ? 'smoke' : 'bench'}.json`),
  JSON.stringify({ at: new Date().toISOString(), threads, reps, rows, perRun, office }, null, 2),
);

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
