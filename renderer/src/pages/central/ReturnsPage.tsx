import {
  App as AntApp,
  Button,
  Card,
  Flex,
  Modal,
  Popconfirm,
  Popover,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyConflict, ReturnListItem, RosterView } from '../../../../shared/contract';
import { call } from '../../api/client';
import { formatRate } from '../../components/central/format';
import { IssueText, issueKey } from '../../components/central/IssueText';
import { PeriodBar } from '../../components/central/PeriodBar';
import { useCentralOverview } from '../../components/central/use-central-overview';
import { useCallError } from '../../hooks/use-call-error';

const STATE_COLORS = { current: 'green', superseded: 'default', unassigned: 'orange' } as const;

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

  const load = useCallback(() => {
    if (!period) return;
    call('central:returns', { period }).then(setReturns, showError);
    call('roster:get', { period }).then(setRoster, showError);
    call('central:conflicts', { period }).then(setConflicts, showError);
  }, [period, showError]);
  useEffect(load, [load]);

  if (!overview) return null;
  if (!period) return <PeriodBar overview={overview} onChoose={choose} />;

  const after = (promise: Promise<ReturnListItem[]>, done: string) =>
    promise.then((list) => {
      setReturns(list);
      message.success(done);
      load();
      refresh();
    }, showError);

  const openHistory = (code: string) =>
    call('central:history', { period, code }).then((items) => setHistory({ code, items }), showError);

  const unitName = new Map((roster?.units ?? []).map((u) => [u.code, u.name]));
  const unassigned = returns.filter((r) => r.state === 'unassigned');
  const shown = showAll ? returns : returns.filter((r) => r.state !== 'superseded');
  const columns = [
    {
      title: t('returns.columns.unit'),
      key: 'unit',
      render: (_: unknown, r: ReturnListItem) => (
        <span>
          {unitName.get(r.assignedCode) ?? r.unitName}{' '}
          <Typography.Text type="secondary">{r.assignedCode}</Typography.Text>
          {r.assignedCode !== r.unitCode && (
            <Typography.Text type="secondary"> {t('returns.fileCode', { code: r.unitCode })}</Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t('returns.columns.state'),
      dataIndex: 'state',
      width: 100,
      render: (s: ReturnListItem['state']) => <Tag color={STATE_COLORS[s]}>{t(`returns.states.${s}`)}</Tag>,
    },
    { title: t('returns.columns.exportedAt'), dataIndex: 'exportedAt', width: 210 },
    {
      title: t('returns.columns.digest'),
      dataIndex: 'digestState',
      width: 110,
      render: (d: ReturnListItem['digestState']) => (
        <Tag color={d === 'unchanged' ? 'green' : d === 'edited' ? 'red' : 'default'}>
          {t(`returns.digest.${d}`)}
        </Tag>
      ),
    },
    { title: t('returns.columns.computers'), dataIndex: 'computers', width: 80 },
    { title: t('returns.columns.needed'), dataIndex: 'needed', width: 90 },
    {
      title: t('returns.columns.rate'),
      dataIndex: 'genuineRate',
      width: 90,
      render: (r: number | null) => formatRate(r),
    },
    {
      title: t('returns.columns.warnings'),
      key: 'warnings',
      width: 110,
      render: (_: unknown, r: ReturnListItem) =>
        r.warnings.length === 0 ? null : (
          <Popover
            content={
              <div style={{ maxWidth: 520 }}>
                {r.warnings.map((w) => (
                  <IssueText key={issueKey(w)} issue={w} />
                ))}
              </div>
            }
          >
            <Tag color="gold" style={{ cursor: 'pointer' }}>
              {t('returns.warningCount', { count: r.warnings.length })}
            </Tag>
          </Popover>
        ),
    },
    {
      title: '',
      key: 'actions',
      width: 90,
      render: (_: unknown, r: ReturnListItem) => (
        <Button size="small" type="link" onClick={() => openHistory(r.assignedCode)}>
          {t('returns.history')}
        </Button>
      ),
    },
  ];

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
        <Table<ReturnListItem>
          size="small"
          rowKey="sha"
          dataSource={shown}
          pagination={{ pageSize: 50, showSizeChanger: false }}
          columns={columns}
          data-testid="returns-table"
        />
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
