import type { EventMap, EventName } from '../../shared/contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * What handlers need from the window system: dialogs and pushing events to the renderer.
 * Electron implements it with real dialogs and IPC; the browser transport with test-driven stubs.
 */
export interface Host {
  chooseSaveFile(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
  chooseOpenFiles(options: {
    title: string;
    multiple: boolean;
    folders: boolean;
    filters: FileFilter[];
  }): Promise<string[]>;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  /** Renders a self-contained HTML page (no scripts, no remote content) to an A4 PDF. */
  printToPdf(html: string): Promise<Uint8Array>;
}
