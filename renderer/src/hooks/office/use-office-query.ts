import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../../../shared/contract';
import { call, onEvent } from '../../api/client';
import { useCallError } from '../use-call-error';

export interface OfficeQuery<T> {
  data: T | null;
  isLoading: boolean;
  reload(): Promise<void>;
}

/**
 * Fetches one method's result, again when the input changes or another screen reports a change
 * (imports, restores). Late answers to an older input are dropped.
 */
export function useOfficeQuery<K extends MethodName>(method: K, input: InputOf<K>): OfficeQuery<OutputOf<K>> {
  const showError = useCallError();
  const [data, setData] = useState<OutputOf<K> | null>(null);
  const [isLoading, setLoading] = useState(true);
  const inputKey = JSON.stringify(input);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      // The key was made from this very input, so parsing it back gives the same value.
      const value = await call(method, JSON.parse(inputKey) as InputOf<K>);
      if (ticket === latest.current) setData(value);
    } catch (error) {
      if (ticket === latest.current) showError(error);
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [method, inputKey, showError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    try {
      return onEvent('app:changed', () => void reload());
    } catch {
      return undefined;
    }
  }, [reload]);

  return { data, isLoading, reload };
}
