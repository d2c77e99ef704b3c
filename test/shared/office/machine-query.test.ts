import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMachineDraft, type Machine } from '../../../shared/model';
import {
  EMPTY_MACHINE_QUERY,
  filterMachines,
  listDepartments,
  type MachineQuery,
  sortMachines,
} from '../../../shared/office/machine-query';
import { applyMachinePatch, type MachineRow } from '../../../shared/office/machine-row';

function row(assetNo: string, extra: Partial<MachineRow> = {}): MachineRow {
  return {
    ...createMachineDraft(assetNo),
    id: assetNo,
    installCount: 0,
    genuineCount: 0,
    notGenuineCount: 0,
    toVerifyCount: 0,
    ...extra,
  };
}

const rows = [
  row('ZB-10', { user: '张伟', department: '财务科', installCount: 2, genuineCount: 2 }),
  row('ZB-2', {
    user: '王芳',
    department: '办公室',
    type: 'laptop',
    installCount: 3,
    notGenuineCount: 1,
    genuineCount: 2,
  }),
  row('ZB-1', { user: '李娜', department: '财务科', serial: 'PF3X9K2A', installCount: 1, toVerifyCount: 1 }),
  row('ZB-3', { user: '陈静', department: '档案室', status: 'scrapped' }),
];
const q = (over: Partial<MachineQuery>): MachineQuery => ({ ...EMPTY_MACHINE_QUERY, ...over });
const assetNos = (list: MachineRow[]) => list.map((r) => r.assetNo);

describe('searching the machine ledger', () => {
  it('needs every typed word to match some field, in any case and width', () => {
    expect(assetNos(filterMachines(rows, q({ text: '财务' })))).toEqual(['ZB-10', 'ZB-1']);
    expect(assetNos(filterMachines(rows, q({ text: '财务 李娜' })))).toEqual(['ZB-1']);
    expect(assetNos(filterMachines(rows, q({ text: 'pf3x' })))).toEqual(['ZB-1']);
    expect(assetNos(filterMachines(rows, q({ text: 'ＺＢ-2' })))).toEqual(['ZB-2']);
  });

  it('filters by type, status, department and verdict', () => {
    expect(assetNos(filterMachines(rows, q({ types: ['laptop'] })))).toEqual(['ZB-2']);
    expect(assetNos(filterMachines(rows, q({ statuses: ['scrapped'] })))).toEqual(['ZB-3']);
    expect(assetNos(filterMachines(rows, q({ departments: ['财务科'] })))).toEqual(['ZB-10', 'ZB-1']);
    expect(assetNos(filterMachines(rows, q({ verdict: 'not_genuine' })))).toEqual(['ZB-2']);
    expect(assetNos(filterMachines(rows, q({ verdict: 'to_verify' })))).toEqual(['ZB-1']);
    expect(assetNos(filterMachines(rows, q({ verdict: 'clean' })))).toEqual(['ZB-10']);
    expect(assetNos(filterMachines(rows, q({ verdict: 'no_installs' })))).toEqual(['ZB-3']);
  });

  it('never invents rows and keeps their order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), (text) => {
        const found = filterMachines(rows, q({ text }));
        const positions = found.map((r) => rows.indexOf(r));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }),
    );
  });
});

describe('sorting the machine ledger', () => {
  it('orders asset numbers as numbers (ZB-2 before ZB-10)', () => {
    expect(assetNos(sortMachines(rows, { key: 'assetNo', order: 'ascend' }))).toEqual([
      'ZB-1',
      'ZB-2',
      'ZB-3',
      'ZB-10',
    ]);
    expect(assetNos(sortMachines(rows, { key: 'assetNo', order: 'descend' }))).toEqual([
      'ZB-10',
      'ZB-3',
      'ZB-2',
      'ZB-1',
    ]);
  });

  it('orders Chinese names by pinyin', () => {
    // chen, li, wang, zhang
    expect(sortMachines(rows, { key: 'user', order: 'ascend' }).map((r) => r.user)).toEqual([
      '陈静',
      '李娜',
      '王芳',
      '张伟',
    ]);
  });

  it('keeps the original order of equal rows and sorts counts as numbers', () => {
    // ban (办公室), cai (财务科) ×2 in their original order, dang (档案室)
    expect(assetNos(sortMachines(rows, { key: 'department', order: 'ascend' }))).toEqual([
      'ZB-2',
      'ZB-10',
      'ZB-1',
      'ZB-3',
    ]);
    expect(assetNos(sortMachines(rows, { key: 'installCount', order: 'descend' }))).toEqual([
      'ZB-2',
      'ZB-10',
      'ZB-1',
      'ZB-3',
    ]);
  });

  it('returns a reordering of the same rows', () => {
    const sorted = sortMachines(rows, { key: 'user', order: 'descend' });
    expect([...sorted].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...rows].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(sortMachines(rows, null)).toEqual(rows);
  });

  it('lists each department once for the filter', () => {
    expect(listDepartments(rows)).toEqual(['办公室', '财务科', '档案室']);
  });
});

describe('bulk edit', () => {
  it('sets only the given fields on only the chosen machines and counts real changes', () => {
    const machines: Machine[] = [
      { ...createMachineDraft('A'), id: 'a', department: '财务科' },
      { ...createMachineDraft('B'), id: 'b', department: '办公室' },
      { ...createMachineDraft('C'), id: 'c', department: '办公室' },
    ];
    const changed = applyMachinePatch(machines, new Set(['a', 'b']), {
      department: '办公室',
      zone: 'internet',
    });
    expect(changed).toBe(2);
    expect(machines.map((m) => [m.department, m.zone])).toEqual([
      ['办公室', 'internet'],
      ['办公室', 'internet'],
      ['办公室', 'intranet'],
    ]);
    expect(applyMachinePatch(machines, new Set(['a']), { department: '办公室' })).toBe(0);
  });
});
