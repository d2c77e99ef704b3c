import { Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryTotal } from '../../../../shared/budget/compute-scenario';
import { CATEGORIES, type Category } from '../../../../shared/model';
import { SignedYuan, Wan, Yuan } from './Money';

/** One scenario's figures as the comparison shows them. */
export interface ComparedScenario {
  id: string;
  name: string;
  byCategory: Record<Category, CategoryTotal>;
  totalFen: number;
  diffFen: number;
  fundsFen: number | null;
  gapFen: number;
  surplusFen: number;
  missingCount: number;
  isInReturn?: boolean;
  /** Units (of a group) that recorded no funds: their funds count as zero. */
  unitsWithoutFunds?: number;
}

interface MetricRow {
  key: string;
  label: ReactNode;
  render(s: ComparedScenario): ReactNode;
}

/** Scenarios side by side: a column per scenario, a row per category, total, difference, funds and gap. */
export function ComparisonTable({
  scenarios,
  testId,
}: {
  scenarios: readonly ComparedScenario[];
  testId?: string;
}) {
  const { t } = useTranslation('budget');
  const first = scenarios[0]?.name ?? '';
  const rows: MetricRow[] = [
    ...CATEGORIES.map(
      (c): MetricRow => ({
        key: c,
        label: t(`category.${c}`),
        render: (s) => <Yuan fen={s.byCategory[c].amountFen} />,
      }),
    ),
    {
      key: 'total',
      label: <strong>{t('compare.total')}</strong>,
      render: (s) => (
        <strong>
          <Yuan fen={s.totalFen} testId={`total-${s.id}`} />
        </strong>
      ),
    },
    {
      key: 'totalWan',
      label: t('compare.totalWan'),
      render: (s) => <Wan fen={s.totalFen} testId={`total-wan-${s.id}`} />,
    },
    { key: 'diff', label: t('compare.diff', { name: first }), render: (s) => <SignedYuan fen={s.diffFen} /> },
    {
      key: 'funds',
      label: t('compare.funds'),
      render: (s) =>
        s.fundsFen === null ? (
          <Typography.Text type="secondary">{t('compare.notRecorded')}</Typography.Text>
        ) : (
          <Yuan fen={s.fundsFen} />
        ),
    },
    {
      key: 'gap',
      label: <strong>{t('compare.gap')}</strong>,
      render: (s) => (
        <strong>
          <Yuan fen={s.gapFen} isAlert testId={`gap-${s.id}`} />
        </strong>
      ),
    },
    { key: 'gapWan', label: t('compare.gapWan'), render: (s) => <Wan fen={s.gapFen} isAlert /> },
    { key: 'surplus', label: t('compare.surplus'), render: (s) => <Yuan fen={s.surplusFen} /> },
    {
      key: 'missing',
      label: t('compare.missing'),
      render: (s) =>
        s.missingCount > 0 ? (
          <Typography.Text type="danger" data-testid={`missing-${s.id}`}>
            {t('compare.missingCount', { count: s.missingCount })}
          </Typography.Text>
        ) : (
          '0'
        ),
    },
  ];
  return (
    <Table<MetricRow>
      data-testid={testId}
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      dataSource={rows}
      scroll={{ x: 200 + scenarios.length * 200 }}
      columns={[
        { title: t('compare.metric'), dataIndex: 'label', key: 'label', width: 200, fixed: 'left' },
        ...scenarios.map((s) => ({
          title: (
            <span>
              {s.name}
              {s.isInReturn && (
                <Tag color="blue" style={{ marginInlineStart: 6 }}>
                  {t('compare.inReturn')}
                </Tag>
              )}
            </span>
          ),
          key: s.id,
          align: 'right' as const,
          render: (_: unknown, row: MetricRow) => row.render(s),
        })),
      ]}
    />
  );
}
