import type { ParsedFile, ParsedReturn } from '../../../shared/merge/merge-types';
import { createEmptyCounts } from '../../../shared/stats/summary';

/** A parsed return with only what the merge rules look at filled in. */
export function parsedReturn(over: Partial<ParsedReturn> & { sha: string; unitCode: string }): ParsedFile {
  return {
    kind: 'parsed',
    ret: {
      fileName: `${over.unitCode}.xlsx`,
      bytes: 1000,
      period: '2026',
      unitName: `单位${over.unitCode}`,
      parentCode: '',
      parentName: '',
      exportedAt: '2026-03-01T09:00:00+08:00',
      packageId: '',
      digestState: 'unchanged',
      warnings: [],
      summary: {
        computers: 1,
        byCategory: createEmptyCounts(),
        genuineRate: null,
        vendors: [],
        domestic: createEmptyCounts(),
        neededByProduct: [],
        milestones: [],
        entitlements: 0,
        children: [],
      },
      ...over,
    },
  };
}

/** A 64-hex-digit hash made from a short label, readable in test failures. */
export function sha(label: string): string {
  return Array.from(label)
    .map((c) => c.charCodeAt(0).toString(16))
    .join('')
    .padEnd(64, '0')
    .slice(0, 64);
}
