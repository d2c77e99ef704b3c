import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as XLSX from 'xlsx';
import { decodeReturn, encodeReturn } from '../../../shared/return-file';
import { makeReturn, readWorkbook, sha256, writeWorkbook } from './helpers';

const original = encodeReturn(makeReturn(), { digest: sha256 });

const cellArb: fc.Arbitrary<XLSX.CellObject | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 20 }).map((v): XLSX.CellObject => ({ t: 's', v })),
  fc
    .constantFrom('__proto__', 'constructor', 'asset_no', 'machine_id', '正版', '2024-02-30', '=1+1')
    .map((v): XLSX.CellObject => ({ t: 's', v })),
  fc.double().map((v): XLSX.CellObject => ({ t: 'n', v })),
  fc.boolean().map((v): XLSX.CellObject => ({ t: 'b', v })),
  fc.constantFrom(0x07, 0x2a).map((v): XLSX.CellObject => ({ t: 'e', v })),
);

describe('hostile or damaged files never crash the reader', () => {
  it('reports problems, and never throws, whatever cells a clerk scribbles over', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(10), fc.nat(30), fc.nat(25), cellArb), { minLength: 1, maxLength: 12 }),
        (edits) => {
          const workbook = readWorkbook(original);
          for (const [sheetIndex, r, c, cell] of edits) {
            const name = workbook.SheetNames[sheetIndex % workbook.SheetNames.length] ?? '';
            const data = workbook.Sheets[name]?.['!data'];
            if (data === undefined || r >= data.length) continue;
            const row = data[r] ?? [];
            data[r] = row;
            if (c >= row.length) continue;
            if (cell === undefined) delete row[c];
            else row[c] = cell;
          }
          const result = decodeReturn(writeWorkbook(workbook), { digest: sha256 });
          expect(result.value === null).toBe(result.issues.some((i) => i.severity === 'error'));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses, and never throws on, a file with damaged bytes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), { minLength: 1, maxLength: 20 }),
        (flips) => {
          const bytes = original.slice();
          for (const [at, value] of flips) bytes[at] = value;
          const result = decodeReturn(bytes, { digest: sha256 });
          expect(result.value === null).toBe(result.issues.some((i) => i.severity === 'error'));
        },
      ),
      { numRuns: 60 },
    );
  });
});
