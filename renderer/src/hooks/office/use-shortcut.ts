import { useEffect, useRef } from 'react';

/** A key combination such as "Alt+N" or "Ctrl+Enter". */
function matches(event: KeyboardEvent, combo: string): boolean {
  const parts = combo.toLowerCase().split('+');
  const key = parts.at(-1) ?? '';
  // Letters are compared by physical key, since Alt changes the character on some layouts.
  const isKey = /^[a-z]$/.test(key)
    ? event.code === `Key${key.toUpperCase()}`
    : event.key.toLowerCase() === key;
  return (
    isKey &&
    event.altKey === parts.includes('alt') &&
    (event.ctrlKey || event.metaKey) === parts.includes('ctrl') &&
    event.shiftKey === parts.includes('shift')
  );
}

/** Runs a handler on a key combination anywhere on the page while the component is shown. */
export function useShortcut(combo: string, handler: () => void, isEnabled = true): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!isEnabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!matches(event, combo)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [combo, isEnabled]);
}
