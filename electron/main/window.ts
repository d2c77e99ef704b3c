import { BrowserWindow } from 'electron';
import { hardenedPreferences } from './security';

/** Creates the main window; shown once the first page has rendered to avoid a white flash. */
export function createMainWindow(preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '正版 Zhengban',
    autoHideMenuBar: true,
    webPreferences: hardenedPreferences(preload),
  });
  win.once('ready-to-show', () => win.show());
  return win;
}
