import { Card, Col, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category } from '../../../../shared/model';
import { type Figures, shareByVendor } from '../../../../shared/stats/central-aggregate';
import type { InstallFilter } from '../../../../shared/stats/central-rows';
import { type ChartOption, EChart } from '../charts/EChart';
import { vendorName } from './vendor-name';

/** A bar of the "licences needed" chart: one unit or county. */
export interface NeedBar {
  code: string;
  name: string;
  needed: number;
  scope: 'unit' | 'parent';
}

const TOP_BARS = 30;
/** Characters of a unit's name shown beside its bar; the tooltip shows the whole name. */
const LABEL_CHARS = 9;

const shortenLabel = (name: string) =>
  [...name].length > LABEL_CHARS ? `${[...name].slice(0, LABEL_CHARS - 1).join('')}…` : name;
const TOP_SLICES = 8;

/** Licences needed per unit (bars) and vendor shares (pie); a click opens the rows behind. */
export function StatsCharts({
  bars,
  figures,
  onBar,
  onVendor,
}: {
  bars: NeedBar[];
  figures: Figures;
  onBar: (bar: NeedBar) => void;
  onVendor: (filter: InstallFilter, label: string) => void;
}) {
  const { t } = useTranslation('central');
  const [category, setCategory] = useState<Category | 'all'>('os');
  const top = useMemo(() => [...bars].sort((a, b) => b.needed - a.needed).slice(0, TOP_BARS), [bars]);
  const barOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        inverse: true,
        data: top.map((b) => b.name),
        // Every bar is labelled (interval 0) and long names are cut here: ECharts' own label
        // thinning and truncation measure each label's text many times over.
        axisLabel: { interval: 0, formatter: shortenLabel },
      },
      series: [
        {
          type: 'bar',
          name: t('charts.needed'),
          data: top.map((b) => b.needed),
          itemStyle: { color: '#b71c1c' },
        },
      ],
    }),
    [top, t],
  );
  const slices = useMemo(() => {
    const shares = shareByVendor(figures, category === 'all' ? CATEGORIES : [category]);
    const head = shares.slice(0, TOP_SLICES);
    const rest = shares.slice(TOP_SLICES).reduce((s, v) => s + v.installed, 0);
    return { head, rest };
  }, [figures, category]);
  const pieOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { type: 'scroll', bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '62%'],
          center: ['50%', '45%'],
          label: { formatter: '{b} {d}%' },
          data: [
            ...slices.head.map((v) => ({ name: vendorName(t, v.vendor), value: v.installed })),
            ...(slices.rest > 0 ? [{ name: t('charts.otherVendors'), value: slices.rest }] : []),
          ],
        },
      ],
    }),
    [slices, t],
  );
  return (
    <Row gutter={16}>
      <Col span={13}>
        <Card title={t('charts.neededTitle', { count: top.length })} size="small">
          <EChart
            option={barOption}
            height={Math.max(240, top.length * 22)}
            onItemClick={({ dataIndex }) => {
              const bar = top[dataIndex];
              if (bar) onBar(bar);
            }}
            data-testid="chart-needed"
          />
        </Card>
      </Col>
      <Col span={11}>
        <Card
          title={t('charts.vendorTitle')}
          size="small"
          extra={
            <Select<Category | 'all'>
              size="small"
              style={{ width: 140 }}
              value={category}
              onChange={setCategory}
              options={[
                { value: 'all', label: t('charts.allCategories') },
                ...CATEGORIES.map((c) => ({ value: c, label: t(`form.categories.${c}`) })),
              ]}
            />
          }
        >
          <EChart
            option={pieOption}
            height={360}
            onItemClick={({ dataIndex }) => {
              const slice = slices.head[dataIndex];
              if (!slice) return;
              onVendor(
                { vendor: slice.vendor, ...(category === 'all' ? {} : { category }) },
                `${vendorName(t, slice.vendor)}${category === 'all' ? '' : ` · ${t(`form.categories.${category}`)}`}`,
              );
            }}
            data-testid="chart-vendors"
          />
        </Card>
      </Col>
    </Row>
  );
}
