import { useCallback, useEffect, useState } from 'react';

function readHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#\/?/, ''));
}

/** The current screen, kept in the URL hash so a reload stays on the same screen. */
export function useHashRoute(fallback: string): [string, (route: string) => void] {
  const [route, setRoute] = useState(() => readHash() || fallback);
  useEffect(() => {
    const onChange = () => setRoute(readHash() || fallback);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [fallback]);
  const navigate = useCallback((next: string) => {
    window.location.hash = `#/${next}`;
  }, []);
  return [route, navigate];
}
