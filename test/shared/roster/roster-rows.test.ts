import { describe, expect, it } from 'vitest';
import { mergeRosterUnits, upsertRosterUnit } from '../../../shared/roster/roster';
import { rosterToRows, rowsToRoster } from '../../../shared/roster/roster-rows';

describe('reading a roster workbook', () => {
  it('finds the heading row below a title and reads every unit', () => {
    const { units, issues } = rowsToRoster([
      ['2026年度报送单位名单'],
      [],
      ['序号', '单位代码', '单位名称', '所属县区代码', '所属县区', '联系人', '联系电话'],
      [1, '52030201', '红花岗区教育局', '520302', '红花岗区', '张伟', '0851-28221234'],
      [2, 52030202, '红花岗区财政局', 520302, '红花岗区', '', ''],
    ]);
    expect(issues).toEqual([]);
    expect(units).toEqual([
      {
        code: '52030201',
        name: '红花岗区教育局',
        parentCode: '520302',
        parentName: '红花岗区',
        contact: '张伟',
        phone: '0851-28221234',
      },
      {
        code: '52030202',
        name: '红花岗区财政局',
        parentCode: '520302',
        parentName: '红花岗区',
        contact: '',
        phone: '',
      },
    ]);
  });

  it('reads English headings and cleans codes typed with full-width characters and lower case', () => {
    const { units } = rowsToRoster([
      ['Unit code', 'Unit name', 'Parent'],
      ['１１５２０３００ｍｂ１２', 'Copyright Bureau', 'City'],
    ]);
    expect(units[0]).toMatchObject({ code: '11520300MB12', name: 'Copyright Bureau', parentName: 'City' });
  });

  it('skips bad and repeated rows with a reason naming the row, and keeps the rest', () => {
    const { units, issues } = rowsToRoster([
      ['单位代码', '单位名称'],
      ['A001', '甲局'],
      ['bad code!', '乙局'],
      ['A001', '丙局'],
      ['B002', ''],
      [],
      ['C003', '丁局'],
    ]);
    expect(units.map((u) => u.code)).toEqual(['A001', 'C003']);
    expect(issues.map((i) => [i.row, i.message.key])).toEqual([
      [3, 'central:roster.issues.badCode'],
      [4, 'central:roster.issues.duplicate'],
      [5, 'central:roster.issues.badField'],
    ]);
  });

  it('says so when no heading row is found', () => {
    expect(
      rowsToRoster([
        ['x', 'y'],
        ['1', '2'],
      ]).issues[0]?.message.key,
    ).toBe('central:roster.issues.noHeader');
  });

  it('reads back what it writes', () => {
    const units = [
      { code: 'A001', name: '甲局', parentCode: 'P01', parentName: '某县', contact: '李', phone: '1' },
    ];
    expect(rowsToRoster(rosterToRows(units)).units).toEqual(units);
  });
});

describe('editing a roster', () => {
  const a = { code: 'A001', name: '甲局', parentCode: '', parentName: '', contact: '', phone: '' };
  it('adds new codes and updates known ones when merging an imported list', () => {
    const merged = mergeRosterUnits(
      [a],
      [
        { ...a, contact: '王' },
        { ...a, code: 'B002', name: '乙局' },
        { ...a, code: 'B002', name: '乙局' },
      ],
    );
    expect(merged).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(merged.units.map((u) => [u.code, u.contact])).toEqual([
      ['A001', '王'],
      ['B002', ''],
    ]);
  });

  it('renames a unit in place when its code is corrected', () => {
    const b = { ...a, code: 'B002', name: '乙局' };
    expect(upsertRosterUnit([a, b], { ...a, code: 'A0011' }, 'A001').map((u) => u.code)).toEqual([
      'A0011',
      'B002',
    ]);
  });
});
