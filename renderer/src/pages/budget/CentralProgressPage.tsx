import { DownloadOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Flex,
  Input,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATES, MILESTONES, type MilestoneKey } from '../../../../shared/model';
import {
  type CellState,
  filterProgressRows,
  NO_FILTER,
  type ProgressFilter,
  type ProgressRow,
} from '../../../../shared/progress/progress-matrix';
import { call } from '../../api/client';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useCallError } from '../../hooks/use-call-error';

const STATE_COLORS: Record<CellState, string> = {
  done: 'green',
  in_progress: 'gold',
  not_started: 'default',
  no_return: 'red',
};

const QUICK: Array<{ key: string; milestone: MilestoneKey }> = [
  { key: 'noLeadingGroup', milestone: 'leading_group' },
  { key: 'noPlan', milestone: 'plan' },
  { key: 'noSurvey', milestone: 'survey' },
];

/** 工作进度 (central): the units × milestones matrix, filters such as "no leading group yet", and export. */
export function CentralProgressPage() {
  const { t } = useTranslation('progress');
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const view = useOfficeQuery('progress:matrix', {});
  const [filter, setFilter] = useState<ProgressFilter>(NO_FILTER);
  const rows = useMemo(
    () => (view.data ? filterProgressRows(view.data.matrix.rows, filter) : []),
    [view.data, filter],
  );
  if (!view.data) return <Spin />;
  const { matrix, counties, period } = view.data;
  const total = matrix.rows.length;

  async function exportMatrix() {
    try {
      const saved = await call('progress:exportMatrix', { filter });
      if (saved) message.success(t('central.exported', { file: saved.fileName }));
    } catch (error) {
      showError(error);
    }
  }

  const showOptions = ['all', 'lacking', ...MILESTONE_STATES, 'no_return'].map((s) => ({
    value: s,
    label: t(`central.show.${s}`),
  }));

  return (
    <Card
      title={t('central.title')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void exportMatrix()}
          disabled={rows.length === 0}
          data-testid="progress-export"
        >
          {t('central.export')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {period === null ? t('central.noPeriod') : t('central.intro', { period, count: total })}
        </Typography.Paragraph>
        <Space wrap>
          {QUICK.map((q) => (
            <Button
              key={q.key}
              data-testid={`quick-${q.key}`}
              type={filter.milestone === q.milestone && filter.show === 'lacking' ? 'primary' : 'default'}
              onClick={() => setFilter({ ...filter, milestone: q.milestone, show: 'lacking' })}
            >
              {t(`central.quick.${q.key}`, {
                count: matrix.columns.find((c) => c.key === q.milestone)?.lackingUnitCodes.length ?? 0,
              })}
            </Button>
          ))}
          <Button onClick={() => setFilter(NO_FILTER)}>{t('central.clear')}</Button>
        </Space>
        <Space wrap>
          <Select<MilestoneKey | null>
            data-testid="filter-milestone"
            style={{ width: 180 }}
            value={filter.milestone}
            onChange={(milestone) =>
              setFilter({ ...filter, milestone, show: milestone === null ? 'all' : filter.show })
            }
            options={[
              { value: null, label: t('central.filter.anyMilestone') },
              ...MILESTONES.map((m) => ({ value: m, label: t(`milestone.${m}`) })),
            ]}
          />
          <Select<ProgressFilter['show']>
            data-testid="filter-show"
            style={{ width: 150 }}
            value={filter.show}
            disabled={filter.milestone === null}
            onChange={(show) => setFilter({ ...filter, show })}
            options={showOptions}
          />
          <Select<string | null>
            style={{ width: 180 }}
            value={filter.parentCode}
            onChange={(parentCode) => setFilter({ ...filter, parentCode })}
            options={[
              { value: null, label: t('central.filter.allCounties') },
              { value: '', label: t('central.filter.direct') },
              ...counties.map((c) => ({ value: c.code, label: c.name || c.code })),
            ]}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('central.filter.search')}
            onChange={(e) => setFilter({ ...filter, search: e.target.value })}
          />
          <Typography.Text type="secondary" data-testid="progress-shown">
            {t('central.shown', { count: rows.length, total })}
          </Typography.Text>
        </Space>
        <Table<ProgressRow>
          data-testid="progress-matrix"
          size="small"
          bordered
          rowKey="unitCode"
          dataSource={rows}
          pagination={{ pageSize: 100, hideOnSinglePage: true }}
          scroll={{ x: 1010 }}
          columns={[
            {
              title: t('central.column.unit'),
              key: 'unit',
              width: 200,
              fixed: 'left',
              render: (_: unknown, r: ProgressRow) => (
                <Space direction="vertical" size={0}>
                  <span>{r.unitName}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[r.unitCode, r.parentName || r.parentCode].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </Space>
              ),
            },
            ...MILESTONES.map((key) => {
              const column = matrix.columns.find((c) => c.key === key);
              return {
                title: (
                  <Space direction="vertical" size={0}>
                    <span>{t(`milestone.${key}`)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                      {t('central.headerCount', { done: column?.done ?? 0, total })}
                    </Typography.Text>
                  </Space>
                ),
                key,
                width: 104,
                render: (_: unknown, r: ProgressRow) => {
                  const cell = r.cells[key];
                  const tip = [cell.docRef, cell.note].filter(Boolean).join('；');
                  const tag = (
                    <Space direction="vertical" size={0}>
                      <Tag color={STATE_COLORS[cell.state]} data-testid={`cell-${r.unitCode}-${key}`}>
                        {t(`state.${cell.state}`)}
                      </Tag>
                      {cell.date !== '' && (
                        <Typography.Text style={{ fontSize: 12 }}>{cell.date}</Typography.Text>
                      )}
                    </Space>
                  );
                  return tip === '' ? tag : <Tooltip title={tip}>{tag}</Tooltip>;
                },
              };
            }),
            { title: t('central.column.doneCount'), dataIndex: 'doneCount', width: 76, align: 'right' },
          ]}
        />
      </Flex>
    </Card>
  );
}
