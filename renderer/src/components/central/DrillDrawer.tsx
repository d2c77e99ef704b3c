import { Drawer, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillView, InputOf } from '../../../../shared/contract';
import type { DrillInstallRow, DrillMachineRow } from '../../../../shared/stats/central-drill';
import { call } from '../../api/client';
import { useCallError } from '../../hooks/use-call-error';
import { vendorName } from './vendor-name';

/** What a drill-down asks for, with the title naming the figure. */
export type DrillRequest = Omit<InputOf<'central:drill'>, 'offset' | 'limit'> & { title: string };

const PAGE = 50;
const STATUS_COLORS = { genuine: 'green', not_genuine: 'red', to_verify: 'gold' } as const;

/** The rows behind a figure, read from the return files on demand, a page at a time. */
export function DrillDrawer({ request, onClose }: { request: DrillRequest | null; onClose: () => void }) {
  const { t } = useTranslation('central');
  const showError = useCallError();
  const [page, setPage] = useState(1);
  const [view, setView] = useState<DrillView | null>(null);
  const [loading, setLoading] = useState(false);

  const [shown, setShown] = useState(request);
  // A new figure starts on its first page, without a flash of the previous figure's rows.
  if (shown !== request) {
    setShown(request);
    setPage(1);
    setView(null);
  }

  useEffect(() => {
    if (!request) return;
    const { title: _title, ...input } = request;
    setLoading(true);
    call('central:drill', { ...input, offset: (page - 1) * PAGE, limit: PAGE })
      .then(setView, showError)
      .finally(() => setLoading(false));
  }, [request, page, showError]);

  const unitOf = (code: string) => view?.unitNames[code] ?? code;
  const unitColumn = {
    title: t('drill.unit'),
    dataIndex: 'unitCode',
    width: 200,
    render: (code: string) => (
      <span>
        {unitOf(code)}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
          {code}
        </Typography.Text>
      </span>
    ),
  };
  const machineColumns: ColumnsType<DrillMachineRow> = [
    unitColumn,
    { title: t('drill.assetNo'), dataIndex: 'assetNo', width: 150 },
    { title: t('drill.user'), dataIndex: 'user', width: 90 },
    { title: t('drill.department'), dataIndex: 'department', width: 110 },
    { title: t('drill.type'), dataIndex: 'type', width: 80, render: (v: string) => t(`machineTypes.${v}`) },
    { title: t('drill.brandModel'), key: 'bm', render: (_, r) => `${r.brand} ${r.model}`.trim() },
    { title: t('drill.serial'), dataIndex: 'serial', width: 170 },
  ];
  const installColumns: ColumnsType<DrillInstallRow> = [
    unitColumn,
    { title: t('drill.assetNo'), dataIndex: 'assetNo', width: 150 },
    { title: t('drill.software'), dataIndex: 'rawName' },
    { title: t('drill.vendor'), dataIndex: 'vendor', width: 90, render: (v: string) => vendorName(t, v) },
    { title: t('drill.edition'), dataIndex: 'edition', width: 100 },
    {
      title: t('drill.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: DrillInstallRow['status']) => <Tag color={STATUS_COLORS[s]}>{t(`statuses.${s}`)}</Tag>,
    },
    { title: t('drill.reasons'), dataIndex: 'reasons', render: (r: string[]) => r.join(' ') },
  ];
  // Two installs of one name on one machine are possible: rows are keyed by their place in the list.
  const rows = (view?.rows ?? []).map((r, i) => ({ ...r, key: (view?.offset ?? 0) + i }));
  const machineRows = rows.filter((r): r is DrillMachineRow & { key: number } => r.kind === 'machine');
  const installRows = rows.filter((r): r is DrillInstallRow & { key: number } => r.kind === 'install');
  const isMachines = request?.metric.kind === 'computers';
  const pagination = {
    current: page,
    pageSize: PAGE,
    total: view?.total ?? 0,
    showSizeChanger: false,
    onChange: setPage,
    showTotal: (total: number) => t('drill.total', { total }),
  };
  return (
    <Drawer
      open={request !== null}
      size={1100}
      title={request?.title}
      onClose={onClose}
      data-testid="drill-drawer"
    >
      {view && (
        <Typography.Paragraph type="secondary" data-testid="drill-summary">
          {t('drill.summary', { total: view.total, files: view.files })}
        </Typography.Paragraph>
      )}
      {isMachines ? (
        <Table<DrillMachineRow>
          size="small"
          rowKey="key"
          loading={loading}
          columns={machineColumns}
          dataSource={machineRows}
          pagination={pagination}
        />
      ) : (
        <Table<DrillInstallRow>
          size="small"
          rowKey="key"
          loading={loading}
          columns={installColumns}
          dataSource={installRows}
          pagination={pagination}
        />
      )}
    </Drawer>
  );
}
