import { RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Spin, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryFigures, FixItem } from '../../../../shared/office/overview';
import { useAppContext } from '../../app/app-context';
import { setDrillDown } from '../../hooks/office/drill-down';
import { useOfficeQuery } from '../../hooks/office/use-office-query';

/** Formats 正版化率 with one decimal, or a dash when nothing is recorded yet. */
function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** 概览: the unit's figures per category and the list of what to fix, each leading to its rows. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { navigate } = useAppContext();
  const { data } = useOfficeQuery('office:overview', {});
  if (!data) return <Spin />;

  function open(item: FixItem) {
    const target = item.target;
    if (target.route === 'office/software') setDrillDown(target);
    else if (target.route === 'office/machines') setDrillDown(target);
    navigate(target.route);
  }

  const rows = [...data.categories, data.total];
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }} data-testid="overview">
      <Row gutter={16}>
        <Col span={6}>
          <Card>
            <Statistic
              title={t('office:overview.computers')}
              value={data.computers}
              suffix={t('office:unit.machines')}
              data-testid="overview-computers"
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic
              title={t('office:overview.installed')}
              value={data.total.installed}
              suffix={t('office:unit.copies')}
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic
              title={t('office:overview.genuineRate')}
              value={formatRate(data.genuineRate)}
              styles={{ content: { color: '#389e0d' } }}
              data-testid="overview-rate"
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic
              title={t('office:overview.needed')}
              value={data.total.needed}
              suffix={t('office:unit.copies')}
              styles={{ content: { color: data.total.needed > 0 ? '#cf1322' : undefined } }}
              data-testid="overview-needed"
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('office:overview.byCategory')} styles={{ body: { padding: 0 } }}>
        <Table<CategoryFigures>
          size="middle"
          rowKey="category"
          pagination={false}
          dataSource={rows}
          data-testid="overview-categories"
          columns={[
            {
              title: t('office:overview.category'),
              dataIndex: 'category',
              render: (c: string) =>
                c === 'total' ? (
                  <Typography.Text strong>{t('office:overview.total')}</Typography.Text>
                ) : (
                  t(`software:category.${c}`)
                ),
            },
            { title: t('office:overview.installed'), dataIndex: 'installed', align: 'right' },
            { title: t('software:status.genuine'), dataIndex: 'genuine', align: 'right' },
            { title: t('software:status.not_genuine'), dataIndex: 'notGenuine', align: 'right' },
            { title: t('software:status.to_verify'), dataIndex: 'toVerify', align: 'right' },
            {
              title: t('office:overview.needed'),
              dataIndex: 'needed',
              align: 'right',
              render: (n: number) => (
                <Typography.Text type={n > 0 ? 'danger' : undefined}>{n}</Typography.Text>
              ),
            },
            {
              title: t('office:overview.genuineRate'),
              key: 'rate',
              align: 'right',
              render: (_: unknown, r: CategoryFigures) =>
                formatRate(r.installed === 0 ? null : r.genuine / r.installed),
            },
          ]}
        />
      </Card>
      <Card title={t('office:overview.fixTitle')}>
        {data.fixes.length === 0 ? (
          <Alert type="success" showIcon title={t('office:overview.nothingToFix')} />
        ) : (
          <Flex vertical gap={8} data-testid="overview-fixes">
            {data.fixes.map((item) => (
              <Button
                key={item.kind}
                block
                style={{ justifyContent: 'space-between', height: 40 }}
                onClick={() => open(item)}
                data-testid={`fix-${item.kind}`}
              >
                <span>{t(`office:fix.${item.kind}`, { count: item.count })}</span>
                <span>
                  {t('office:overview.show')} <RightOutlined />
                </span>
              </Button>
            ))}
          </Flex>
        )}
        {data.shortfall > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('office:overview.shortfall', { count: data.shortfall })}{' '}
            <Typography.Link
              onClick={() => {
                setDrillDown({ route: 'office/entitlements', tab: 'reconcile' });
                navigate('office/entitlements');
              }}
            >
              {t('office:overview.openReconcile')}
            </Typography.Link>
          </Typography.Paragraph>
        )}
      </Card>
    </Flex>
  );
}
