import type { officeMethods } from '../../../shared/contract';
import type { HandlerMap } from './types';

/** Handlers of the office domain. */
export const officeHandlers = {} satisfies HandlerMap<keyof typeof officeMethods>;
