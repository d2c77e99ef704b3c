import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Popconfirm, Space, Table, Tabs, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuan } from '../../../../shared/office/money';
import type { EntitlementView } from '../../../../shared/office/views';
import { call } from '../../api/client';
import {
  createEntitlementDraft,
  type EntitlementDraft,
  EntitlementFormModal,
} from '../../components/office/EntitlementFormModal';
import { ReconcileTable } from '../../components/office/ReconcileTable';
import { takeDrillDown } from '../../hooks/office/drill-down';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useShortcut } from '../../hooks/office/use-shortcut';
import { useCallError } from '../../hooks/use-call-error';

type Editing = { id: string | null; draft: EntitlementDraft } | null;

function toDraft(view: EntitlementView): EntitlementDraft {
  const { id: _id, productName: _name, linkedInstalls: _linked, ...draft } = view;
  return draft;
}

/** 授权: the licences the unit owns and their reconciliation against installs. */
export function EntitlementsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [tab, setTab] = useState(() => (takeDrillDown('office/entitlements') ? 'reconcile' : 'ledger'));
  const [editing, setEditing] = useState<Editing>(null);
  const entitlements = useOfficeQuery('entitlements:list', {});
  const reconciliation = useOfficeQuery('entitlements:reconcile', {});
  const catalog = useOfficeQuery('catalog:list', {});

  const openNew = () => setEditing({ id: null, draft: createEntitlementDraft() });
  useShortcut('Alt+N', openNew, editing === null);

  const reload = () => Promise.all([entitlements.reload(), reconciliation.reload()]);

  async function save(draft: EntitlementDraft) {
    try {
      await call('entitlements:save', { id: editing?.id ?? undefined, draft });
      message.success(t('common:saved'));
      setEditing(null);
      await reload();
    } catch (error) {
      showError(error);
    }
  }

  async function remove(id: string) {
    try {
      await call('entitlements:delete', { ids: [id] });
      await reload();
    } catch (error) {
      showError(error);
    }
  }

  const ledger = (
    <Table<EntitlementView>
      data-testid="entitlement-table"
      size="small"
      rowKey="id"
      bordered
      loading={entitlements.isLoading}
      pagination={{ pageSize: 100, hideOnSinglePage: true }}
      scroll={{ x: 1300 }}
      dataSource={entitlements.data ?? []}
      locale={{ emptyText: t('office:licence.empty') }}
      columns={[
        {
          title: t('software:field.product'),
          key: 'product',
          width: 200,
          render: (_: unknown, r: EntitlementView) => pickName(r.productName, lang) || r.productId,
        },
        { title: t('software:field.edition'), dataIndex: 'edition', width: 120 },
        {
          title: t('software:field.channel'),
          dataIndex: 'channel',
          width: 110,
          render: (c: string) => t(`software:channel.${c}`),
        },
        { title: t('office:licence.quantity'), dataIndex: 'quantity', width: 80, align: 'right' },
        { title: t('office:licence.linked'), dataIndex: 'linkedInstalls', width: 90, align: 'right' },
        { title: t('software:evidence.contractNo'), dataIndex: 'contractNo', width: 150 },
        { title: t('software:evidence.invoiceNo'), dataIndex: 'invoiceNo', width: 130 },
        { title: t('office:licence.supplier'), dataIndex: 'supplier', width: 150 },
        { title: t('office:licence.purchaseDate'), dataIndex: 'purchaseDate', width: 110 },
        {
          title: t('office:licence.amountYuan'),
          dataIndex: 'amountFen',
          width: 120,
          align: 'right',
          render: (fen: number) => fenToYuan(fen),
        },
        { title: t('office:licence.expiry'), dataIndex: 'expiry', width: 110 },
        {
          key: 'actions',
          width: 90,
          fixed: 'right',
          render: (_: unknown, r: EntitlementView) => (
            <Space size={0}>
              <Tooltip title={t('common:edit')}>
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t('common:edit')}
                  onClick={() => setEditing({ id: r.id, draft: toDraft(r) })}
                />
              </Tooltip>
              <Popconfirm
                title={t('office:licence.deleteConfirm', { count: r.linkedInstalls })}
                okText={t('common:delete')}
                cancelText={t('common:cancel')}
                onConfirm={() => void remove(r.id)}
              >
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common:delete')}
                />
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  );

  return (
    <Card
      title={t('office:licence.title')}
      styles={{ body: { paddingTop: 0 } }}
      extra={
        <Tooltip title="Alt+N">
          <Button type="primary" icon={<PlusOutlined />} onClick={openNew} data-testid="entitlement-new">
            {t('office:licence.new')}
          </Button>
        </Tooltip>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'ledger', label: t('office:licence.tabLedger'), children: ledger },
          {
            key: 'reconcile',
            label: t('office:licence.tabReconcile'),
            children: (
              <ReconcileTable rows={reconciliation.data ?? []} isLoading={reconciliation.isLoading} />
            ),
          },
        ]}
      />
      <EntitlementFormModal
        initial={editing?.draft ?? null}
        title={editing?.id ? t('office:licence.edit') : t('office:licence.new')}
        catalog={catalog.data ?? []}
        onSubmit={save}
        onCancel={() => setEditing(null)}
      />
    </Card>
  );
}
