import { z } from 'zod';
import { budgetSettingsShape } from '../../../shared/budget/budget-settings';

/**
 * budget.json: price list, budget scenarios (each with its substitution mapping), funds allocated
 * (已落实资金, integer fen) and the scenarios chosen for the return file. Every field has a default,
 * so a document written before a field existed still loads.
 */
export const budgetDocSchema = z.object({
  schemaVersion: z.literal(1),
  ...budgetSettingsShape,
});
export type BudgetDoc = z.output<typeof budgetDocSchema>;

export const BUDGET_DOC_VERSION = 1;

/** A fresh budget.json: the example price list, the three default scenarios, no funds recorded. */
export function createBudgetDoc(): BudgetDoc {
  return budgetDocSchema.parse({ schemaVersion: 1 });
}
