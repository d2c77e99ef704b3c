import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildBudgetSheets, computeCentralBudget, writeSheetsWorkbook } from '../../../shared/budget';
import { CATALOG, CENTRAL_UNITS, PRICES, SCENARIOS } from './two-units.fixture';

function readBack(bytes: Uint8Array, sheet: string): unknown[][] {
  const wb = XLSX.read(bytes, { type: 'array' });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheet]!, { header: 1, defval: null });
  // The sheet is as wide as its widest part; trailing empty cells are not content.
  return rows.map((row) => {
    const copy = [...row];
    while (copy.length > 0 && copy.at(-1) === null) copy.pop();
    return copy;
  });
}

describe('the 经费测算 sheets of the consolidated report', () => {
  const budget = computeCentralBudget(CENTRAL_UNITS, PRICES, SCENARIOS, CATALOG, [
    { unitCode: '5203000001', fundsFen: 3_000_000, note: '' },
  ]);
  const bytes = writeSheetsWorkbook(buildBudgetSheets(budget, CATALOG, 'zh-CN'));
  const rows = readBack(bytes, '经费测算');

  it('states the rounding and the gap rule in the sheet itself', () => {
    expect(String(rows[1]?.[0])).toContain('万元按四舍五入保留两位小数');
    expect(String(rows[2]?.[0])).toContain('资金缺口 = 测算合计 − 已落实资金');
  });

  it('compares the scenarios for all units with the hand-computed totals, gaps and differences', () => {
    const start = rows.findIndex((r) => r[0] === '测算口径');
    expect(rows[start]).toEqual([
      '测算口径',
      '操作系统',
      '办公软件',
      '杀毒/安全软件',
      '其他软件',
      '合计（元）',
      '合计（万元）',
      '与“按目录价采购原产品”相比（元）',
      '已落实资金（元）',
      '资金缺口（元）',
      '资金缺口（万元）',
      '资金结余（元）',
      '缺少价格（套）',
    ]);
    // list: 53,484.97 yuan; gap 2,091.30 + 21,393.67; 3 licences without price.
    expect(rows[start + 1]).toEqual([
      '按目录价采购原产品',
      21456,
      19083.3,
      600,
      12345.67,
      53484.97,
      5.35,
      0,
      30000,
      23484.97,
      2.35,
      0,
      3,
    ]);
    expect(rows[start + 2]).toEqual([
      '按协议价采购原产品',
      17608,
      15969.44,
      600,
      12345.67,
      46523.11,
      4.65,
      -6961.86,
      30000,
      19627.67,
      1.96,
      3104.56,
      3,
    ]);
    expect(rows[start + 3]).toEqual([
      '国产替代',
      9824,
      6240,
      0,
      12345.67,
      28409.67,
      2.84,
      -25075.3,
      30000,
      17681.67,
      1.77,
      19272,
      6,
    ]);
  });

  it('lists every unit under its county with a subtotal, then the total', () => {
    const title = rows.findIndex((r) => r[0] === '测算口径：按目录价采购原产品');
    // level, code, name, total (yuan), total (万元), funds, gap (yuan)
    expect(rows.slice(title + 2, title + 6).map((r) => [r[0], r[1], r[2], r[8], r[9], r[10], r[11]])).toEqual(
      [
        ['单位', '5203000001', '甲局', 32091.3, 3.21, 30000, 2091.3],
        ['县区小计', '520302', '甲县', 32091.3, 3.21, 30000, 2091.3],
        ['单位', '5203000002', '乙局', 21393.67, 2.14, '未填报', 21393.67],
        ['直属单位小计', null, null, 21393.67, 2.14, 0, 21393.67],
      ],
    );
    expect(rows[title + 6]?.[0]).toBe('合计');
    expect(rows[title + 6]?.[8]).toBe(53484.97);
    expect(rows[title + 6]?.[11]).toBe(23484.97);
  });

  it('lists the missing prices per scenario', () => {
    const start = rows.findIndex((r) => r[0] === '缺少价格的软件（未计入上述金额）');
    const missing = rows.slice(start + 2).filter((r) => r[0] !== null);
    expect(missing.map((r) => [r[0], r[1], r[4], r[6]])).toEqual([
      ['按目录价采购原产品', '天擎终端安全管理系统', '价格表中没有价格', 2],
      ['按目录价采购原产品', 'FooCAD 3.1', '软件不在目录中，无法定价', 1],
      ['按协议价采购原产品', '天擎终端安全管理系统', '价格表中没有价格', 2],
      ['按协议价采购原产品', 'FooCAD 3.1', '软件不在目录中，无法定价', 1],
      ['国产替代', '卡巴斯基安全软件', '价格表中没有价格', 3],
      ['国产替代', '天擎终端安全管理系统', '价格表中没有价格', 2],
      ['国产替代', 'FooCAD 3.1', '软件不在目录中，无法定价', 1],
    ]);
    expect(missing[4]?.[5]).toBe('火绒安全软件 企业版');
  });

  it('traces every amount to a price line in the detail sheet', () => {
    const detail = readBack(bytes, '经费测算明细');
    const office = detail.find(
      (r) => r[0] === '按协议价采购原产品' && r[1] === '5203000001' && r[3] === '办公软件',
    );
    expect(office).toEqual([
      '按协议价采购原产品',
      '5203000001',
      '甲局',
      '办公软件',
      'Microsoft Office 2016',
      '专业增强版',
      'Microsoft Office 2016',
      '专业增强版',
      7,
      '目录价',
      '批量许可',
      2199.9,
      '15%',
      1869.92,
      13089.44,
      'test quotation 2026-01-15',
    ]);
    // Sum of the detail amounts per scenario equals the scenario total.
    for (const scenario of SCENARIOS) {
      const cents = detail
        .filter((r) => r[0] === scenario.name && typeof r[14] === 'number')
        .reduce((sum, r) => sum + Math.round((r[14] as number) * 100), 0);
      expect(cents, scenario.name).toBe(
        budget.scenarios.find((s) => s.scenarioId === scenario.id)?.city.totalFen,
      );
    }
  });
});
