import { contextBridge, ipcRenderer } from 'electron';
import {
  type Bridge,
  EVENT_CHANNEL_PREFIX,
  EVENT_NAMES,
  type EventMap,
  type EventName,
  isMethodName,
} from '../../shared/contract';

/** The renderer's only door to the main process: declared methods and events, nothing else. */
const api: Bridge = {
  invoke(method, input) {
    if (!isMethodName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_method', message: { key: 'errors:api.unknownMethod' } },
      });
    }
    return ipcRenderer.invoke(method, input);
  },
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) {
    if (!EVENT_NAMES.includes(event)) return () => {};
    const channel = `${EVENT_CHANNEL_PREFIX}${event}`;
    const wrapped = (_e: unknown, payload: EventMap[E]) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
