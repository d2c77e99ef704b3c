import type { KeyboardEvent } from 'react';
import { useCallback } from 'react';

/**
 * Enter in a text box submits the form; Ctrl+Enter submits from anywhere (also a notes box). Enter
 * in a drop-down picks the option as usual.
 */
export function useEnterSubmit(submit: () => void): (event: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      const isCtrl = event.ctrlKey || event.metaKey;
      const isTextBox =
        target.tagName === 'INPUT' &&
        target.getAttribute('role') !== 'combobox' &&
        (target as HTMLInputElement).type !== 'checkbox'; // an INPUT element, checked just above
      if (!isCtrl && !isTextBox) return;
      event.preventDefault();
      submit();
    },
    [submit],
  );
}
