import type { budgetMethods } from '../../../shared/contract';
import { centralBudgetHandlers } from './budget/central-budget-handlers';
import { officeBudgetHandlers } from './budget/office-budget-handlers';
import { priceHandlers } from './budget/price-handlers';
import { progressHandlers } from './budget/progress-handlers';
import { scenarioHandlers } from './budget/scenario-handlers';
import type { HandlerMap } from './types';

/** Handlers of the budget domain: prices, scenarios, office and central budgets, progress. */
export const budgetHandlers = {
  ...priceHandlers,
  ...scenarioHandlers,
  ...officeBudgetHandlers,
  ...centralBudgetHandlers,
  ...progressHandlers,
} satisfies HandlerMap<keyof typeof budgetMethods>;
