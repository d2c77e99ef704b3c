import { ScanOutlined } from '@ant-design/icons';
import type { RouteDef } from '../../app/route-def';
import { CapturePage } from './CapturePage';

/** Automatic capture screens (office group), in menu order. */
export const CAPTURE_ROUTES: RouteDef[] = [
  {
    key: 'office/capture',
    group: 'office',
    label: 'capture:menu.capture',
    icon: <ScanOutlined />,
    render: () => <CapturePage />,
  },
];
