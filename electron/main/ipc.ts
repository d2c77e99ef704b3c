import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail, METHOD_NAMES } from '../../shared/contract';
import type { Dispatch } from './handlers';
import { isTrustedUrl } from './security';

/**
 * Registers one IPC handler per contract method. Each call must come from our main window's
 * top frame showing our own page; anything else is refused before the input is even parsed.
 */
export function registerIpc(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  getWindow: () => BrowserWindow | null,
  devUrl: string | undefined,
): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(name, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isFromMainWindow(event, getWindow(), devUrl)) {
        return fail('forbidden_sender', { key: 'errors:api.forbiddenSender' });
      }
      return dispatch(name, input);
    });
  }
}

function isFromMainWindow(
  event: IpcMainInvokeEvent,
  win: BrowserWindow | null,
  devUrl: string | undefined,
): boolean {
  const frame = event.senderFrame;
  if (!win || !frame || event.sender !== win.webContents) return false;
  return frame === win.webContents.mainFrame && isTrustedUrl(frame.url, devUrl);
}
