import type { Product } from '../catalog/product';
import { CATEGORIES, type Category } from '../model/codes';
import type { BudgetSettings } from './budget-settings';
import { compareScenarios, type ScenarioDifference } from './compare';
import { computeScenario, createPricingContext, type ScenarioResult } from './compute-scenario';
import { computeFundingPosition, type FundingPosition } from './funding-gap';
import { collectNeeds, type InstallWithStatus, indexCatalog, type NeedLine } from './needs';

/** The budget settings the office computation reads. */
export type OfficeBudgetSettings = Pick<
  BudgetSettings,
  'priceList' | 'scenarios' | 'fundsAllocatedFen' | 'returnScenarioIds'
>;

export interface OfficeScenarioBudget extends ScenarioResult {
  funding: FundingPosition;
  isInReturn: boolean;
}

/** A unit's own budget: what it needs, each scenario's totals and its funding gap. */
export interface OfficeBudget {
  needs: NeedLine[];
  neededCount: number;
  fundsAllocatedFen: number | null;
  scenarios: OfficeScenarioBudget[];
  comparison: ScenarioDifference[];
  /** Licences priced from example entries in any scenario. */
  hasExamplePrices: boolean;
}

/** Computes a unit's budget in every scenario from its installs and their verdicts. */
export function computeOfficeBudget(
  installs: readonly InstallWithStatus[],
  catalog: readonly Product[],
  settings: OfficeBudgetSettings,
): OfficeBudget {
  const products = indexCatalog(catalog);
  const needs = collectNeeds(installs, products);
  const ctx = createPricingContext(products, settings.priceList);
  const results = settings.scenarios.map((scenario) => computeScenario(needs, scenario, ctx));
  return {
    needs,
    neededCount: needs.reduce((sum, need) => sum + need.count, 0),
    fundsAllocatedFen: settings.fundsAllocatedFen,
    scenarios: results.map((result) => ({
      ...result,
      funding: computeFundingPosition(result.totalFen, settings.fundsAllocatedFen),
      isInReturn: settings.returnScenarioIds.includes(result.scenarioId),
    })),
    comparison: compareScenarios(results),
    hasExamplePrices: results.some((result) => result.exampleCount > 0),
  };
}

/** One line of the return file's budget table. */
export interface ReturnBudgetLine {
  scenario: string;
  category: Category;
  amountFen: number;
}

/**
 * The budget lines the return file carries: for each scenario the unit chose (in scenario order), the
 * priced amount of each category. Licences without a price are not in these amounts.
 */
export function computeReturnBudget(
  installs: readonly InstallWithStatus[],
  catalog: readonly Product[],
  settings: OfficeBudgetSettings,
): ReturnBudgetLine[] {
  const chosen = settings.scenarios.filter((s) => settings.returnScenarioIds.includes(s.id));
  const products = indexCatalog(catalog);
  const needs = collectNeeds(installs, products);
  const ctx = createPricingContext(products, settings.priceList);
  return chosen.flatMap((scenario) => {
    const result = computeScenario(needs, scenario, ctx);
    return CATEGORIES.map((category) => ({
      scenario: scenario.name,
      category,
      amountFen: result.byCategory[category].amountFen,
    }));
  });
}
