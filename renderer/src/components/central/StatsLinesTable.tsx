import { Table, type TableColumnsType } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../../shared/model';
import type { CategoryCounts } from '../../../../shared/return-file/return-data';
import type { Figures } from '../../../../shared/stats/central-aggregate';
import type { DrillMetric, DrillScope } from '../../../../shared/stats/central-drill';
import type { InstallFilter } from '../../../../shared/stats/central-rows';
import { formatDelta, formatShare } from './format';
import './central-cells.css';
import { NumberLink } from './NumberLink';

/** One line of the by-unit or by-county statistics. */
export interface StatsLine {
  key: string;
  scope: DrillScope;
  name: string;
  code: string;
  figures: Figures | null;
  previous: Figures | null;
  extra: string;
}

const MEASURES = [
  ['installed', 'i', undefined],
  ['genuine', 'g', 'genuine'],
  ['notGenuine', 'n', 'not_genuine'],
  ['toVerify', 'v', 'to_verify'],
  ['needed', 'd', 'needed'],
] as const satisfies ReadonlyArray<readonly [keyof CategoryCounts, string, InstallFilter['status']]>;

/** Room for the name column and the figures: virtual rows need a fixed table width. */
const WIDTH = 950;

const delta = (now: number | undefined, before: number | undefined, isRate = false) =>
  now === undefined || before === undefined ? '' : formatDelta(now - before, isRate);

/**
 * Figures per unit or county in virtual rows (a province lists a thousand units); every figure
 * opens the rows behind it.
 */
export const StatsLinesTable = memo(function StatsLinesTable({
  lines,
  level,
  category,
  previousPeriod,
  height,
  onDrill,
}: {
  lines: readonly StatsLine[];
  level: 'unit' | 'parent';
  category: Category | 'all';
  previousPeriod: string | null;
  height: number;
  onDrill: (scope: DrillScope, metric: DrillMetric, title: string) => void;
}) {
  const { t } = useTranslation('central');
  const columns = useMemo((): TableColumnsType<StatsLine> => {
    const countsOf = (f: Figures): CategoryCounts => (category === 'all' ? f.total : f.byCategory[category]);
    const measure = ([field, key, status]: (typeof MEASURES)[number]) => ({
      title: t(`form.measures.${field}`),
      key,
      width: 90,
      align: 'right' as const,
      render: (_: unknown, l: StatsLine) => {
        if (!l.figures) return null;
        const filter: InstallFilter = {
          ...(status ? { status } : {}),
          ...(category === 'all' ? {} : { category }),
        };
        return (
          <NumberLink
            value={countsOf(l.figures)[field]}
            testId={`line-${l.key}-${field}`}
            onOpen={() =>
              onDrill(l.scope, { kind: 'installs', filter }, `${l.name} · ${t(`form.measures.${field}`)}`)
            }
          />
        );
      },
    });
    return [
      {
        title: level === 'unit' ? t('stats.unit') : t('stats.parent'),
        key: 'name',
        width: 300,
        render: (_, l) => (
          <span>
            {l.name}{' '}
            <span className="zb-secondary" style={{ fontSize: 12 }}>
              {l.extra}
            </span>
          </span>
        ),
      },
      {
        title: t('stats.computers'),
        key: 'computers',
        width: 110,
        align: 'right',
        render: (_, l) =>
          l.figures ? (
            <NumberLink
              value={l.figures.computers}
              testId={`line-${l.key}-computers`}
              onOpen={() => onDrill(l.scope, { kind: 'computers' }, `${l.name} · ${t('stats.computers')}`)}
            />
          ) : (
            <span className="zb-secondary">{t('stats.notReturned')}</span>
          ),
      },
      ...MEASURES.map(measure),
      {
        title: t('form.rate'),
        key: 'rate',
        width: 90,
        align: 'right',
        render: (_, l) =>
          l.figures ? formatShare(countsOf(l.figures).genuine, countsOf(l.figures).installed) : '',
      },
      ...(previousPeriod
        ? [
            {
              title: t('stats.change', { period: previousPeriod }),
              key: 'change',
              width: 200,
              render: (_: unknown, l: StatsLine) =>
                l.figures && l.previous
                  ? t('stats.changeValue', {
                      computers: delta(l.figures.computers, l.previous.computers) || '0',
                      rate:
                        delta(
                          l.figures.genuineRate ?? undefined,
                          l.previous.genuineRate ?? undefined,
                          true,
                        ) || '0',
                    })
                  : '',
            },
          ]
        : []),
    ];
  }, [t, level, category, previousPeriod, onDrill]);
  return (
    <Table<StatsLine>
      size="small"
      rowKey="key"
      virtual
      pagination={false}
      scroll={{ x: previousPeriod ? WIDTH + 200 : WIDTH, y: height }}
      dataSource={lines}
      data-testid="stats-lines"
      columns={columns}
    />
  );
});
