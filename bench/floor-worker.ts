import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import * as XLSX from 'xlsx';
import { inflateZipEntries, scanCells } from './zip-entries';

/**
 * Parses its share of files with SheetJS (library floor) or inflates and scans them (physical floor).
 * Says `ready` once loaded and waits for its share, so that start-up is timed apart from the work.
 */
parentPort?.postMessage({ ready: true });
parentPort?.once('message', ({ files, mode }: { files: string[]; mode: 'sheetjs' | 'physical' }) => {
  let rows = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    if (mode === 'sheetjs') {
      const wb = XLSX.read(bytes, {
        type: 'buffer',
        dense: true,
        cellFormula: false,
        cellHTML: false,
        cellStyles: false,
      });
      for (const name of wb.SheetNames) rows += (wb.Sheets[name]?.['!data'] ?? []).length;
    } else {
      rows += scanCells(inflateZipEntries(bytes)).rows;
    }
  }
  parentPort?.postMessage({ rows });
});
