import { describe, expect, it } from 'vitest';
import {
  computeCentralBudget,
  computeOfficeBudget,
  computeReturnBudget,
  formatWan,
  type OfficeBudgetSettings,
} from '../../../shared/budget';
import {
  CATALOG,
  CENTRAL_UNITS,
  PRICES,
  SCENARIOS,
  UNIT_A_INSTALLS,
  UNIT_B_INSTALLS,
} from './two-units.fixture';

const settings = (funds: number | null): OfficeBudgetSettings => ({
  priceList: PRICES,
  scenarios: SCENARIOS,
  fundsAllocatedFen: funds,
  returnScenarioIds: ['list', 'substitution'],
});

/*
 * Hand computation (fen). Prices: Win10 Pro list 1,341.00 / agreement 1,100.50; Office 2016 list 2,199.90,
 * agreement = list less 15 % = 1,869.915 → 1,869.92 per licence; Kylin 614.00; WPS list 614.00 /
 * agreement 480.00; Kaspersky 200.00; AutoCAD 12,345.67; nothing for Huorong, Tianqing or FooCAD.
 *
 * Unit A needs 12 Win10 (8 + 2 typed "专业版" + 2 to verify; 5 genuine not counted), 7 Office 2016,
 * 3 Kaspersky, 1 FooCAD. Unit B needs 4 Win10, 6 WPS, 1 AutoCAD, 2 Tianqing.
 *
 * list:          A = 12×134100 + 7×219990 + 3×20000           = 1609200 + 1539930 + 60000 = 3209130
 *                B = 4×134100 + 6×61400 + 1234567              =  536400 +  368400 + 1234567 = 2139367
 * agreement:     A = 12×110050 + 7×186992 + 3×20000           = 1320600 + 1308944 + 60000 = 2689544
 *                B = 4×110050 + 6×48000 + 1234567              =  440200 +  288000 + 1234567 = 1962767
 * substitution:  A = 12×61400 (Kylin) + 7×48000 (WPS agr.)     =  736800 +  336000         = 1072800
 *                    (3 Kaspersky → Huorong: no price; FooCAD: not in catalog)
 *                B = 4×61400 + 6×48000 + 1234567               =  245600 +  288000 + 1234567 = 1768167
 */
const HAND = {
  list: {
    A: { os: 1609200, office: 1539930, security: 60000, other: 0 },
    B: { os: 536400, office: 368400, security: 0, other: 1234567 },
  },
  agreement: {
    A: { os: 1320600, office: 1308944, security: 60000, other: 0 },
    B: { os: 440200, office: 288000, security: 0, other: 1234567 },
  },
  substitution: {
    A: { os: 736800, office: 336000, security: 0, other: 0 },
    B: { os: 245600, office: 288000, security: 0, other: 1234567 },
  },
} as const;
const TOTAL = {
  list: { A: 3209130, B: 2139367 },
  agreement: { A: 2689544, B: 1962767 },
  substitution: { A: 1072800, B: 1768167 },
} as const;

describe("a unit's own budget", () => {
  it('prices every scenario exactly as computed by hand', () => {
    const budget = computeOfficeBudget(UNIT_A_INSTALLS, CATALOG, settings(3_000_000));
    expect(budget.neededCount).toBe(12 + 7 + 3 + 1);
    for (const scenario of budget.scenarios) {
      const id = scenario.scenarioId as keyof typeof HAND;
      for (const [category, fen] of Object.entries(HAND[id].A)) {
        expect(
          scenario.byCategory[category as keyof (typeof HAND)['list']['A']].amountFen,
          `${id} ${category}`,
        ).toBe(fen);
      }
      expect(scenario.totalFen).toBe(TOTAL[id].A);
    }
  });

  it('shows the funding gap against the funds allocated, and a surplus separately', () => {
    const budget = computeOfficeBudget(UNIT_A_INSTALLS, CATALOG, settings(3_000_000));
    const [list, agreement, substitution] = budget.scenarios;
    // 32,091.30 − 30,000.00 = 2,091.30 short; 30,000.00 − 26,895.44 = 3,104.56 over.
    expect(list?.funding).toEqual({ totalFen: 3209130, fundsFen: 3000000, gapFen: 209130, surplusFen: 0 });
    expect(agreement?.funding).toEqual({
      totalFen: 2689544,
      fundsFen: 3000000,
      gapFen: 0,
      surplusFen: 310456,
    });
    expect(substitution?.funding.surplusFen).toBe(3000000 - 1072800);
  });

  it('lists what it cannot price instead of counting it as zero', () => {
    const budget = computeOfficeBudget(UNIT_A_INSTALLS, CATALOG, settings(null));
    const list = budget.scenarios[0]!;
    expect(list.missingCount).toBe(1);
    expect(list.rows.filter((r) => r.missingReason !== null)).toEqual([
      expect.objectContaining({
        rawName: 'FooCAD 3.1',
        missingReason: 'unknown_product',
        count: 1,
        amountFen: 0,
      }),
    ]);
    const substitution = budget.scenarios[2]!;
    expect(substitution.missingCount).toBe(4);
    expect(substitution.rows.find((r) => r.needProductId === 'kaspersky')).toMatchObject({
      productId: 'huorong',
      edition: 'enterprise',
      substitutionRuleId: 'sub-foreign-security',
      missingReason: 'no_price',
      count: 3,
    });
    // Without recorded funds the whole total is the gap.
    expect(list.funding).toMatchObject({ fundsFen: null, gapFen: 3209130, surplusFen: 0 });
  });

  it('keeps the rows behind each total: product, price line, discount and amount', () => {
    const budget = computeOfficeBudget(UNIT_A_INSTALLS, CATALOG, settings(null));
    const office = budget.scenarios[1]!.rows.find((r) => r.category === 'office');
    expect(office).toMatchObject({
      needProductId: 'ms-office-2016',
      productId: 'ms-office-2016',
      count: 7,
      amountFen: 1308944,
      price: { entryId: 'p-off-list', basis: 'list', listedFen: 219990, discountBp: 1500, unitFen: 186992 },
    });
    const os = budget.scenarios[1]!.rows.find((r) => r.category === 'os');
    expect(os?.price).toMatchObject({
      entryId: 'p-win-agr',
      basis: 'agreement',
      discountBp: 0,
      unitFen: 110050,
    });
  });

  it('compares every scenario with the first one', () => {
    const budget = computeOfficeBudget(UNIT_A_INSTALLS, CATALOG, settings(null));
    expect(budget.comparison.map((c) => c.diffFen)).toEqual([0, 2689544 - 3209130, 1072800 - 3209130]);
    expect(budget.comparison[2]?.byCategory.os.diffFen).toBe(736800 - 1609200);
    expect(budget.comparison[1]?.isIncomplete).toBe(true);
  });

  it('gives the return file one line per category of each scenario the unit chose', () => {
    expect(computeReturnBudget(UNIT_A_INSTALLS, CATALOG, settings(null))).toEqual([
      { scenario: '按目录价采购原产品', category: 'os', amountFen: 1609200 },
      { scenario: '按目录价采购原产品', category: 'office', amountFen: 1539930 },
      { scenario: '按目录价采购原产品', category: 'security', amountFen: 60000 },
      { scenario: '按目录价采购原产品', category: 'other', amountFen: 0 },
      { scenario: '国产替代', category: 'os', amountFen: 736800 },
      { scenario: '国产替代', category: 'office', amountFen: 336000 },
      { scenario: '国产替代', category: 'security', amountFen: 0 },
      { scenario: '国产替代', category: 'other', amountFen: 0 },
    ]);
  });
});

describe('the central budget over two units', () => {
  const budget = computeCentralBudget(CENTRAL_UNITS, PRICES, SCENARIOS, CATALOG, [
    { unitCode: '5203000001', fundsFen: 3_000_000, note: '' },
  ]);

  it('gives each unit the same totals as its own computation', () => {
    for (const scenario of budget.scenarios) {
      const id = scenario.scenarioId as keyof typeof HAND;
      const [a, b] = scenario.units;
      expect(a?.totalFen).toBe(TOTAL[id].A);
      expect(b?.totalFen).toBe(TOTAL[id].B);
      for (const [category, fen] of Object.entries(HAND[id].B)) {
        expect(b?.byCategory[category as 'os'].amountFen, `${id} B ${category}`).toBe(fen);
      }
    }
    // The office side's own figures agree with the central side's for unit B too.
    const own = computeOfficeBudget(UNIT_B_INSTALLS, CATALOG, {
      priceList: PRICES,
      scenarios: SCENARIOS,
      fundsAllocatedFen: null,
      returnScenarioIds: [],
    });
    expect(own.scenarios.map((s) => s.totalFen)).toEqual([2139367, 1962767, 1768167]);
  });

  it('totals counties and the city, and shows them in 万元 rounded half up', () => {
    const [list, agreement, substitution] = budget.scenarios;
    expect(list?.city.totalFen).toBe(3209130 + 2139367);
    expect(agreement?.city.totalFen).toBe(2689544 + 1962767);
    expect(substitution?.city.totalFen).toBe(1072800 + 1768167);
    // 53,484.97 yuan, 46,523.11 yuan, 28,409.67 yuan
    expect(budget.scenarios.map((s) => formatWan(s.city.totalFen))).toEqual([
      '5.35 万元',
      '4.65 万元',
      '2.84 万元',
    ]);
    expect(list?.counties.map((c) => [c.code, c.name, c.totalFen, c.unitCount])).toEqual([
      ['520302', '甲县', 3209130, 1],
      ['', '', 2139367, 1],
    ]);
    expect(budget.comparison.map((c) => c.diffFen)).toEqual([0, -696186, -2507530]);
  });

  it("adds unit gaps for the city: one unit's surplus does not cover another's gap", () => {
    const agreement = budget.scenarios[1]!;
    expect(agreement.units[0]?.funding).toMatchObject({ gapFen: 0, surplusFen: 310456 });
    expect(agreement.units[1]?.funding).toMatchObject({ fundsFen: null, gapFen: 1962767 });
    expect(agreement.city.funding).toEqual({
      totalFen: 4652311,
      fundsFen: 3000000,
      gapFen: 1962767,
      surplusFen: 310456,
      unitsWithoutFunds: 1,
    });
    expect(budget.scenarios[0]!.city.funding.gapFen).toBe(209130 + 2139367);
  });

  it('lists the products nobody could price, with the units that need them', () => {
    const substitution = budget.scenarios[2]!;
    expect(substitution.missing).toEqual([
      expect.objectContaining({
        productId: 'kaspersky',
        pricedProductId: 'huorong',
        count: 3,
        unitCodes: ['5203000001'],
      }),
      expect.objectContaining({
        productId: 'tianqing',
        reason: 'no_price',
        count: 2,
        unitCodes: ['5203000002'],
      }),
      expect.objectContaining({
        productId: null,
        rawName: 'FooCAD 3.1',
        reason: 'unknown_product',
        count: 1,
      }),
    ]);
    expect(substitution.city.missingCount).toBe(6);
    expect(budget.scenarios[0]!.missing.map((m) => m.productId)).toEqual(['tianqing', null]);
  });
});
