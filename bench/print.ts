import type { OfficeFigures } from './office';

/** One scale's figures, as the table shows them and bench/results keeps them. */
export interface ScaleRow {
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
  currentReturns: number;
  statsMs: number;
  reportMs: number;
  reportUnits: number;
  reportInstalls: number;
  reportMb: number;
  reportPeakRssMb: number;
  /** Why the report could not be written, when it could not. */
  reportError: string | null;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  /** null when this run did not measure it (another scale). */
  isMet: boolean | null;
}

/** Statistics target: 200 ms at 100,000 machines, judged on the scale nearest that size. */
const STATS_TARGET_MACHINES = 100_000;

/** Prints one table per scale, the office table and the targets with their measured values. */
export function printResults(
  rows: readonly ScaleRow[],
  office: OfficeFigures,
  header: string,
  targets: readonly Target[],
): void {
  console.log(`\n${header}\n`);
  for (const r of rows) {
    console.log(
      `${r.scale}: ${r.files} returns, ${fmt(r.machines)} machines, ${fmt(r.installs)} installs (${fmt(r.rows)} sheet rows)`,
    );
    printTable([
      ['', 'wall ms', 'CPU ms', ''],
      [
        'SheetJS floor',
        fmt(r.sheetjsMs),
        fmt(r.sheetjsCpuMs),
        `workers started apart in ${r.floorStartMs} ms`,
      ],
      ['physical floor', fmt(r.physicalMs), '', 'inflate and scan the XML once'],
      [
        'import',
        fmt(r.importMs),
        fmt(r.importCpuMs),
        `${r.ratioToSheetjs}× SheetJS (CPU ${r.cpuRatioToSheetjs}×), ${r.ratioToPhysical}× physical; peak RSS ${fmt(r.peakRssMb)} MB; pool started apart in ${r.poolStartMs} ms`,
      ],
      [
        'statistics',
        String(r.statsMs),
        '',
        `${r.currentReturns} current returns on the roster (median of 5)`,
      ],
      [
        'consolidated report',
        fmt(r.reportMs),
        '',
        `${r.reportError ? `NOT WRITTEN (${r.reportError})` : `${r.reportUnits} units, ${fmt(r.reportInstalls)} installs, ${r.reportMb} MB`}; peak RSS ${fmt(r.reportPeakRssMb)} MB`,
      ],
    ]);
  }
  console.log(
    `office: one unit of ${office.machines} machines, ${fmt(office.installs)} installs (office.json ${office.officeJsonMb} MB)`,
  );
  printTable([
    ['', 'ms', ''],
    [
      'save one edit',
      String(office.saveMs),
      `median of ${office.saves} (${office.saveMinMs}–${office.saveMaxMs}); first after opening ${office.firstSaveMs}`,
    ],
    ['  without fsync', String(office.saveNoFsyncMs), 'same edits, disk flushes skipped (bench only)'],
    ['export the return', fmt(office.exportReturnMs), 'build, check and write the .xlsx (median)'],
    [
      'apply an image',
      fmt(office.imageApplyMs),
      `10 programs to ${office.machines} machines: ${fmt(office.imageAdded)} added, ${fmt(office.imageUpdated)} updated (median)`,
    ],
  ]);
  console.log('targets:');
  for (const t of targets) {
    const verdict = t.isMet === null ? 'n/a ' : t.isMet ? 'PASS' : 'MISS';
    console.log(`  ${verdict}  ${t.name}: ${t.goal}; measured ${t.measured}`);
  }
}

/** Each target next to what this run measured. */
export function judgeTargets(rows: readonly ScaleRow[], office: OfficeFigures, isSmoke: boolean): Target[] {
  const targets: Target[] = [];
  for (const r of rows) {
    targets.push({
      name: `import (${r.scale})`,
      goal: '≤ 1.3× SheetJS floor',
      measured: `${r.ratioToSheetjs}×${isSmoke ? ' (smoke files are too small to judge)' : ''}`,
      isMet: isSmoke ? null : r.ratioToSheetjs <= 1.3,
    });
  }
  const statsRow = [...rows].sort(
    (a, b) => Math.abs(a.machines - STATS_TARGET_MACHINES) - Math.abs(b.machines - STATS_TARGET_MACHINES),
  )[0];
  const isStatsScale = statsRow !== undefined && statsRow.machines >= STATS_TARGET_MACHINES * 0.95;
  targets.push({
    name: 'statistics',
    goal: '≤ 200 ms at 100,000 machines',
    measured: statsRow
      ? `${statsRow.statsMs} ms at ${statsRow.machines.toLocaleString('en')} machines (${statsRow.scale})`
      : 'not measured',
    isMet: isStatsScale ? statsRow.statsMs <= 200 : null,
  });
  targets.push({
    name: 'office save',
    goal: '≤ 20 ms at 500 machines',
    measured: `${office.saveMs} ms at ${office.machines} machines (${office.saveNoFsyncMs} ms without fsync)`,
    isMet: isSmoke || office.machines !== 500 ? null : office.saveMs <= 20,
  });
  for (const r of rows) {
    const peak = Math.max(r.peakRssMb, r.reportPeakRssMb);
    targets.push({
      name: `peak RSS (${r.scale})`,
      goal: '≤ 2048 MB',
      measured: `${r.peakRssMb} MB importing, ${r.reportPeakRssMb} MB writing the report`,
      isMet: peak <= 2048,
    });
  }
  return targets;
}

function fmt(n: number): string {
  return n.toLocaleString('en');
}

/** Prints rows as aligned columns; numbers (the middle columns) right-aligned. */
function printTable(rows: readonly string[][]): void {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  }
  for (const row of rows) {
    const cells = row.map((cell, i) => {
      const width = widths[i] ?? 0;
      const isNumber = i > 0 && i < row.length - 1;
      return isNumber ? cell.padStart(width) : cell.padEnd(width);
    });
    console.log(`  ${cells.join('  ').trimEnd()}`);
  }
  console.log('');
}
