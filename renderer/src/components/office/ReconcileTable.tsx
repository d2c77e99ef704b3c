import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReconcileView } from '../../../../shared/office/views';
import { pickName, useLang } from '../../hooks/office/use-lang';

export interface ReconcileTableProps {
  rows: ReconcileView[];
  isLoading: boolean;
}

/** Installs against seats per product, edition and channel: surplus, shortfall and 超授权. */
export function ReconcileTable({ rows, isLoading }: ReconcileTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('office:reconcile.help')}</Typography.Paragraph>
      <Table<ReconcileView>
        data-testid="reconcile-table"
        size="small"
        rowKey="key"
        bordered
        loading={isLoading}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('office:reconcile.empty') }}
        columns={[
          {
            title: t('software:field.product'),
            key: 'product',
            render: (_: unknown, r: ReconcileView) => pickName(r.productName, lang) || r.productId,
          },
          {
            title: t('software:field.edition'),
            key: 'edition',
            width: 160,
            render: (_: unknown, r: ReconcileView) =>
              pickName(r.editionName, lang) || r.edition || t('office:licence.anyEdition'),
          },
          {
            title: t('software:field.channel'),
            dataIndex: 'channel',
            width: 120,
            render: (c: string) => t(`software:channel.${c}`),
          },
          {
            title: t('office:reconcile.seats'),
            dataIndex: 'seats',
            width: 90,
            align: 'right',
            render: (n: number, r: ReconcileView) => (r.consumesSeats ? n : '—'),
          },
          { title: t('office:reconcile.installs'), dataIndex: 'installs', width: 90, align: 'right' },
          {
            title: t('office:reconcile.surplus'),
            dataIndex: 'surplus',
            width: 90,
            align: 'right',
            render: (n: number, r: ReconcileView) => (r.consumesSeats ? n : '—'),
          },
          {
            title: t('office:reconcile.shortfall'),
            dataIndex: 'shortfall',
            width: 90,
            align: 'right',
            render: (n: number, r: ReconcileView) =>
              !r.consumesSeats ? (
                '—'
              ) : (
                <Typography.Text type={n > 0 ? 'danger' : undefined} strong={n > 0}>
                  {n}
                </Typography.Text>
              ),
          },
          {
            title: t('office:reconcile.note'),
            key: 'note',
            width: 200,
            render: (_: unknown, r: ReconcileView) => (
              <>
                {r.overDeployed > 0 && (
                  <Tag color="red" data-testid="over-deployed-tag">
                    {t('office:reconcile.overDeployed', { count: r.overDeployed })}
                  </Tag>
                )}
                {!r.consumesSeats && <Tag>{t('office:reconcile.noSeats')}</Tag>}
                {r.consumesSeats && r.seats === 0 && r.installs > 0 && (
                  <Tag color="orange">{t('office:reconcile.noLicence')}</Tag>
                )}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
