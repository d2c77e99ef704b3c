import {
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  RollbackOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, Card, Flex, Space, Tooltip } from 'antd';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Machine } from '../../../../shared/model';
import { collectAssetKeys } from '../../../../shared/office/asset-no';
import type { StandardImage } from '../../../../shared/office/image';
import {
  EMPTY_MACHINE_QUERY,
  filterMachines,
  listDepartments,
  type MachineQuery,
  type MachineSort,
  sortMachines,
} from '../../../../shared/office/machine-query';
import type { MachineRow } from '../../../../shared/office/machine-row';
import { call } from '../../api/client';
import { ApplyImageModal } from '../../components/office/ApplyImageModal';
import { BulkEditModal } from '../../components/office/BulkEditModal';
import { CopyMachineModal } from '../../components/office/CopyMachineModal';
import { MachineDrawer } from '../../components/office/MachineDrawer';
import { MachineFilters } from '../../components/office/MachineFilters';
import { MachineFormModal, type MachineFormMode } from '../../components/office/MachineFormModal';
import { MachineTable } from '../../components/office/MachineTable';
import { QuickEntryModal } from '../../components/office/QuickEntryModal';
import { takeDrillDown } from '../../hooks/office/drill-down';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useShortcut } from '../../hooks/office/use-shortcut';
import { useWindowHeight } from '../../hooks/office/use-window-height';
import { useCallError } from '../../hooks/use-call-error';

const NO_ROWS: MachineRow[] = [];
const NO_IMAGES: StandardImage[] = [];

/** 计算机台账: the unit's machines, with fast entry, bulk actions and each machine's installs. */
export function MachinesPage() {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const showError = useCallError();
  const machines = useOfficeQuery('machines:list', {});
  const images = useOfficeQuery('images:list', {});
  const defaults = useOfficeQuery('machines:entryDefaults', {});
  const height = useWindowHeight();

  const [query, setQuery] = useState<MachineQuery>(() => {
    const drill = takeDrillDown('office/machines');
    return drill ? { ...EMPTY_MACHINE_QUERY, verdict: drill.verdict } : EMPTY_MACHINE_QUERY;
  });
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<MachineSort | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [formMode, setFormMode] = useState<MachineFormMode | null>(null);
  const [isQuickOpen, setQuickOpen] = useState(false);
  const [bulkIds, setBulkIds] = useState<string[] | null>(null);
  const [applyIds, setApplyIds] = useState<string[] | null>(null);
  const [copySource, setCopySource] = useState<Machine | null>(null);

  const all = machines.data ?? NO_ROWS;
  const filtered = useMemo(() => filterMachines(all, deferredQuery), [all, deferredQuery]);
  const rows = useMemo(() => sortMachines(filtered, sort), [filtered, sort]);
  const departments = useMemo(() => listDepartments(all), [all]);
  const takenKeys = useMemo(() => collectAssetKeys(all), [all]);
  const imageList = images.data ?? NO_IMAGES;
  const entry = defaults.data;

  const refresh = useCallback(async () => {
    await Promise.all([machines.reload(), defaults.reload(), images.reload()]);
  }, [machines, defaults, images]);

  const isModalOpen =
    formMode !== null || isQuickOpen || bulkIds !== null || applyIds !== null || copySource !== null;
  const openCreate = () => setFormMode({ kind: 'create', assetNo: entry?.suggestedAssetNo ?? '' });
  useShortcut('Alt+N', openCreate, !isModalOpen && openId === null);
  useShortcut('Alt+I', () => setQuickOpen(true), !isModalOpen && openId === null);

  const onEdit = useCallback((row: MachineRow) => setFormMode({ kind: 'edit', machine: row }), []);
  const onCopy = useCallback((row: MachineRow) => setCopySource(row), []);
  const onOpen = useCallback((row: MachineRow) => setOpenId(row.id), []);

  async function undo(trashId?: string) {
    try {
      const result = await call('machines:undoDelete', { trashId });
      message.success(t('machines:delete.restored', { count: result.machines }));
      await refresh();
    } catch (error) {
      showError(error);
    }
  }

  function confirmDelete() {
    const ids = selectedIds;
    modal.confirm({
      title: t('machines:delete.confirmTitle', { count: ids.length }),
      content: t('machines:delete.confirmText'),
      okText: t('common:delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:cancel'),
      onOk: async () => {
        try {
          const result = await call('machines:delete', { ids });
          setSelectedIds([]);
          await refresh();
          message.success({
            duration: 8,
            content: (
              <span data-testid="delete-done">
                {t('machines:delete.done', { count: result.machines, installs: result.installs })}{' '}
                <Button size="small" type="link" onClick={() => void undo(result.trashId)}>
                  {t('machines:delete.undo')}
                </Button>
              </span>
            ),
          });
        } catch (error) {
          showError(error);
        }
      },
    });
  }

  const hasSelection = selectedIds.length > 0;
  return (
    <Card
      title={t('machines:title')}
      styles={{ body: { padding: 12 } }}
      extra={
        <Space>
          <Tooltip title="Alt+I">
            <Button
              icon={<ThunderboltOutlined />}
              onClick={() => setQuickOpen(true)}
              data-testid="quick-entry-open"
            >
              {t('machines:action.quick')}
            </Button>
          </Tooltip>
          <Tooltip title="Alt+N">
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate} data-testid="machine-new">
              {t('machines:action.new')}
            </Button>
          </Tooltip>
        </Space>
      }
    >
      <Flex vertical gap={8}>
        <MachineFilters
          query={query}
          departments={departments}
          shown={rows.length}
          total={all.length}
          onChange={setQuery}
        />
        <Space wrap>
          <Button icon={<EditOutlined />} disabled={!hasSelection} onClick={() => setBulkIds(selectedIds)}>
            {t('machines:action.bulkEdit', { count: selectedIds.length })}
          </Button>
          <Button disabled={!hasSelection || imageList.length === 0} onClick={() => setApplyIds(selectedIds)}>
            {t('machines:action.applyImage', { count: selectedIds.length })}
          </Button>
          <Button
            danger
            icon={<DeleteOutlined />}
            disabled={!hasSelection}
            onClick={confirmDelete}
            data-testid="machine-delete"
          >
            {t('machines:action.delete', { count: selectedIds.length })}
          </Button>
          {entry?.lastDeletion && (
            <Button
              icon={<RollbackOutlined />}
              onClick={() => void undo(entry.lastDeletion?.trashId)}
              data-testid="machine-undo"
            >
              {t('machines:action.undo', { count: entry.lastDeletion.machines })}
            </Button>
          )}
        </Space>
        <MachineTable
          rows={rows}
          isFiltered={all.length > 0}
          height={Math.max(240, height - 330)}
          selectedIds={selectedIds}
          sort={sort}
          onSelect={setSelectedIds}
          onSort={setSort}
          onOpen={onOpen}
          onEdit={onEdit}
          onCopy={onCopy}
        />
      </Flex>
      <MachineFormModal
        mode={formMode}
        images={imageList}
        lastImageId={entry?.lastImageId ?? null}
        onDone={() => {
          setFormMode(null);
          void refresh();
        }}
        onCancel={() => setFormMode(null)}
      />
      <QuickEntryModal
        open={isQuickOpen}
        images={imageList}
        lastImageId={entry?.lastImageId ?? null}
        suggestedAssetNo={entry?.suggestedAssetNo ?? ''}
        takenKeys={takenKeys}
        onRecorded={() => undefined}
        onClose={() => {
          setQuickOpen(false);
          void refresh();
        }}
      />
      <BulkEditModal
        ids={bulkIds}
        onDone={() => {
          setBulkIds(null);
          void refresh();
        }}
        onCancel={() => setBulkIds(null)}
      />
      <ApplyImageModal
        machineIds={applyIds}
        images={imageList}
        lastImageId={entry?.lastImageId ?? null}
        onDone={() => {
          setApplyIds(null);
          void refresh();
        }}
        onCancel={() => setApplyIds(null)}
      />
      <CopyMachineModal
        source={copySource}
        takenKeys={takenKeys}
        onDone={() => {
          setCopySource(null);
          void refresh();
        }}
        onCancel={() => setCopySource(null)}
      />
      <MachineDrawer
        machineId={openId}
        images={imageList}
        onClose={(hasChanged) => {
          setOpenId(null);
          if (hasChanged) void refresh();
        }}
      />
    </Card>
  );
}
