import { useCallback, useEffect, useState } from 'react';
import type { CentralOverview } from '../../../../shared/contract';
import { call } from '../../api/client';
import { useCallError } from '../../hooks/use-call-error';

/** The central side's chosen period and its counts; `choose` switches the period for every screen. */
export function useCentralOverview() {
  const [overview, setOverview] = useState<CentralOverview | null>(null);
  const showError = useCallError();
  const refresh = useCallback(() => {
    call('central:overview', {}).then(setOverview, showError);
  }, [showError]);
  const choose = useCallback(
    (period: string) => {
      call('central:setPeriod', { period }).then(setOverview, showError);
    },
    [showError],
  );
  useEffect(refresh, [refresh]);
  return { overview, refresh, choose };
}
