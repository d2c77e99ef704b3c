import {
  App as AntApp,
  Button,
  Card,
  Flex,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyConflict, ReturnListItem, RosterView } from '../../../../shared/contract';
import { call } from '../../api/client';
import { PeriodBar } from '../../components/central/PeriodBar';
import { ReturnsTable } from '../../components/central/ReturnsTable';
import { buildReturnColumns } from '../../components/central/return-columns';
import { useCentralOverview } from '../../components/central/use-central-overview';
import { useReturnFilter } from '../../components/central/use-return-filter';
import { useWindowHeight } from '../../hooks/office/use-window-height';
import { useCallError } from '../../hooks/use-call-error';

const NO_UNITS: RosterView['units'] = [];

/** Room the page keeps above and below the returns list: header, period bar, card title, filter. */
const LIST_CHROME = 330;

/** 收文: every return received in the period, its history, unassigned returns and conflicts. */
export function ReturnsPage() {
  const { t } = useTranslation('central');
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const { overview, choose, refresh } = useCentralOverview();
  const period = overview?.period ?? null;
  const [returns, setReturns] = useState<ReturnListItem[]>([]);
  const [roster, setRoster] = useState<RosterView | null>(null);
  const [conflicts, setConflicts] = useState<KeyConflict[]>([]);
  const [history, setHistory] = useState<{ code: string; items: ReturnListItem[] } | null>(null);
  const [mapTo, setMapTo] = useState<Record<string, string>>({});
  const [showAll, setShowAll] = useState(false);
  const height = Math.max(320, useWindowHeight() - LIST_CHROME);

  const load = useCallback(() => {
    if (!period) return;
    call('central:returns', { period }).then(setReturns, showError);
    call('roster:get', { period }).then(setRoster, showError);
    call('central:conflicts', { period }).then(setConflicts, showError);
  }, [period, showError]);
  useEffect(load, [load]);

  const openHistory = useCallback(
    (code: string) => {
      if (!period) return;
      call('central:history', { period, code }).then((items) => setHistory({ code, items }), showError);
    },
    [period, showError],
  );
  const units = roster?.units;
  const unitName = useMemo(() => new Map((units ?? []).map((u) => [u.code, u.name])), [units]);
  const columns = useMemo(() => buildReturnColumns(t, unitName, openHistory), [t, unitName, openHistory]);
  const listed = useMemo(
    () => (showAll ? returns : returns.filter((r) => r.state !== 'superseded')),
    [returns, showAll],
  );
  const filter = useReturnFilter(listed, units ?? NO_UNITS);

  if (!overview) return null;
  if (!period) return <PeriodBar overview={overview} onChoose={choose} />;

  const after = (promise: Promise<ReturnListItem[]>, done: string) =>
    promise.then((list) => {
      setReturns(list);
      message.success(done);
      load();
      refresh();
    }, showError);

  const unassigned = returns.filter((r) => r.state === 'unassigned');
  return (
    <Flex vertical gap={16} data-testid="returns-page">
      <PeriodBar overview={overview} onChoose={choose} />
      {unassigned.length > 0 && (
        <Card
          title={t('returns.unassignedTitle', { count: unassigned.length })}
          data-testid="unassigned-card"
        >
          <Typography.Paragraph type="secondary">{t('returns.unassignedIntro')}</Typography.Paragraph>
          <Table<ReturnListItem>
            size="small"
            rowKey="sha"
            pagination={false}
            dataSource={unassigned}
            columns={[
              {
                title: t('returns.columns.fileUnit'),
                key: 'u',
                render: (_, r) => `${r.unitName} ${r.unitCode}`,
              },
              { title: t('returns.columns.file'), dataIndex: 'fileName', ellipsis: true },
              {
                title: '',
                key: 'act',
                width: 480,
                render: (_, r) => (
                  <Space>
                    <Button
                      size="small"
                      onClick={() =>
                        after(call('central:assign', { sha: r.sha, addToRoster: true }), t('returns.added'))
                      }
                      data-testid={`add-to-roster-${r.unitCode}`}
                    >
                      {t('returns.addToRoster')}
                    </Button>
                    <Select
                      size="small"
                      showSearch
                      optionFilterProp="label"
                      style={{ width: 220 }}
                      placeholder={t('returns.mapPlaceholder')}
                      value={mapTo[r.sha]}
                      onChange={(v: string) => setMapTo({ ...mapTo, [r.sha]: v })}
                      options={(roster?.units ?? []).map((u) => ({
                        value: u.code,
                        label: `${u.name} ${u.code}`,
                      }))}
                    />
                    <Button
                      size="small"
                      disabled={!mapTo[r.sha]}
                      onClick={() =>
                        after(
                          call('central:assign', { sha: r.sha, code: mapTo[r.sha], addToRoster: false }),
                          t('returns.mapped'),
                        )
                      }
                    >
                      {t('returns.map')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Card
        title={t('returns.title', { period, count: returns.filter((r) => r.state === 'current').length })}
        extra={
          <Button size="small" onClick={() => setShowAll(!showAll)}>
            {showAll ? t('returns.hideHistory') : t('returns.showHistory')}
          </Button>
        }
      >
        <Flex vertical gap={8}>
          <Flex gap={12} align="center">
            <Input
              allowClear
              style={{ width: 320 }}
              placeholder={t('returns.filterPlaceholder')}
              value={filter.query}
              onChange={(e) => filter.setQuery(e.target.value)}
              data-testid="returns-filter"
            />
            <Typography.Text type="secondary" data-testid="returns-count">
              {t('returns.shown', { shown: filter.shown.length, total: listed.length })}
            </Typography.Text>
          </Flex>
          <ReturnsTable
            rows={filter.shown}
            columns={columns}
            height={height}
            isFiltered={filter.isFiltered}
          />
        </Flex>
      </Card>
      <Card title={t('conflicts.title', { count: conflicts.length })} data-testid="conflicts-card">
        {conflicts.length === 0 ? (
          <Typography.Text type="secondary">{t('conflicts.none')}</Typography.Text>
        ) : (
          <Table<KeyConflict>
            size="small"
            rowKey={(c) => `${c.kind}/${c.value}`}
            dataSource={conflicts}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              {
                title: t('conflicts.kind'),
                dataIndex: 'kind',
                width: 120,
                render: (k: string) => t(`conflicts.kinds.${k}`),
              },
              { title: t('conflicts.value'), dataIndex: 'value', width: 220 },
              {
                title: t('conflicts.units'),
                key: 'units',
                render: (_, c) =>
                  c.units.map((u) => `${unitName.get(u.unitCode) ?? ''} ${u.unitCode}`.trim()).join('、'),
              },
            ]}
          />
        )}
      </Card>
      <Modal
        open={history !== null}
        width={900}
        footer={null}
        title={history ? t('returns.historyTitle', { name: unitName.get(history.code) ?? history.code }) : ''}
        onCancel={() => setHistory(null)}
      >
        <Table<ReturnListItem>
          size="small"
          rowKey="sha"
          pagination={false}
          dataSource={history?.items ?? []}
          columns={[
            ...columns.slice(1, 7),
            {
              title: '',
              key: 'restore',
              width: 110,
              render: (_, r) =>
                r.state === 'superseded' ? (
                  <Popconfirm
                    title={t('returns.restoreConfirm')}
                    onConfirm={() =>
                      after(call('central:restore', { sha: r.sha }), t('returns.restored')).then(() =>
                        history ? openHistory(history.code) : undefined,
                      )
                    }
                  >
                    <Button size="small">{t('returns.restore')}</Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Modal>
    </Flex>
  );
}
