import {
  BarChartOutlined,
  CloudUploadOutlined,
  FilePdfOutlined,
  InboxOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { RouteDef } from '../../app/route-def';
import { ImportPage } from './ImportPage';
import { ReportPage } from './ReportPage';
import { ReturnsPage } from './ReturnsPage';
import { RosterPage } from './RosterPage';
import { StatsPage } from './StatsPage';

/** Screens of this side, in menu order. */
export const CENTRAL_ROUTES: RouteDef[] = [
  {
    key: 'central/roster',
    group: 'central',
    label: 'central:menu.roster',
    icon: <TeamOutlined />,
    render: () => <RosterPage />,
  },
  {
    key: 'central/import',
    group: 'central',
    label: 'central:menu.import',
    icon: <CloudUploadOutlined />,
    render: () => <ImportPage />,
  },
  {
    key: 'central/returns',
    group: 'central',
    label: 'central:menu.returns',
    icon: <InboxOutlined />,
    render: () => <ReturnsPage />,
  },
  {
    key: 'central/stats',
    group: 'central',
    label: 'central:menu.stats',
    icon: <BarChartOutlined />,
    render: () => <StatsPage />,
  },
  {
    key: 'central/report',
    group: 'central',
    label: 'central:menu.report',
    icon: <FilePdfOutlined />,
    render: () => <ReportPage />,
  },
];
