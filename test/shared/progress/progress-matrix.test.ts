import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { MILESTONES, type Milestone, type MilestoneKey } from '../../../shared/model';
import {
  buildProgressMatrix,
  encodeProgressWorkbook,
  filterProgressRows,
  NO_FILTER,
  type UnitProgressInput,
} from '../../../shared/progress';

/**
 * 70 units as in the city's second round. Unit n (1…70) has done the first (n mod 8) milestones,
 * is in progress on the next one, and has started nothing else; units 66–70 have not returned.
 * So the units lacking milestone k (0-based) are those with n mod 8 ≤ k, plus the five without a return.
 */
function unit(n: number): UnitProgressInput {
  const code = `52030${String(n).padStart(5, '0')}`;
  const county = n <= 40 ? '520302' : '';
  const doneCount = n % 8;
  const milestones: Milestone[] = MILESTONES.map((key, k) => ({
    key,
    state: k < doneCount ? 'done' : k === doneCount ? 'in_progress' : 'not_started',
    date: k < doneCount ? `2024-0${k + 1}-15` : '',
    note: '',
    docRef: k === 0 && doneCount > 0 ? `遵府办发〔2023〕${n}号` : '',
  }));
  return {
    unitCode: code,
    unitName: `单位${n}`,
    parentCode: county,
    parentName: county === '' ? '' : '红花岗区',
    milestones: n > 65 ? null : milestones,
  };
}
const UNITS = Array.from({ length: 70 }, (_, i) => unit(i + 1));

function expectedLacking(k: number): string[] {
  const codes: string[] = [];
  for (let n = 1; n <= 70; n++) if (n > 65 || n % 8 <= k) codes.push(unit(n).unitCode);
  return codes;
}

describe('the units × milestones matrix', () => {
  const matrix = buildProgressMatrix(UNITS);

  it('shows, for each milestone, which of the 70 units lack it', () => {
    expect(matrix.rows).toHaveLength(70);
    MILESTONES.forEach((key, k) => {
      const column = matrix.columns.find((c) => c.key === key)!;
      expect([...column.lackingUnitCodes].sort(), key).toEqual(expectedLacking(k).sort());
      expect(column.done + column.lackingUnitCodes.length).toBe(70);
      expect(column.noReturn).toBe(5);
    });
    // Leading group: units with n mod 8 = 0 among 1…65 (8, 16, …, 64: 8 units) plus 5 not returned.
    expect(matrix.columns[0]?.lackingUnitCodes).toHaveLength(13);
  });

  it('filters the units with no leading group yet', () => {
    const rows = filterProgressRows(matrix.rows, {
      ...NO_FILTER,
      milestone: 'leading_group',
      show: 'lacking',
    });
    expect(rows.map((r) => r.unitCode).sort()).toEqual(expectedLacking(0).sort());
    const inProgress = filterProgressRows(matrix.rows, {
      ...NO_FILTER,
      milestone: 'leading_group',
      show: 'in_progress',
    });
    expect(inProgress.map((r) => r.unitName).sort()).toEqual(
      ['单位16', '单位24', '单位32', '单位40', '单位48', '单位56', '单位64', '单位8'].sort(),
    );
    const notReturned = filterProgressRows(matrix.rows, {
      ...NO_FILTER,
      milestone: 'plan',
      show: 'no_return',
    });
    expect(notReturned).toHaveLength(5);
  });

  it('filters by county and by a part of the name', () => {
    expect(filterProgressRows(matrix.rows, { ...NO_FILTER, parentCode: '520302' })).toHaveLength(40);
    expect(
      filterProgressRows(matrix.rows, { ...NO_FILTER, search: '单位7' })
        .map((r) => r.unitName)
        .sort(),
    ).toEqual(['单位7', '单位70']);
  });

  it('exports the matrix as a workbook that names the state, date and document of each cell', () => {
    const bytes = encodeProgressWorkbook(matrix, 'zh-CN');
    const wb = XLSX.read(bytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(['工作进度', '工作进度明细']);
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.工作进度!, { header: 1, defval: '' });
    expect(rows[0]?.[0]).toBe('工作进度（70 个单位）');
    expect(rows[1]).toEqual([
      '单位代码',
      '单位名称',
      '所属县区',
      '成立领导小组',
      '制定实施方案',
      '调查摸底',
      '经费测算',
      '采购',
      '安装部署',
      '检查验收',
      '已完成项数',
    ]);
    const unit9 = rows.find((r) => r[1] === '单位9');
    // 9 mod 8 = 1: leading group done (with its document), plan in progress.
    expect(unit9?.[3]).toBe('已完成 2024-01-15\n遵府办发〔2023〕9号');
    expect(unit9?.[4]).toBe('进行中');
    expect(unit9?.[5]).toBe('未开始');
    expect(rows.find((r) => r[1] === '单位70')?.[3]).toBe('未报送');
    const lackingRow = rows.at(-1)!;
    expect(lackingRow[0]).toBe('尚未完成的单位数');
    expect(lackingRow.slice(3, 10)).toEqual(MILESTONES.map((_, k) => expectedLacking(k).length));
    const detail = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.工作进度明细!, { header: 1 });
    expect(detail).toHaveLength(1 + 70 * 7);
  });

  it('counts a unit that recorded a milestone twice once, by its first record', () => {
    const twice: Milestone[] = [
      { key: 'leading_group' as MilestoneKey, state: 'done', date: '2024-01-01', note: '', docRef: '' },
      { key: 'leading_group' as MilestoneKey, state: 'not_started', date: '', note: '', docRef: '' },
    ];
    const m = buildProgressMatrix([
      { unitCode: 'A1', unitName: 'a', parentCode: '', parentName: '', milestones: twice },
    ]);
    expect(m.columns[0]).toMatchObject({ done: 1, lackingUnitCodes: [] });
    expect(m.rows[0]?.doneCount).toBe(1);
  });
});
