import { CATEGORIES, type Category } from '../model/codes';
import type { ScenarioResult } from './compute-scenario';

/** One scenario beside the first (the baseline): totals and differences per category, in fen. */
export interface ScenarioDifference {
  scenarioId: string;
  scenarioName: string;
  totalFen: number;
  /** This total less the baseline's; negative when the scenario is cheaper. */
  diffFen: number;
  byCategory: Record<Category, { amountFen: number; diffFen: number }>;
  /** Licences missing a price here or in the baseline: the difference is then incomplete. */
  isIncomplete: boolean;
}

/** Sets scenarios side by side against the first one. */
export function compareScenarios(
  results: ReadonlyArray<
    Pick<ScenarioResult, 'scenarioId' | 'scenarioName' | 'byCategory' | 'totalFen' | 'missingCount'>
  >,
): ScenarioDifference[] {
  const baseline = results[0];
  if (!baseline) return [];
  return results.map((result) => {
    const byCategory = {} as ScenarioDifference['byCategory']; // every category is set just below
    for (const category of CATEGORIES) {
      const amountFen = result.byCategory[category].amountFen;
      byCategory[category] = { amountFen, diffFen: amountFen - baseline.byCategory[category].amountFen };
    }
    return {
      scenarioId: result.scenarioId,
      scenarioName: result.scenarioName,
      totalFen: result.totalFen,
      diffFen: result.totalFen - baseline.totalFen,
      byCategory,
      isIncomplete: result.missingCount > 0 || baseline.missingCount > 0,
    };
  });
}
