import { describe, expect, it } from 'vitest';
import { renderSummaryFormHtml } from '../../../shared/report/summary-form-html';
import { figuresOf } from '../../../shared/stats/central-aggregate';
import { createEmptyCounts } from '../../../shared/stats/summary';

const byCategory = createEmptyCounts();
byCategory.os = { installed: 120, genuine: 100, notGenuine: 15, toVerify: 5, needed: 20 };
const figures = figuresOf([
  {
    computers: 118,
    byCategory,
    genuineRate: 100 / 120,
    vendors: [],
    domestic: createEmptyCounts(),
    neededByProduct: [],
    milestones: [],
    entitlements: 0,
    children: [],
  },
]);

const input = {
  unitName: '遵义市版权局',
  unitCode: '520300',
  period: '2026',
  figures,
  expected: 70,
  returned: 67,
  rows: [
    { code: 'A1', name: '<script>甲局</script>', figures },
    { code: 'A2', name: '乙局', figures: null },
  ],
  signers: { preparer: '张晓梅', reviewer: '', head: '王强' },
  date: '2026-04-02',
};

describe('printable summary form', () => {
  const html = renderSummaryFormHtml(input, 'zh-CN');

  it('is an A4 page with the pledge, the signature boxes, the seal box and the date', () => {
    expect(html).toContain('size: A4');
    expect(html).toContain('本单位承诺以上数据据实填报');
    for (const label of ['填报人', '审核人', '单位负责人', '单位盖章']) expect(html).toContain(label);
    expect(html).toContain('张晓梅');
    expect(html).toContain('日期：2026-04-02');
    expect(html).toMatch(/Noto Serif CJK SC|SimSun/);
  });

  it('prints the figures and the return rate', () => {
    expect(html).toContain('<td class="n">118</td>');
    expect(html).toContain('67 / 70（95.7%）');
    expect(html).toContain('83.3%');
    expect(html).toContain('未报送');
  });

  it('escapes unit names, so a name cannot inject markup', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;甲局');
  });

  it('leaves a blank date line to fill in by hand when no date is given', () => {
    expect(renderSummaryFormHtml({ ...input, date: '' }, 'zh-CN')).toContain('年　　月　　日');
  });
});
