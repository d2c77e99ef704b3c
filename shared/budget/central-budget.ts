import type { Product } from '../catalog/product';
import { CATEGORIES, type Category } from '../model/codes';
import type { UnitFunds } from './budget-settings';
import { compareScenarios, type ScenarioDifference } from './compare';
import {
  type BudgetRow,
  type CategoryTotal,
  computeScenario,
  createCategoryTotals,
  createPricingContext,
  type MissingReason,
} from './compute-scenario';
import {
  type AggregatePosition,
  aggregatePositions,
  computeFundingPosition,
  type FundingPosition,
} from './funding-gap';
import { sumFen } from './money';
import type { NeedLine } from './needs';
import type { PriceEntry } from './price-list';
import type { Scenario } from './scenario';

/** What the central side knows of one returned unit: who it is, its county, and its licences to buy. */
export interface UnitNeedsInput {
  unitCode: string;
  unitName: string;
  /** The county (or other parent) it reports through; '' for a unit directly under the office. */
  parentCode: string;
  parentName: string;
  needs: readonly NeedLine[];
}

/** One unit in one scenario. */
export interface UnitBudgetLine {
  unitCode: string;
  unitName: string;
  parentCode: string;
  parentName: string;
  byCategory: Record<Category, CategoryTotal>;
  totalFen: number;
  missingCount: number;
  exampleCount: number;
  funding: FundingPosition;
  rows: BudgetRow[];
}

/** A county (grouped by parent code) or the whole city in one scenario. */
export interface GroupBudgetLine {
  /** Parent code; '' for units directly under the office and for the city total. */
  code: string;
  name: string;
  unitCount: number;
  byCategory: Record<Category, CategoryTotal>;
  totalFen: number;
  missingCount: number;
  exampleCount: number;
  funding: AggregatePosition;
}

/** A need nobody could price, summed over the units that have it. */
export interface MissingPriceLine {
  productId: string | null;
  edition: string;
  rawName: string;
  category: Category;
  reason: MissingReason;
  /** The substitute that lacks a price, when the scenario replaces the product. */
  pricedProductId: string | null;
  pricedEdition: string;
  count: number;
  unitCodes: string[];
}

export interface CentralScenarioBudget {
  scenarioId: string;
  scenarioName: string;
  units: UnitBudgetLine[];
  counties: GroupBudgetLine[];
  city: GroupBudgetLine;
  missing: MissingPriceLine[];
}

/** The central side's budget: every scenario per unit, county and city, and the scenarios compared. */
export interface CentralBudget {
  scenarios: CentralScenarioBudget[];
  /** City totals of each scenario against the first. */
  comparison: ScenarioDifference[];
}

/**
 * Prices every returned unit's needs in every scenario, with the same price list for all units, and
 * totals them per county and for the city. The funding gap is per unit (scenario total less the
 * unit's allocated funds, never negative); county and city gaps are sums of unit gaps.
 */
export function computeCentralBudget(
  units: readonly UnitNeedsInput[],
  priceList: readonly PriceEntry[],
  scenarios: readonly Scenario[],
  catalog: readonly Product[],
  unitFunds: readonly UnitFunds[] = [],
): CentralBudget {
  const ctx = createPricingContext(catalog, priceList);
  const funds = new Map(unitFunds.map((f) => [f.unitCode, f.fundsFen]));
  const results = scenarios.map((scenario) => {
    const lines = units.map((unit): UnitBudgetLine => {
      const result = computeScenario(unit.needs, scenario, ctx);
      return {
        unitCode: unit.unitCode,
        unitName: unit.unitName,
        parentCode: unit.parentCode,
        parentName: unit.parentName,
        byCategory: result.byCategory,
        totalFen: result.totalFen,
        missingCount: result.missingCount,
        exampleCount: result.exampleCount,
        funding: computeFundingPosition(result.totalFen, funds.get(unit.unitCode) ?? null),
        rows: result.rows,
      };
    });
    return {
      scenarioId: scenario.id,
      scenarioName: scenario.name,
      units: lines,
      counties: groupByParent(lines),
      city: sumGroup('', '', lines),
      missing: collectMissing(lines),
    };
  });
  return {
    scenarios: results,
    comparison: compareScenarios(
      results.map((r) => ({
        scenarioId: r.scenarioId,
        scenarioName: r.scenarioName,
        byCategory: r.city.byCategory,
        totalFen: r.city.totalFen,
        missingCount: r.city.missingCount,
      })),
    ),
  };
}

function groupByParent(lines: readonly UnitBudgetLine[]): GroupBudgetLine[] {
  const groups = new Map<string, UnitBudgetLine[]>();
  for (const line of lines) {
    const group = groups.get(line.parentCode);
    if (group) group.push(line);
    else groups.set(line.parentCode, [line]);
  }
  return [...groups.entries()]
    .map(([code, members]) =>
      sumGroup(code, members.find((m) => m.parentName !== '')?.parentName ?? code, members),
    )
    .sort((a, b) => (a.code === '' ? 1 : b.code === '' ? -1 : a.code.localeCompare(b.code)));
}

function sumGroup(code: string, name: string, lines: readonly UnitBudgetLine[]): GroupBudgetLine {
  const byCategory = createCategoryTotals();
  for (const category of CATEGORIES) {
    const total = byCategory[category];
    total.amountFen = sumFen(lines.map((l) => l.byCategory[category].amountFen));
    total.pricedCount = lines.reduce((n, l) => n + l.byCategory[category].pricedCount, 0);
    total.missingCount = lines.reduce((n, l) => n + l.byCategory[category].missingCount, 0);
  }
  return {
    code,
    name,
    unitCount: lines.length,
    byCategory,
    totalFen: sumFen(lines.map((l) => l.totalFen)),
    missingCount: lines.reduce((n, l) => n + l.missingCount, 0),
    exampleCount: lines.reduce((n, l) => n + l.exampleCount, 0),
    funding: aggregatePositions(lines.map((l) => l.funding)),
  };
}

function collectMissing(lines: readonly UnitBudgetLine[]): MissingPriceLine[] {
  const byKey = new Map<string, MissingPriceLine>();
  for (const line of lines) {
    for (const row of line.rows) {
      if (row.missingReason === null) continue;
      const key = [
        row.needProductId ?? '?',
        row.needEdition,
        row.rawName,
        row.category,
        row.missingReason,
      ].join('\u0000');
      let missing = byKey.get(key);
      if (!missing) {
        missing = {
          productId: row.needProductId,
          edition: row.needEdition,
          rawName: row.rawName,
          category: row.category,
          reason: row.missingReason,
          pricedProductId: row.substitutionRuleId === null ? null : row.productId,
          pricedEdition: row.substitutionRuleId === null ? '' : row.edition,
          count: 0,
          unitCodes: [],
        };
        byKey.set(key, missing);
      }
      missing.count += row.count;
      if (!missing.unitCodes.includes(line.unitCode)) missing.unitCodes.push(line.unitCode);
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
