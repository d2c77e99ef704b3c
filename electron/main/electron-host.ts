import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { EVENT_CHANNEL_PREFIX } from '../../shared/contract';
import type { Host } from './host';

/** Real dialogs and IPC events for the main window. */
export function createElectronHost(getWindow: () => BrowserWindow | null): Host {
  return {
    async chooseSaveFile({ title, defaultName, filters }) {
      const win = getWindow();
      const options = { title, defaultPath: defaultName, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenFiles({ title, multiple, folders, filters }) {
      const win = getWindow();
      const properties: Array<'openFile' | 'openDirectory' | 'multiSelections'> = [
        folders ? 'openDirectory' : 'openFile',
      ];
      if (multiple) properties.push('multiSelections');
      const options = { title, filters, properties };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    emit(event, payload) {
      getWindow()?.webContents.send(`${EVENT_CHANNEL_PREFIX}${event}`, payload);
    },
    async printToPdf(html) {
      // A temp file rather than a data: URL, which Chromium caps at a few megabytes.
      const dir = await mkdtemp(join(tmpdir(), 'zhengban-print-'));
      const file = join(dir, 'form.html');
      const win = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
      });
      try {
        await writeFile(file, html, 'utf8');
        await win.loadFile(file);
        const pdf = await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
