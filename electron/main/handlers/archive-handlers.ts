import type { archiveMethods } from '../../../shared/contract';
import { exportArchive, importArchive } from '../services/archive-service';
import type { HandlerMap } from './types';

/** "Export everything" and its import into a new workspace. */
export const archiveHandlers = {
  'archive:export': async (_input, { app, host }) => exportArchive(app, host),
  'archive:import': async (_input, { app, host }) => importArchive(app, host),
} satisfies HandlerMap<keyof typeof archiveMethods>;
