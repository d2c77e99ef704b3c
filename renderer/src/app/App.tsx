import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import i18next from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import type { AppInfo } from '../../../shared/contract';
import { CallError, call } from '../api/client';
import { useHashRoute } from '../hooks/use-hash-route';
import { renderMessage } from '../i18n';
import { AppShell } from './AppShell';
import { AppContext } from './app-context';
import { DEFAULT_ROUTE } from './routes';

/** Loads the app info, applies the language and renders the shell. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [route, navigate] = useHashRoute(DEFAULT_ROUTE);

  useEffect(() => {
    call('app:info', {}).then(setInfo, (error: unknown) =>
      setFailure(error instanceof CallError ? renderMessage(error.error.message) : String(error)),
    );
  }, []);

  useEffect(() => {
    if (info && i18next.language !== info.language) void i18next.changeLanguage(info.language);
    if (info) document.documentElement.lang = info.language;
  }, [info]);

  const context = useMemo(() => (info ? { info, setInfo, navigate } : null), [info, navigate]);
  const locale = info?.language === 'en' ? enUS : zhCN;

  return (
    <ConfigProvider locale={locale} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4 } }}>
      <AntApp>
        {failure ? (
          <Result status="error" title={failure} />
        ) : !context ? (
          <Spin fullscreen />
        ) : (
          <AppContext.Provider value={context}>
            <AppShell route={route} />
          </AppContext.Provider>
        )}
      </AntApp>
    </ConfigProvider>
  );
}
