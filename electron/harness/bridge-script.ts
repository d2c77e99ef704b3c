/**
 * The browser transport's window.api: the same Bridge shape as the Electron preload, carried
 * over loopback HTTP (calls) and server-sent events (events). Used by tests and screenshots.
 */
export const BRIDGE_SCRIPT = `(() => {
  const listeners = new Map();
  let source = null;
  function listen() {
    if (source) return;
    source = new EventSource('/__zb/events');
    source.onmessage = (message) => {
      const data = JSON.parse(message.data);
      for (const listener of listeners.get(data.event) || []) listener(data.payload);
    };
  }
  window.api = Object.freeze({
    async invoke(method, input) {
      const response = await fetch('/__zb/call/' + encodeURIComponent(method), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input === undefined ? {} : input),
      });
      return response.json();
    },
    on(event, listener) {
      listen();
      const set = listeners.get(event) || new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  });
})();`;
