import type { centralMethods } from '../../../shared/contract';
import { importHandlers } from './central/import-handlers';
import { packageHandlers } from './central/package-handlers';
import { reportHandlers } from './central/report-handlers';
import { rosterHandlers } from './central/roster-handlers';
import type { HandlerMap } from './types';

/** Handlers of the central domain. */
export const centralHandlers = {
  ...rosterHandlers,
  ...importHandlers,
  ...reportHandlers,
  ...packageHandlers,
} satisfies HandlerMap<keyof typeof centralMethods>;
