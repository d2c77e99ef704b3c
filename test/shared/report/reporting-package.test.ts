import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_OPTIONS } from '../../../shared/licensing/rule-options';
import { decodePackage, encodePackage, type PackageDraft } from '../../../shared/report/reporting-package';

const draft: PackageDraft = {
  id: '520300-2026-20260401080000',
  title: '2026年度软件正版化情况统计填报通知',
  period: '2026',
  deadline: '2026-06-30',
  issuer: { code: '520300', name: '遵义市版权局' },
  issuedAt: '2026-04-01T08:00:00.000Z',
  ruleOptions: { ...DEFAULT_RULE_OPTIONS, windowsHomeAccepted: true, unitKmsHosts: ['kms.zunyi.gov.cn'] },
  catalogAdditions: [],
  priceList: [{ productId: 'wps-office', unitPriceFen: 9000 }],
  notes: '请于6月30日前报送。',
};

describe('reporting package (.zbpkg)', () => {
  it('reads back exactly what was written', () => {
    expect(decodePackage(encodePackage(draft))).toEqual({
      value: { format: 'zhengban-reporting-package', formatVersion: 1, ...draft },
      issues: [],
    });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(decodePackage(`\uFEFF${encodePackage(draft)}`).value?.id).toBe(draft.id);
  });

  it.each([
    ['not JSON', 'hello', 'notJson'],
    ['another JSON file', '{"name":"x"}', 'notPackage'],
    ['a newer format', JSON.stringify({ ...JSON.parse(encodePackage(draft)), formatVersion: 9 }), 'newer'],
    ['a bad period', JSON.stringify({ ...JSON.parse(encodePackage(draft)), period: '26' }), 'invalid'],
  ])('refuses %s with a message', (_label, text, key) => {
    const out = decodePackage(text);
    expect(out.value).toBeNull();
    expect(out.issues[0]?.key).toBe(`central:package.issues.${key}`);
  });

  it('names the field that is wrong', () => {
    const bad = JSON.stringify({
      ...JSON.parse(encodePackage(draft)),
      ruleOptions: { personalSecurityVerdict: 'maybe' },
    });
    expect(decodePackage(bad).issues[0]).toEqual({
      key: 'central:package.issues.invalid',
      params: { path: 'ruleOptions.personalSecurityVerdict' },
    });
  });
});
