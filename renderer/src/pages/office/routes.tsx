import {
  AppstoreOutlined,
  BookOutlined,
  DashboardOutlined,
  DesktopOutlined,
  FileProtectOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { RouteDef } from '../../app/route-def';
import { CatalogPage } from './CatalogPage';
import { EntitlementsPage } from './EntitlementsPage';
import { ImagesPage } from './ImagesPage';
import { MachinesPage } from './MachinesPage';
import { OverviewPage } from './OverviewPage';
import { RulesPage } from './RulesPage';
import { SoftwarePage } from './SoftwarePage';

/** Screens of this side, in menu order. */
export const OFFICE_ROUTES: RouteDef[] = [
  {
    key: 'office/overview',
    group: 'office',
    label: 'office:menu.overview',
    icon: <DashboardOutlined />,
    render: () => <OverviewPage />,
  },
  {
    key: 'office/machines',
    group: 'office',
    label: 'machines:menu',
    icon: <DesktopOutlined />,
    render: () => <MachinesPage />,
  },
  {
    key: 'office/software',
    group: 'office',
    label: 'software:menu',
    icon: <AppstoreOutlined />,
    render: () => <SoftwarePage />,
  },
  {
    key: 'office/entitlements',
    group: 'office',
    label: 'office:menu.entitlements',
    icon: <SafetyCertificateOutlined />,
    render: () => <EntitlementsPage />,
  },
  {
    key: 'office/images',
    group: 'office',
    label: 'office:menu.images',
    icon: <FileProtectOutlined />,
    render: () => <ImagesPage />,
  },
  {
    key: 'office/catalog',
    group: 'office',
    label: 'office:menu.catalog',
    icon: <BookOutlined />,
    render: () => <CatalogPage />,
  },
  {
    key: 'office/rules',
    group: 'office',
    label: 'office:menu.rules',
    icon: <SettingOutlined />,
    render: () => <RulesPage />,
  },
];
