import type { centralMethods } from '../../../shared/contract';
import type { HandlerMap } from './types';

/** Handlers of the central domain. */
export const centralHandlers = {} satisfies HandlerMap<keyof typeof centralMethods>;
