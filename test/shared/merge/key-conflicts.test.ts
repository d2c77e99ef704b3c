import { describe, expect, it } from 'vitest';
import { collectReturnKeys, findKeyConflicts } from '../../../shared/merge/key-conflicts';

const machine = (assetNo: string, serial: string) => ({ assetNo, serial });

describe('asset number and serial number conflicts', () => {
  it('lists an asset number reported by two units, however it was typed', () => {
    const a = collectReturnKeys([machine('zb-0031', 'PF1ABC23'), machine('ZB-0032', '')]);
    const b = collectReturnKeys([machine('ＺＢ－００３１ ', 'R90XYZ12')]);
    const conflicts = findKeyConflicts([
      { period: '2026', unitCode: 'A001', sha: 'a', keys: a },
      { period: '2026', unitCode: 'B002', sha: 'b', keys: b },
    ]);
    expect(conflicts).toEqual([
      {
        period: '2026',
        kind: 'asset_no',
        value: 'ZB-0031',
        units: [
          { unitCode: 'A001', sha: 'a' },
          { unitCode: 'B002', sha: 'b' },
        ],
      },
    ]);
  });

  it('lists a serial number on two units but ignores firmware placeholders', () => {
    const a = collectReturnKeys([
      machine('A-1', 'PF1ABC23'),
      machine('A-2', 'To be filled by O.E.M.'),
      machine('A-3', 'Default string'),
    ]);
    const b = collectReturnKeys([
      machine('B-1', 'pf1abc23'),
      machine('B-2', 'To Be Filled By O.E.M.'),
      machine('B-3', 'DEFAULT STRING'),
    ]);
    const conflicts = findKeyConflicts([
      { period: '2026', unitCode: 'A001', sha: 'a', keys: a },
      { period: '2026', unitCode: 'B002', sha: 'b', keys: b },
    ]);
    expect(conflicts.map((c) => [c.kind, c.value])).toEqual([['serial', 'PF1ABC23']]);
  });

  it('does not compare different periods, nor a unit with itself', () => {
    const keys = collectReturnKeys([machine('X-1', 'SERIAL001')]);
    expect(
      findKeyConflicts([
        { period: '2025', unitCode: 'A001', sha: 'a', keys },
        { period: '2026', unitCode: 'B002', sha: 'b', keys },
        { period: '2026', unitCode: 'B002', sha: 'c', keys },
      ]),
    ).toEqual([]);
  });
});
