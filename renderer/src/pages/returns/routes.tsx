import { ExportOutlined } from '@ant-design/icons';
import type { RouteDef } from '../../app/route-def';
import { ExportPage } from './ExportPage';

/** The office side's export screen. */
export const RETURNS_ROUTES: RouteDef[] = [
  {
    key: 'office/export',
    group: 'office',
    label: 'returnFile:export.menu',
    icon: <ExportOutlined />,
    render: () => <ExportPage />,
  },
];
