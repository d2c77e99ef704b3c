import { App as AntApp } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CallError } from '../api/client';
import { renderMessage } from '../i18n';

/** Shows a failed call's message in the user's language. */
export function useCallError(): (error: unknown) => void {
  const { message } = AntApp.useApp();
  const { t } = useTranslation('app');
  return useCallback(
    (error: unknown) => {
      const text = error instanceof CallError ? renderMessage(error.error.message) : String(error);
      message.error(t('error.call', { message: text }));
    },
    [message, t],
  );
}
