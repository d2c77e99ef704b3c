import type { budgetMethods } from '../../../shared/contract';
import type { HandlerMap } from './types';

/** Handlers of the budget domain. */
export const budgetHandlers = {} satisfies HandlerMap<keyof typeof budgetMethods>;
