import {
  AccountBookOutlined,
  CalculatorOutlined,
  DollarOutlined,
  FlagOutlined,
  ProjectOutlined,
  TagsOutlined,
} from '@ant-design/icons';
import type { RouteDef } from '../../app/route-def';
import { CentralBudgetPage } from './CentralBudgetPage';
import { CentralProgressPage } from './CentralProgressPage';
import { OfficeBudgetPage } from './OfficeBudgetPage';
import { OfficeProgressPage } from './OfficeProgressPage';
import { PricesPage } from './PricesPage';
import { ScenariosPage } from './ScenariosPage';

/** Budget and progress screens (office, central and common groups), in menu order. */
export const BUDGET_ROUTES: RouteDef[] = [
  {
    key: 'office/budget',
    group: 'office',
    label: 'budget:menu.officeBudget',
    icon: <CalculatorOutlined />,
    render: () => <OfficeBudgetPage />,
  },
  {
    key: 'office/progress',
    group: 'office',
    label: 'progress:menu.office',
    icon: <FlagOutlined />,
    render: () => <OfficeProgressPage />,
  },
  {
    key: 'central/budget',
    group: 'central',
    label: 'budget:menu.centralBudget',
    icon: <AccountBookOutlined />,
    render: () => <CentralBudgetPage />,
  },
  {
    key: 'central/progress',
    group: 'central',
    label: 'progress:menu.central',
    icon: <ProjectOutlined />,
    render: () => <CentralProgressPage />,
  },
  {
    key: 'common/prices',
    group: 'common',
    label: 'budget:menu.prices',
    icon: <DollarOutlined />,
    render: () => <PricesPage />,
  },
  {
    key: 'common/scenarios',
    group: 'common',
    label: 'budget:menu.scenarios',
    icon: <TagsOutlined />,
    render: () => <ScenariosPage />,
  },
];
