// Type-only imports: the electron runtime is never loaded in tests.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../electron/main/handlers';
import { registerIpc } from '../../electron/main/ipc';
import { APP_ORIGIN } from '../../electron/main/security';
import { METHOD_NAMES, ok } from '../../shared/contract';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

interface FakeFrame {
  url: string;
}
interface FakeContents {
  mainFrame: FakeFrame;
}
interface FakeWindow {
  webContents: FakeContents;
}

/** The members of IpcMain that registration uses, recording each channel once. */
class FakeIpcMain {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
}

const APP_PAGE = `${APP_ORIGIN}/index.html`;
// electron-vite sets ELECTRON_RENDERER_URL to `${protocol}//${host}:${port}`, without a trailing slash.
const DEV_URL = 'http://localhost:5173';

function createWindow(url = APP_PAGE): FakeWindow {
  return { webContents: { mainFrame: { url } } };
}

function setUp(options: { window?: FakeWindow | null; devUrl?: string } = {}) {
  const ipcMain = new FakeIpcMain();
  const win = options.window === undefined ? createWindow() : options.window;
  const dispatch = vi.fn(async (method: unknown, _input: unknown) => ok({ dispatched: method }));
  registerIpc(
    // Test doubles implement only the members registerIpc reads; the casts say "this is enough".
    ipcMain as unknown as IpcMain,
    dispatch as Dispatch,
    () => win as unknown as BrowserWindow | null,
    options.devUrl,
  );
  const invoke = (
    channel: string,
    event: { sender: unknown; senderFrame: FakeFrame | null },
    input: unknown,
  ) => {
    const listener = ipcMain.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event as unknown as IpcMainInvokeEvent, input);
  };
  return { ipcMain, win, dispatch, invoke };
}

const FORBIDDEN = {
  ok: false,
  error: { code: 'forbidden_sender', message: { key: 'errors:api.forbiddenSender' } },
};

/** An input that records whether anything looked inside it. */
function watchedInput(): { input: unknown; wasRead: () => boolean } {
  let read = false;
  const input = new Proxy(
    {},
    {
      get: () => {
        read = true;
        return undefined;
      },
      ownKeys: () => {
        read = true;
        return [];
      },
      has: () => {
        read = true;
        return false;
      },
    },
  );
  return { input, wasRead: () => read };
}

describe('IPC accepts calls only from our own window', () => {
  it('registers exactly one handler per contract method and no other channel', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('passes a call from the main window’s top frame showing our page to the dispatcher', async () => {
    const { win, dispatch, invoke } = setUp();
    const frame = win?.webContents.mainFrame ?? null;
    for (const name of METHOD_NAMES) {
      const input = { probe: name };
      expect(await invoke(name, { sender: win?.webContents, senderFrame: frame }, input)).toEqual(
        ok({ dispatched: name }),
      );
      expect(dispatch).toHaveBeenLastCalledWith(name, input);
    }
    expect(dispatch).toHaveBeenCalledTimes(METHOD_NAMES.length);
  });

  it('refuses another window or web contents, even one showing our page', async () => {
    const { dispatch, invoke } = setUp();
    const other = createWindow();
    for (const name of METHOD_NAMES) {
      const { input, wasRead } = watchedInput();
      expect(
        await invoke(name, { sender: other.webContents, senderFrame: other.webContents.mainFrame }, input),
      ).toEqual(FORBIDDEN);
      expect(wasRead()).toBe(false);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame of the main window, even on our own origin', async () => {
    const { win, dispatch, invoke } = setUp();
    for (const name of METHOD_NAMES) {
      const { input, wasRead } = watchedInput();
      const iframe = { url: `${APP_ORIGIN}/embedded.html` };
      expect(await invoke(name, { sender: win?.webContents, senderFrame: iframe }, input)).toEqual(FORBIDDEN);
      expect(wasRead()).toBe(false);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///C:/Windows/win.ini',
    'app://zhengban.evil/index.html',
    'app://zhengbanx/index.html',
    'app://zhengban',
    'about:blank',
    'data:text/html,<script>1</script>',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses the top frame when it shows %j', async (url) => {
    const { win, dispatch, invoke } = setUp({ window: createWindow(url) });
    const { input, wasRead } = watchedInput();
    const result = await invoke(
      'app:info',
      { sender: win?.webContents, senderFrame: win?.webContents.mainFrame ?? null },
      input,
    );
    expect(result).toEqual(FORBIDDEN);
    expect(wasRead()).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls when the main window is gone or the frame was destroyed', async () => {
    const closed = setUp({ window: null });
    const stray = createWindow();
    expect(
      await closed.invoke(
        'app:info',
        { sender: stray.webContents, senderFrame: stray.webContents.mainFrame },
        {},
      ),
    ).toEqual(FORBIDDEN);
    const open = setUp();
    expect(await open.invoke('app:info', { sender: open.win?.webContents, senderFrame: null }, {})).toEqual(
      FORBIDDEN,
    );
    expect(closed.dispatch).not.toHaveBeenCalled();
    expect(open.dispatch).not.toHaveBeenCalled();
  });

  it('trusts the development server only while developing', async () => {
    const page = `${DEV_URL}/index.html`;
    const dev = setUp({ window: createWindow(page), devUrl: DEV_URL });
    const frame = dev.win?.webContents.mainFrame ?? null;
    expect(await dev.invoke('app:info', { sender: dev.win?.webContents, senderFrame: frame }, {})).toEqual(
      ok({ dispatched: 'app:info' }),
    );
    const packaged = setUp({ window: createWindow(page) });
    const packagedFrame = packaged.win?.webContents.mainFrame ?? null;
    expect(
      await packaged.invoke(
        'app:info',
        { sender: packaged.win?.webContents, senderFrame: packagedFrame },
        {},
      ),
    ).toEqual(FORBIDDEN);
  });

  // Fails today: security.ts isTrustedUrl (line 25) checks `url.startsWith(devUrl)`, and electron-vite's
  // devUrl has no trailing slash, so while developing any origin that merely begins with
  // "http://localhost:5173" (another port such as :51730, or a host such as localhost:5173.evil.example
  // reached through a link) is trusted for IPC and navigation. Comparing `new URL(url).origin` with
  // `new URL(devUrl).origin` fixes it.
  it.each(['http://localhost:51730/', 'http://localhost:5173.evil.example/'])(
    'refuses a look-alike of the development server: %s',
    async (url) => {
      const { win, dispatch, invoke } = setUp({ window: createWindow(url), devUrl: DEV_URL });
      const frame = win?.webContents.mainFrame ?? null;
      expect(await invoke('app:info', { sender: win?.webContents, senderFrame: frame }, {})).toEqual(
        FORBIDDEN,
      );
      expect(dispatch).not.toHaveBeenCalled();
    },
  );
});
