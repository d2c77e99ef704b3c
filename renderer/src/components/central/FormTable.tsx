import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../../../shared/model';
import type { CategoryCounts } from '../../../../shared/return-file/return-data';
import type { Figures } from '../../../../shared/stats/central-aggregate';
import type { InstallFilter } from '../../../../shared/stats/central-rows';
import { formatShare } from './format';
import { NumberLink } from './NumberLink';

const MEASURES = [
  ['installed', undefined],
  ['genuine', 'genuine'],
  ['notGenuine', 'not_genuine'],
  ['toVerify', 'to_verify'],
  ['needed', 'needed'],
] as const satisfies ReadonlyArray<readonly [keyof CategoryCounts, InstallFilter['status']]>;

interface Row {
  key: string;
  label: string;
  category: Category | undefined;
  counts: CategoryCounts;
  domestic: CategoryCounts;
}

/** The summary form's table (categories × verdicts); every count opens the installs behind it. */
export function FormTable({
  figures,
  onDrill,
  testId,
}: {
  figures: Figures;
  onDrill: (filter: InstallFilter, label: string) => void;
  testId: string;
}) {
  const { t } = useTranslation('central');
  const rows: Row[] = [
    ...CATEGORIES.map((c) => ({
      key: c,
      label: t(`form.categories.${c}`),
      category: c,
      counts: figures.byCategory[c],
      domestic: figures.domestic[c],
    })),
    {
      key: 'total',
      label: t('form.total'),
      category: undefined,
      counts: figures.total,
      domestic: figures.domesticTotal,
    },
  ];
  const filterOf = (row: Row, status: InstallFilter['status']): InstallFilter => ({
    ...(row.category ? { category: row.category } : {}),
    ...(status ? { status } : {}),
  });
  return (
    <Table<Row>
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid={testId}
      columns={[
        { title: t('form.category'), dataIndex: 'label', width: 140 },
        ...MEASURES.map(([measure, status]) => ({
          title: t(`form.measures.${measure}`),
          key: measure,
          align: 'right' as const,
          render: (_: unknown, row: Row) => (
            <NumberLink
              value={row.counts[measure]}
              testId={`${testId}-${row.key}-${measure}`}
              onOpen={() => onDrill(filterOf(row, status), `${row.label} · ${t(`form.measures.${measure}`)}`)}
            />
          ),
        })),
        {
          title: t('form.rate'),
          key: 'rate',
          align: 'right' as const,
          render: (_: unknown, row: Row) => formatShare(row.counts.genuine, row.counts.installed),
        },
        {
          title: t('form.domestic'),
          key: 'domestic',
          align: 'right' as const,
          render: (_: unknown, row: Row) => (
            <NumberLink
              value={row.domestic.installed}
              testId={`${testId}-${row.key}-domestic`}
              onOpen={() =>
                onDrill(
                  { ...filterOf(row, undefined), domestic: true },
                  `${row.label} · ${t('form.domestic')}`,
                )
              }
            />
          ),
        },
        {
          title: t('stats.domesticShare'),
          key: 'domesticShare',
          align: 'right' as const,
          render: (_: unknown, row: Row) => formatShare(row.domestic.installed, row.counts.installed),
        },
      ]}
    />
  );
}
