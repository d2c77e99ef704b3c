import { IdcardOutlined, SettingOutlined } from '@ant-design/icons';
import { BUDGET_ROUTES } from '../pages/budget/routes';
import { CAPTURE_ROUTES } from '../pages/capture/routes';
import { CENTRAL_ROUTES } from '../pages/central/routes';
import { COMMON_ROUTES } from '../pages/common/routes';
import { OFFICE_ROUTES } from '../pages/office/routes';
import { ProfilePage } from '../pages/ProfilePage';
import { RETURNS_ROUTES } from '../pages/returns/routes';
import { SettingsPage } from '../pages/SettingsPage';
import type { RouteDef } from './route-def';

export type { RouteDef, RouteGroup } from './route-def';

/** Every screen, in menu order within its group. */
export const ROUTES: RouteDef[] = groupInOrder([
  ...OFFICE_ROUTES,
  ...RETURNS_ROUTES,
  {
    key: 'office/profile',
    group: 'office',
    label: 'app:menu.profile',
    icon: <IdcardOutlined />,
    render: () => <ProfilePage />,
  },
  ...CAPTURE_ROUTES,
  ...CENTRAL_ROUTES,
  ...BUDGET_ROUTES,
  ...COMMON_ROUTES,
  {
    key: 'settings',
    group: 'common',
    label: 'app:menu.settings',
    icon: <SettingOutlined />,
    render: () => <SettingsPage />,
  },
]);

/** Keeps each route file's order but lists settings last within the common group. */
function groupInOrder(routes: RouteDef[]): RouteDef[] {
  const settings = routes.filter((r) => r.key === 'settings');
  return [...routes.filter((r) => r.key !== 'settings'), ...settings];
}

export const DEFAULT_ROUTE = 'office/overview';
