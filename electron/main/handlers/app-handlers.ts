import type { appMethods } from '../../../shared/contract';
import type { HandlerMap } from './types';

/** Settings, workspaces, unit profile and backups. */
export const appHandlers = {
  'app:info': async (_input, { app }) => app.info(),
  'settings:setLanguage': async ({ language }, { app }) => {
    await app.setLanguage(language);
    return app.info();
  },
  'workspace:create': async ({ name }, { app }) => {
    await app.createWorkspace(name, 'real');
    return app.info();
  },
  'workspace:open': async ({ id }, { app }) => {
    await app.openWorkspace(id);
    return app.info();
  },
  'problems:dismiss': async (_input, { app }) => {
    await app.dismissProblems();
    return app.info();
  },
  'profile:get': async (_input, { app }) => app.workspace().office.data.profile,
  'profile:save': async (profile, { app }) => {
    await app.workspace().office.update((d) => {
      d.profile = profile;
    });
    return profile;
  },
  'backups:list': async (_input, { app }) => app.listBackups(),
  'backups:create': async (_input, { app }) => app.backup('manual'),
  'backups:restore': async ({ id }, { app }) => {
    await app.restore(id);
    return app.info();
  },
} satisfies HandlerMap<keyof typeof appMethods>;
