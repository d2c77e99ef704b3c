import { useEffect, useState } from 'react';
import type { EventMap } from '../../../../shared/contract';
import { onEvent } from '../../api/client';

export type CaptureProgress = EventMap['progress'];

/** The latest progress the main side reported for a capture task (scan or file import). */
export function useCaptureProgress(): CaptureProgress | null {
  const [progress, setProgress] = useState<CaptureProgress | null>(null);
  useEffect(() => {
    try {
      return onEvent('progress', (event) => {
        if (event.task.startsWith('capture:')) setProgress(event);
      });
    } catch {
      return undefined;
    }
  }, []);
  return progress;
}
