import { createContext, useContext } from 'react';
import type { AppInfo } from '../../../shared/contract';

export interface AppContextValue {
  info: AppInfo;
  /** Replaces the app info after a call that returned a new one (language, workspace …). */
  setInfo(info: AppInfo): void;
  navigate(route: string): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

/** The app info and navigation, for any page. */
export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext outside <App>');
  return value;
}
