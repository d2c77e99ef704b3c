import { Card, Col, Flex, Row, Segmented, Select, Statistic, Table, Typography } from 'antd';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../../../shared/model';
import { shareByVendor } from '../../../../shared/stats/central-aggregate';
import type { DrillMetric, DrillScope } from '../../../../shared/stats/central-drill';
import type { InstallFilter } from '../../../../shared/stats/central-rows';
import type { StatsView } from '../../../../shared/stats/central-view';
import { call } from '../../api/client';
import { DrillDrawer, type DrillRequest } from '../../components/central/DrillDrawer';
import { FormTable } from '../../components/central/FormTable';
import { formatDelta, formatRate, formatShare } from '../../components/central/format';
import { NumberLink } from '../../components/central/NumberLink';
import { PeriodBar } from '../../components/central/PeriodBar';
import { type NeedBar, StatsCharts } from '../../components/central/StatsCharts';
import { type StatsLine, StatsLinesTable } from '../../components/central/StatsLinesTable';
import { useCentralOverview } from '../../components/central/use-central-overview';
import { vendorName } from '../../components/central/vendor-name';
import { useCallError } from '../../hooks/use-call-error';

/** Height of the by-unit list: about fifteen lines, the rest scrolls. */
const LINES_HEIGHT = 480;

/** 统计: figures per unit, per county and in total, charts, change since the last period, drill-down. */
export function StatsPage() {
  const { t } = useTranslation('central');
  const showError = useCallError();
  const { overview, choose } = useCentralOverview();
  const period = overview?.period ?? null;
  const [view, setView] = useState<StatsView | null>(null);
  const [level, setLevel] = useState<'unit' | 'parent'>('unit');
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [drill, setDrill] = useState<DrillRequest | null>(null);

  useEffect(() => {
    if (period) call('central:stats', { period }).then(setView, showError);
  }, [period, showError]);

  const open = useCallback(
    (scope: DrillScope, metric: DrillMetric, title: string) => {
      if (period) setDrill({ period, scope, metric, title });
    },
    [period],
  );
  // Built once per view and level, so opening a drill-down or picking a category redraws no chart.
  const lines = useMemo((): StatsLine[] => {
    if (!view) return [];
    const { stats, previous } = view;
    return level === 'unit'
      ? stats.units.map((u) => ({
          key: u.unit.code,
          scope: { kind: 'unit', code: u.unit.code },
          name: u.unit.name,
          code: u.unit.code,
          figures: u.figures,
          previous: previous?.byUnit[u.unit.code] ?? null,
          extra: u.unit.parentName,
        }))
      : stats.parents.map((p) => ({
          key: p.parentCode || '-',
          scope: { kind: 'parent', code: p.parentCode },
          name: p.parentName || t('noParent'),
          code: p.parentCode,
          figures: p.figures,
          previous: previous?.byParent[p.parentCode] ?? null,
          extra: t('stats.returnedOf', { returned: p.returned, expected: p.expected }),
        }));
  }, [view, level, t]);
  // The figures above show first; charts and the long lists follow in a render of their own, so
  // opening the screen is two shorter tasks rather than one long one.
  const isLowerShown = useDeferredValue(view !== null);
  const bars = useMemo(
    (): NeedBar[] =>
      lines.flatMap((l) =>
        l.figures ? [{ code: l.code, name: l.name, needed: l.figures.total.needed, scope: level }] : [],
      ),
    [lines, level],
  );

  if (!overview) return null;
  if (!period || !view) return <PeriodBar overview={overview} onChoose={choose} />;

  const { stats, previous } = view;
  const total = stats.total.figures;
  const openInstalls = (scope: DrillScope, filter: InstallFilter, title: string) =>
    open(scope, { kind: 'installs', filter }, title);
  const withCategory = (filter: InstallFilter): InstallFilter =>
    category === 'all' ? filter : { ...filter, category };
  const delta = (now: number | undefined, before: number | undefined, isRate = false) =>
    now === undefined || before === undefined ? '' : formatDelta(now - before, isRate);
  const vendors = shareByVendor(total, category === 'all' ? CATEGORIES : [category]);

  return (
    <Flex vertical gap={16} data-testid="stats-page">
      <PeriodBar overview={overview} onChoose={choose} />
      <Row gutter={16}>
        <Col span={4}>
          <Card size="small">
            <Statistic
              title={t('stats.recovery')}
              value={`${stats.total.returned}/${stats.total.expected}`}
              data-testid="stats-recovery"
            />
            <Typography.Text type="secondary">{formatRate(stats.total.rate)}</Typography.Text>
          </Card>
        </Col>
        <Col span={5}>
          <Card size="small">
            <Statistic
              title={t('stats.computers')}
              valueRender={() => (
                <NumberLink
                  value={total.computers}
                  testId="stats-computers"
                  fontSize={24}
                  onOpen={() => open({ kind: 'total' }, { kind: 'computers' }, t('stats.computers'))}
                />
              )}
            />
            {previous && (
              <Typography.Text type="secondary">
                {t('stats.since', {
                  period: previous.period,
                  change: delta(total.computers, previous.total.computers) || '0',
                })}
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col span={5}>
          <Card size="small">
            <Statistic
              title={t('stats.installed')}
              value={total.total.installed}
              data-testid="stats-installed"
            />
          </Card>
        </Col>
        <Col span={5}>
          <Card size="small">
            <Statistic
              title={t('stats.genuineRate')}
              value={formatRate(total.genuineRate)}
              data-testid="stats-rate"
            />
            {previous && (
              <Typography.Text type="secondary">
                {t('stats.since', {
                  period: previous.period,
                  change:
                    delta(total.genuineRate ?? undefined, previous.total.genuineRate ?? undefined, true) ||
                    '0',
                })}
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col span={5}>
          <Card size="small">
            <Statistic
              title={t('stats.needed')}
              valueRender={() => (
                <NumberLink
                  value={total.total.needed}
                  testId="stats-needed"
                  fontSize={24}
                  onOpen={() => openInstalls({ kind: 'total' }, { status: 'needed' }, t('stats.needed'))}
                />
              )}
            />
            <Typography.Text type="secondary">
              {t('stats.domesticLine', {
                share: formatShare(total.domesticTotal.installed, total.total.installed),
              })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      {view.unassigned > 0 && (
        <Typography.Text type="warning">{t('stats.unassigned', { count: view.unassigned })}</Typography.Text>
      )}
      <Card title={t('stats.formTitle', { period })} size="small">
        <FormTable
          figures={total}
          testId="form-total"
          onDrill={(filter, label) => openInstalls({ kind: 'total' }, filter, label)}
        />
      </Card>
      {isLowerShown && (
        <>
          <StatsCharts
            bars={bars}
            figures={total}
            onBar={(bar) =>
              openInstalls(
                bar.scope === 'unit' ? { kind: 'unit', code: bar.code } : { kind: 'parent', code: bar.code },
                { status: 'needed' },
                `${bar.name} · ${t('charts.needed')}`,
              )
            }
            onVendor={(filter, label) => openInstalls({ kind: 'total' }, filter, label)}
          />
          <Card
            size="small"
            title={t('stats.byTitle')}
            extra={
              <Flex gap={8}>
                <Segmented<'unit' | 'parent'>
                  value={level}
                  onChange={setLevel}
                  options={[
                    { value: 'unit', label: t('stats.byUnit') },
                    { value: 'parent', label: t('stats.byParent') },
                  ]}
                  data-testid="stats-level"
                />
                <Select<Category | 'all'>
                  style={{ width: 140 }}
                  value={category}
                  onChange={setCategory}
                  options={[
                    { value: 'all', label: t('charts.allCategories') },
                    ...CATEGORIES.map((c) => ({ value: c, label: t(`form.categories.${c}`) })),
                  ]}
                />
              </Flex>
            }
          >
            <StatsLinesTable
              lines={lines}
              level={level}
              category={category}
              previousPeriod={previous?.period ?? null}
              height={LINES_HEIGHT}
              onDrill={open}
            />
          </Card>
          <Card size="small" title={t('stats.vendorTitle')}>
            <Table
              size="small"
              rowKey="vendor"
              pagination={false}
              dataSource={vendors}
              data-testid="vendor-table"
              columns={[
                { title: t('drill.vendor'), dataIndex: 'vendor', render: (v: string) => vendorName(t, v) },
                {
                  title: t('form.measures.installed'),
                  dataIndex: 'installed',
                  align: 'right',
                  render: (n: number, v) => (
                    <NumberLink
                      value={n}
                      testId={`vendor-${v.vendor}`}
                      onOpen={() =>
                        openInstalls(
                          { kind: 'total' },
                          withCategory({ vendor: v.vendor }),
                          vendorName(t, v.vendor),
                        )
                      }
                    />
                  ),
                },
                {
                  title: t('stats.share'),
                  dataIndex: 'share',
                  align: 'right',
                  render: (s: number) => formatRate(s),
                },
              ]}
            />
          </Card>
        </>
      )}
      <DrillDrawer request={drill} onClose={() => setDrill(null)} />
    </Flex>
  );
}
