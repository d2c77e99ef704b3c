import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { app, type BrowserWindow, ipcMain, protocol, session } from 'electron';
import { serveRenderer } from './app-protocol';
import { createElectronHost } from './electron-host';
import { createDispatcher } from './handlers';
import { registerIpc } from './ipc';
import { APP_ORIGIN, denyPermissions, lockDownContents } from './security';
import { AppService } from './services/app-service';
import { createMainWindow } from './window';

const devUrl = process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// One instance per user: a second start focuses the first instead of opening the same store.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.enableSandbox();
  lockDownContents(app, devUrl);
  app.whenReady().then(start, (error) => {
    console.error(error);
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession);
  serveRenderer(protocol, join(import.meta.dirname, '../renderer'));
  const service = await AppService.open({
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    now: () => new Date(),
    newId: () => randomUUID(),
  });
  const host = createElectronHost(() => mainWindow);
  registerIpc(ipcMain, createDispatcher({ app: service, host }), () => mainWindow, devUrl);
  mainWindow = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
}
