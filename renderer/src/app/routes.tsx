import { IdcardOutlined, SettingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ProfilePage } from '../pages/ProfilePage';
import { SettingsPage } from '../pages/SettingsPage';

export type RouteGroup = 'office' | 'central' | 'common';

export interface RouteDef {
  key: string;
  group: RouteGroup;
  /** Catalog key of the menu label. */
  label: string;
  icon: ReactNode;
  render: () => ReactNode;
}

/** Every screen, in menu order. */
export const ROUTES: RouteDef[] = [
  {
    key: 'office/profile',
    group: 'office',
    label: 'app:menu.profile',
    icon: <IdcardOutlined />,
    render: () => <ProfilePage />,
  },
  {
    key: 'settings',
    group: 'common',
    label: 'app:menu.settings',
    icon: <SettingOutlined />,
    render: () => <SettingsPage />,
  },
];

export const DEFAULT_ROUTE = 'office/profile';
