import { describe, expect, it } from 'vitest';
import { buildChaseListRows } from '../../../shared/roster/chase-list';
import { computeRecovery } from '../../../shared/roster/recovery';
import type { RosterUnit } from '../../../shared/roster/roster';

const unit = (code: string, parentCode: string, parentName: string): RosterUnit => ({
  code,
  name: `${code}局`,
  parentCode,
  parentName,
  contact: '联系人',
  phone: '0851-1',
});
const roster = [
  unit('A1', 'P1', '甲县'),
  unit('A2', 'P1', '甲县'),
  unit('B1', 'P2', '乙县'),
  unit('B2', 'P2', '乙县'),
];

describe('return rate (回收率)', () => {
  const recovery = computeRecovery(roster, new Set(['A1', 'B1']), [
    { unitCode: 'B2', fileName: 'B2.xlsx', reasons: [{ key: 'returnFile:issue.truncated' }] },
    { unitCode: 'A1', fileName: 'A1-old.xlsx', reasons: [{ key: 'central:merge.older' }] },
  ]);

  it('counts returned over expected and names who sent nothing and whose file was refused', () => {
    expect([recovery.returned, recovery.expected, recovery.rate]).toEqual([2, 4, 0.5]);
    expect(recovery.missing.map((m) => [m.unit.code, m.kind])).toEqual([
      ['A2', 'not_received'],
      ['B2', 'rejected'],
    ]);
  });

  it('does not list a unit that has a usable return even if another of its files was refused', () => {
    expect(recovery.missing.some((m) => m.unit.code === 'A1')).toBe(false);
  });

  it('gives the rate per county', () => {
    expect(recovery.byParent.map((p) => [p.parentName, p.returned, p.expected, p.missingCodes])).toEqual([
      ['甲县', 1, 2, ['A2']],
      ['乙县', 1, 2, ['B2']],
    ]);
  });

  it('has no rate when nobody is expected', () => {
    expect(computeRecovery([], new Set(), []).rate).toBeNull();
  });

  it('writes a chase list with contacts and the reason a file was refused, in Chinese', () => {
    const rows = buildChaseListRows(recovery, '2026', 'zh-CN');
    expect(rows[0]?.[0]).toContain('已报 2 / 应报 4');
    expect(rows[1]).toEqual([
      '序号',
      '单位代码',
      '单位名称',
      '上级单位（县区）',
      '联系人',
      '联系电话',
      '情况',
    ]);
    expect(rows[2]).toEqual(['1', 'A2', 'A2局', '甲县', '联系人', '0851-1', '未报送']);
    expect(rows[3]?.[6]).toMatch(/^报送的文件“B2\.xlsx”未被接收：文件不完整/);
  });
});
