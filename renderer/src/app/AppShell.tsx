import type { MenuProps } from 'antd';
import { Layout, Menu, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemBanner } from '../components/ProblemBanner';
import { WorkspaceSwitch } from '../components/WorkspaceSwitch';
import { useAppContext } from './app-context';
import { DEFAULT_ROUTE, ROUTES, type RouteGroup } from './routes';

const GROUPS: RouteGroup[] = ['office', 'central', 'common'];

/** Side menu for the office and central sides, a header naming the workspace, and the page. */
export function AppShell({ route }: { route: string }) {
  const { t } = useTranslation();
  const { info, navigate } = useAppContext();
  const current = ROUTES.find((r) => r.key === route) ?? ROUTES.find((r) => r.key === DEFAULT_ROUTE);
  const items: MenuProps['items'] = GROUPS.map((group) => ({
    type: 'group' as const,
    key: group,
    label: t(`app:menu.${group}`),
    children: ROUTES.filter((r) => r.group === group).map((r) => ({
      key: r.key,
      icon: r.icon,
      label: t(r.label),
    })),
  })).filter((g) => g.children.length > 0);
  const workspaceName = info.workspace?.name || t('app:defaultWorkspace');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 16px 8px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#b71c1c' }}>
            正版
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app:subtitle')}
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={current ? [current.key] : []}
          items={items}
          onClick={(e) => navigate(e.key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            borderBottom: '1px solid #f0f0f0',
            display: 'flex',
            gap: 12,
            alignItems: 'center',
          }}
        >
          <Typography.Text strong>{t('app:title')}</Typography.Text>
          <Typography.Text type="secondary" data-testid="workspace-name">
            {t('app:workspace', { name: workspaceName })}
          </Typography.Text>
          {info.workspace?.kind === 'demo' && <Tag color="orange">{t('app:demoBadge')}</Tag>}
          <span style={{ flex: 1 }} />
          <WorkspaceSwitch />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }} key={info.workspace?.id ?? 'none'}>
          <ProblemBanner />
          {current?.render()}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
