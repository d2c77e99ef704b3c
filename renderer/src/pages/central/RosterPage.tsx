import { App as AntApp, Button, Card, Flex, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterView } from '../../../../shared/contract';
import type { RosterUnit } from '../../../../shared/roster/roster';
import { call } from '../../api/client';
import { formatRate } from '../../components/central/format';
import { LinkButton } from '../../components/central/LinkButton';
import { PeriodBar } from '../../components/central/PeriodBar';
import { RecoveryCard } from '../../components/central/RecoveryCard';
import { RosterUnitModal } from '../../components/central/RosterUnitModal';
import { useCentralOverview } from '../../components/central/use-central-overview';
import { useWindowHeight } from '../../hooks/office/use-window-height';
import { useCallError } from '../../hooks/use-call-error';
import { renderMessage } from '../../i18n';

/** Sum of the roster columns' widths: virtual rows need a fixed table width. */
const ROSTER_WIDTH = 1040;
/** Room kept above and below the roster list: header, period bar, card title. */
const LIST_CHROME = 300;

/** 名单: the units expected to report in the period, the return rate and the chase list. */
export function RosterPage() {
  const { t } = useTranslation('central');
  const { message, modal } = AntApp.useApp();
  const showError = useCallError();
  const { overview, choose } = useCentralOverview();
  const period = overview?.period ?? null;
  const [view, setView] = useState<RosterView | null>(null);
  const [editing, setEditing] = useState<{ unit: RosterUnit | null } | null>(null);
  const [copyFrom, setCopyFrom] = useState<string | undefined>();
  const windowHeight = useWindowHeight();

  const load = useCallback(() => {
    if (period) call('roster:get', { period }).then(setView, showError);
  }, [period, showError]);
  useEffect(load, [load]);

  if (!overview) return null;
  if (!period) return <PeriodBar overview={overview} onChoose={choose} />;

  async function importWorkbook(mode: 'merge' | 'replace') {
    if (!period) return;
    try {
      const result = await call('roster:import', { period, mode });
      if (!result) return;
      setView(result);
      const summary = t('roster.imported', {
        added: result.added,
        updated: result.updated,
        unchanged: result.unchanged,
      });
      if (result.issues.length > 0) {
        modal.warning({
          title: summary,
          width: 640,
          content: (
            <div data-testid="roster-import-issues">
              {result.issues.slice(0, 50).map((i) => (
                <div key={`${i.row}-${i.message.key}`}>{renderMessage(i.message)}</div>
              ))}
            </div>
          ),
        });
      } else message.success(summary);
    } catch (error) {
      showError(error);
    }
  }

  async function save(unit: RosterUnit) {
    if (!period) return;
    const previousCode = editing?.unit?.code;
    try {
      setView(await call('roster:upsert', { period, unit, ...(previousCode ? { previousCode } : {}) }));
      setEditing(null);
      message.success(t('common:saved'));
    } catch (error) {
      showError(error);
    }
  }

  async function exportFile(method: 'roster:export' | 'roster:exportChaseList') {
    if (!period) return;
    try {
      const saved = await call(method, { period });
      if (saved) message.success(t('saved', { path: saved.path }));
    } catch (error) {
      showError(error);
    }
  }

  // One dialog on demand rather than a Popconfirm mounted in every row of a long roster.
  function confirmRemove(unit: RosterUnit) {
    if (!period) return;
    modal.confirm({
      title: t('roster.removeConfirm', { name: unit.name }),
      okButtonProps: { danger: true },
      onOk: () => call('roster:remove', { period, code: unit.code }).then(setView, showError),
    });
  }

  const missing = new Map((view?.recovery.missing ?? []).map((m) => [m.unit.code, m.kind]));
  const height = Math.max(320, windowHeight - LIST_CHROME);
  const otherPeriods = overview.periods.filter((p) => p !== period);
  return (
    <Flex vertical gap={16} data-testid="roster-page">
      <PeriodBar overview={overview} onChoose={choose} />
      {view && <RecoveryCard recovery={view.recovery} />}
      <Card
        title={t('roster.title', { period, count: view?.units.length ?? 0 })}
        extra={
          <Space wrap>
            <Button type="primary" onClick={() => setEditing({ unit: null })} data-testid="roster-add">
              {t('roster.add')}
            </Button>
            <Button onClick={() => importWorkbook('merge')} data-testid="roster-import">
              {t('roster.import')}
            </Button>
            <Popconfirm title={t('roster.replaceConfirm')} onConfirm={() => importWorkbook('replace')}>
              <Button>{t('roster.replace')}</Button>
            </Popconfirm>
            <Button onClick={() => exportFile('roster:export')}>{t('roster.export')}</Button>
            <Button onClick={() => exportFile('roster:exportChaseList')} data-testid="roster-chase">
              {t('roster.chaseList')}
            </Button>
            {otherPeriods.length > 0 && (
              <Space.Compact>
                <Select
                  style={{ width: 110 }}
                  placeholder={t('roster.copyFrom')}
                  value={copyFrom}
                  onChange={setCopyFrom}
                  options={otherPeriods.map((p) => ({ value: p, label: p }))}
                />
                <Button
                  disabled={!copyFrom}
                  onClick={() =>
                    copyFrom && call('roster:copy', { period, from: copyFrom }).then(setView, showError)
                  }
                >
                  {t('roster.copy')}
                </Button>
              </Space.Compact>
            )}
          </Space>
        }
      >
        <Table<RosterUnit>
          size="small"
          rowKey="code"
          dataSource={view?.units ?? []}
          virtual
          pagination={false}
          scroll={{ x: ROSTER_WIDTH, y: height }}
          data-testid="roster-table"
          columns={[
            { title: t('roster.columns.code'), dataIndex: 'code', width: 180 },
            { title: t('roster.columns.name'), dataIndex: 'name', width: 280 },
            { title: t('roster.columns.parent'), dataIndex: 'parentName', width: 140 },
            { title: t('roster.columns.contact'), dataIndex: 'contact', width: 90 },
            { title: t('roster.columns.phone'), dataIndex: 'phone', width: 130 },
            {
              title: t('roster.columns.status'),
              key: 'status',
              width: 100,
              render: (_, u) => {
                const kind = missing.get(u.code);
                if (kind === undefined) return <Tag color="green">{t('roster.status.returned')}</Tag>;
                return (
                  <Tag color={kind === 'rejected' ? 'red' : 'default'}>{t(`recovery.kind.${kind}`)}</Tag>
                );
              },
            },
            {
              title: '',
              key: 'actions',
              width: 120,
              render: (_, u) => (
                <span style={{ display: 'inline-flex', gap: 12 }}>
                  <LinkButton onClick={() => setEditing({ unit: u })}>{t('common:edit')}</LinkButton>
                  <LinkButton isDanger onClick={() => confirmRemove(u)}>
                    {t('common:delete')}
                  </LinkButton>
                </span>
              ),
            },
          ]}
        />
      </Card>
      {view && view.recovery.byParent.length > 1 && (
        <Card title={t('recovery.byParent')}>
          <Table
            size="small"
            rowKey="parentCode"
            pagination={false}
            dataSource={view.recovery.byParent}
            columns={[
              {
                title: t('roster.columns.parent'),
                dataIndex: 'parentName',
                render: (v: string) => v || t('noParent'),
              },
              { title: t('recovery.expected'), dataIndex: 'expected', width: 120 },
              { title: t('recovery.returned'), dataIndex: 'returned', width: 120 },
              {
                title: t('recovery.rate'),
                dataIndex: 'rate',
                width: 120,
                render: (r: number | null) => formatRate(r),
              },
            ]}
          />
        </Card>
      )}
      <RosterUnitModal
        open={editing !== null}
        unit={editing?.unit ?? null}
        onSave={save}
        onCancel={() => setEditing(null)}
      />
    </Flex>
  );
}
