import type { captureMethods } from '../../../shared/contract';
import type { HandlerMap } from './types';

/** Handlers of the capture domain. */
export const captureHandlers = {} satisfies HandlerMap<keyof typeof captureMethods>;
