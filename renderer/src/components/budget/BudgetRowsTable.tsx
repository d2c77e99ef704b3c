import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BudgetRow } from '../../../../shared/budget/compute-scenario';
import { formatBpAsPercent, formatYuan } from '../../../../shared/budget/money';
import { Yuan } from './Money';
import type { ProductNames } from './product-names';

/** The rows behind a scenario total: what is bought for each need, at which price, from which source. */
export function BudgetRowsTable({
  rows,
  names,
  testId,
}: {
  rows: readonly BudgetRow[];
  names: ProductNames;
  testId?: string;
}) {
  const { t } = useTranslation('budget');
  return (
    <Table<BudgetRow>
      data-testid={testId}
      size="small"
      bordered
      rowKey={(r) => `${r.category}|${r.needProductId ?? r.rawName}|${r.needEdition}`}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      dataSource={[...rows]}
      scroll={{ x: 1320 }}
      columns={[
        {
          title: t('rows.category'),
          dataIndex: 'category',
          width: 110,
          render: (c: string) => t(`category.${c}`),
        },
        {
          title: t('rows.product'),
          key: 'need',
          width: 200,
          render: (_: unknown, r: BudgetRow) =>
            `${names.product(r.needProductId, r.rawName)} ${names.edition(r.needProductId, r.needEdition)}`.trim(),
        },
        {
          title: t('rows.bought'),
          key: 'bought',
          width: 200,
          render: (_: unknown, r: BudgetRow) =>
            r.substitutionRuleId ? (
              <span>
                <Tag color="blue">{t('rows.substituted')}</Tag>
                {`${names.product(r.productId)} ${names.edition(r.productId, r.edition)}`.trim()}
              </span>
            ) : r.productId === null ? (
              '—'
            ) : (
              t('rows.same')
            ),
        },
        { title: t('rows.count'), dataIndex: 'count', width: 80, align: 'right' },
        {
          title: t('rows.basis'),
          key: 'basis',
          width: 100,
          render: (_: unknown, r: BudgetRow) => (r.price ? t(`basis.${r.price.basis}`) : ''),
        },
        {
          title: t('rows.unitPrice'),
          key: 'unit',
          width: 120,
          align: 'right',
          render: (_: unknown, r: BudgetRow) => (r.price ? <Yuan fen={r.price.unitFen} /> : ''),
        },
        {
          title: t('rows.discount'),
          key: 'discount',
          width: 90,
          align: 'right',
          render: (_: unknown, r: BudgetRow) =>
            r.price && r.price.discountBp > 0 ? (
              <Tooltip title={t('rows.listed', { price: formatYuan(r.price.listedFen) })}>
                {formatBpAsPercent(r.price.discountBp)}
              </Tooltip>
            ) : (
              ''
            ),
        },
        {
          title: t('rows.amount'),
          key: 'amount',
          width: 130,
          align: 'right',
          render: (_: unknown, r: BudgetRow) =>
            r.missingReason ? <Tag color="red">{t('rows.missing')}</Tag> : <Yuan fen={r.amountFen} />,
        },
        {
          title: t('rows.source'),
          key: 'source',
          width: 300,
          ellipsis: { showTitle: false },
          render: (_: unknown, r: BudgetRow) => {
            if (r.missingReason) return t(`missing.${r.missingReason}`);
            const text = [r.price?.source, r.price?.sourceDate].filter(Boolean).join(' ');
            return (
              <Tooltip title={text}>
                <span>
                  {r.price?.isExample && <Tag color="orange">{t('prices.exampleTag')}</Tag>}
                  {text}
                </span>
              </Tooltip>
            );
          },
        },
      ]}
    />
  );
}
