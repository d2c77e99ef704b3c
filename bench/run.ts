import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createScratchContext } from '../electron/main/central/cli-support';
import { importReturnFiles } from '../electron/main/central/import-service';
import { exportConsolidatedReport } from '../electron/main/central/report-service';
import { buildStatsView } from '../shared/stats/central-view';
import { measureFloor } from './floors';
import { ensureReturns, type Scale } from './generate';
import { measureOffice } from './office';

/**
 * `npm run bench`: the merge of many return files against two floors measured in the same run
 * (SheetJS parsing the same files on both cores; inflating and scanning their XML once), plus
 * statistics, report export and office-side actions. Prints a table and writes bench/results/*.json.
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
  ratioToSheetjs: number;
  ratioToPhysical: number;
  peakRssMb: number;
  statsMs: number;
  reportMs: number;
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);

const rows: Row[] = [];
for (const scale of SCALES) {
  const generated = await ensureReturns(cacheRoot, scale);
  const { files } = generated;
  const sheetjs = await measureFloor(files, 'sheetjs', threads);
  const physical = await measureFloor(files, 'physical', threads);
  const ctx = await createScratchContext();
  peakRss = process.memoryUsage.rss();
  const t0 = performance.now();
  const outcome = await importReturnFiles(ctx, '2026', files);
  const importMs = performance.now() - t0;
  const importPeak = peakRss;
  const t1 = performance.now();
  buildStatsView('2026', ctx.doc.data.rosters, ctx.doc.data.returns);
  const statsMs = performance.now() - t1;
  const t2 = performance.now();
  const profile = {
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
  await exportConsolidatedReport(ctx, '2026', profile, 'bench', join(ctx.dir, 'report.xlsx'));
  const reportMs = performance.now() - t2;
  await ctx.dispose();
  if (outcome.counts.rejected > 0) console.warn(`warning: ${outcome.counts.rejected} files rejected`);
  rows.push({
    scale: scale.name,
    files: files.length,
    machines: generated.machines,
    installs: generated.installs,
    rows: sheetjs.rows,
    sheetjsMs: Math.round(sheetjs.ms),
    physicalMs: Math.round(physical.ms),
    importMs: Math.round(importMs),
    ratioToSheetjs: round2(importMs / sheetjs.ms),
    ratioToPhysical: round2(importMs / physical.ms),
    peakRssMb: Math.round(importPeak / 2 ** 20),
    statsMs: round2(statsMs),
    reportMs: Math.round(reportMs),
  });
}
const office = await measureOffice(smoke ? 50 : 500);
clearInterval(sampler);

console.log(`\nZhengban bench (${threads} worker threads; floors measured in the same run)\n`);
console.table(rows);
console.table([office]);
console.log(
  'targets: import ≤ 1.3× SheetJS floor; statistics ≤ 200 ms at 100,000 machines; office save ≤ 20 ms at 500 machines; peak RSS ≤ 2048 MB',
);
const outDir = resolve('bench/results');
await mkdir(outDir, { recursive: true });
await writeFile(
  join(outDir, `${smoke ? 'smoke' : 'bench'}.json`),
  JSON.stringify({ at: new Date().toISOString(), threads, rows, office }, null, 2),
);

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
