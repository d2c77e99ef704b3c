import { z } from 'zod';

/** budget.json: price list, budget scenarios, substitution mapping and funds already allocated. */
export const budgetDocSchema = z.object({
  schemaVersion: z.literal(1),
});
export type BudgetDoc = z.output<typeof budgetDocSchema>;

export const BUDGET_DOC_VERSION = 1;

/** A fresh, empty central.json. */
export function createBudgetDoc(): BudgetDoc {
  return budgetDocSchema.parse({ schemaVersion: 1 });
}
