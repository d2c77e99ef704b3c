import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { app, type BrowserWindow, ipcMain, protocol, session } from 'electron';
import { serveRenderer } from './app-protocol';
import { populateDemoWorkspace } from './demo/create-demo';
import { createElectronHost } from './electron-host';
import { createDispatcher, type Dispatch } from './handlers';
import type { Host } from './host';
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

async function openStore(host: Host): Promise<Dispatch> {
  const service = await AppService.open({
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    now: () => new Date(),
    newId: () => randomUUID(),
    firstRun: 'demo',
  });
  if (service.isFreshDemo) {
    await populateDemoWorkspace(service, host, app.getVersion());
    service.isFreshDemo = false;
  }
  return createDispatcher({ app: service, host });
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession);
  serveRenderer(protocol, join(import.meta.dirname, '../renderer'));
  const host = createElectronHost(() => mainWindow);
  // The window opens at once; calls wait until the store is open (and, on a first start, the demo city is built).
  const ready = openStore(host);
  const dispatch = async (method: unknown, input: unknown) => (await ready)(method, input);
  registerIpc(ipcMain, dispatch, () => mainWindow, devUrl);
  mainWindow = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
}
