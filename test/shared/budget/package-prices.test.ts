import { describe, expect, it } from 'vitest';
import { applyPackagePrices, createExamplePriceList, type PriceEntry } from '../../../shared/budget';

const own: PriceEntry = {
  id: 'own-1',
  productId: 'uos',
  edition: 'professional',
  channel: 'volume',
  basis: 'quoted',
  unitPriceFen: 50000,
  source: '本单位询价',
  sourceDate: '2026-01-10',
  notes: '',
  isExample: false,
};
const central: PriceEntry = {
  ...own,
  id: 'c-1',
  basis: 'agreement',
  unitPriceFen: 45000,
  source: '市级框架协议',
};

describe('prices from a central reporting package', () => {
  it("adds the central prices, drops the example lines and keeps the unit's own quotations", () => {
    const result = applyPackagePrices([...createExamplePriceList(), own], [central, { junk: true }]);
    expect(result.entries).toEqual([own, central]);
    expect(result).toMatchObject({ added: 1, replaced: 0, examplesRemoved: 10, rejected: [1] });
  });

  it("replaces the unit's line of the same product, edition, channel and basis, and is idempotent", () => {
    const first = applyPackagePrices([{ ...own, basis: 'agreement', unitPriceFen: 1 }], [central]);
    expect(first.entries).toEqual([{ ...central, id: 'own-1' }]);
    expect(first.replaced).toBe(1);
    const again = applyPackagePrices(first.entries, [central]);
    expect(again.entries).toEqual(first.entries);
    expect(again).toMatchObject({ added: 0, replaced: 0 });
  });

  it('refuses amounts that are not integer fen', () => {
    expect(applyPackagePrices([], [{ ...central, unitPriceFen: 450.5 }]).rejected).toEqual([0]);
  });
});
