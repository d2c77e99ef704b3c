import type { returnsMethods } from '../../../shared/contract';
import type { HandlerMap } from './types';

/** Handlers of the returns domain. */
export const returnsHandlers = {} satisfies HandlerMap<keyof typeof returnsMethods>;
