import type { appMethods } from '../../../shared/contract';
import { populateDemoWorkspace } from '../demo/create-demo';
import { DEMO_WORKSPACE_NAME } from '../services/app-service';
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
  'workspace:openDemo': async (_input, { app, host }) => {
    const demo = app.info().workspaces.find((w) => w.kind === 'demo');
    if (demo) await app.openWorkspace(demo.id);
    else {
      await app.createWorkspace(DEMO_WORKSPACE_NAME, 'demo');
      await populateDemoWorkspace(app, host, app.options.version);
    }
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
  'backups:inspect': async ({ id }, { app }) => app.inspectBackup(id),
  'problems:recoveries': async (_input, { app }) => app.recoveries(),
  'problems:recover': async ({ movedTo, backupId }, { app }) => {
    await app.recover(movedTo, backupId);
    return app.info();
  },
} satisfies HandlerMap<keyof typeof appMethods>;
