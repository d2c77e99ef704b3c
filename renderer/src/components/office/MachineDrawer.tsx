import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Descriptions, Drawer, Empty, Flex, Select, Space, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstallDraft } from '../../../../shared/model';
import type { StandardImage } from '../../../../shared/office/image';
import type { InstallView, MachineDetail } from '../../../../shared/office/views';
import { call } from '../../api/client';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useShortcut } from '../../hooks/office/use-shortcut';
import { useCallError } from '../../hooks/use-call-error';
import { InstallCard } from './InstallCard';
import { createInstallDraft, InstallFormModal } from './InstallFormModal';

export interface MachineDrawerProps {
  machineId: string | null;
  images: StandardImage[];
  onClose(hasChanged: boolean): void;
}

type Editing = { id: string | null; draft: InstallDraft } | null;

/** A machine's installs, each with its verdict and reasons; add, edit, delete, apply an image. */
export function MachineDrawer({ machineId, images, onClose }: MachineDrawerProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [detail, setDetail] = useState<MachineDetail | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [hasChanged, setChanged] = useState(false);
  const catalog = useOfficeQuery('catalog:list', {});
  const entitlements = useOfficeQuery('entitlements:list', {});

  const load = useCallback(async () => {
    if (!machineId) return;
    try {
      setDetail(await call('machines:get', { id: machineId }));
    } catch (error) {
      showError(error);
    }
  }, [machineId, showError]);

  useEffect(() => {
    setDetail(null);
    setChanged(false);
    void load();
  }, [load]);

  useShortcut(
    'Alt+A',
    () => setEditing({ id: null, draft: createInstallDraft() }),
    machineId !== null && !editing,
  );

  async function saveInstall(draft: InstallDraft) {
    if (!machineId || !editing) return;
    try {
      await call('installs:save', { machineId, id: editing.id ?? undefined, draft });
      setEditing(null);
      setChanged(true);
      await load();
    } catch (error) {
      showError(error);
    }
  }

  async function deleteInstall(install: InstallView) {
    try {
      await call('installs:delete', { ids: [install.id] });
      setChanged(true);
      await load();
    } catch (error) {
      showError(error);
    }
  }

  async function applyImage(imageId: string) {
    if (!machineId) return;
    try {
      const result = await call('images:apply', { id: imageId, machineIds: [machineId] });
      message.success(
        t('machines:image.applied', { added: result.added, updated: result.updated, machines: 1 }),
      );
      setChanged(true);
      await load();
    } catch (error) {
      showError(error);
    }
  }

  const machine = detail?.machine;
  return (
    <Drawer
      open={machineId !== null}
      size={720}
      title={machine ? t('machines:drawer.title', { assetNo: machine.assetNo }) : ''}
      onClose={() => onClose(hasChanged)}
      data-testid="machine-drawer"
      extra={
        <Space>
          {images.length > 0 && (
            <Select
              style={{ width: 200 }}
              placeholder={t('machines:drawer.applyImage')}
              value={null}
              options={images.map((i) => ({ value: i.id, label: i.name }))}
              onChange={(id: string | null) => id && void applyImage(id)}
            />
          )}
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="install-add"
            onClick={() => setEditing({ id: null, draft: createInstallDraft() })}
          >
            {t('machines:drawer.addInstall')}
          </Button>
        </Space>
      }
    >
      {!detail || !machine ? (
        <Spin />
      ) : (
        <Flex vertical gap={12}>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('machines:field.user')}>{machine.user}</Descriptions.Item>
            <Descriptions.Item label={t('machines:field.department')}>{machine.department}</Descriptions.Item>
            <Descriptions.Item label={t('machines:field.type')}>
              {t(`machines:type.${machine.type}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('machines:field.brandModel')}>
              {[machine.brand, machine.model].filter(Boolean).join(' ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('machines:field.serial')}>{machine.serial}</Descriptions.Item>
            <Descriptions.Item label={t('machines:field.arch')}>
              {t(`machines:arch.${machine.arch}`)}
            </Descriptions.Item>
          </Descriptions>
          {detail.installs.length === 0 ? (
            <Empty description={t('machines:drawer.empty')} />
          ) : (
            detail.installs.map((install) => (
              <InstallCard
                key={install.id}
                install={install}
                onEdit={(i) => setEditing({ id: i.id, draft: i })}
                onDelete={(i) => void deleteInstall(i)}
              />
            ))
          )}
        </Flex>
      )}
      <InstallFormModal
        initial={editing?.draft ?? null}
        title={editing?.id ? t('machines:drawer.editInstall') : t('machines:drawer.addInstall')}
        catalog={catalog.data ?? []}
        entitlements={entitlements.data ?? []}
        onSubmit={saveInstall}
        onCancel={() => setEditing(null)}
      />
    </Drawer>
  );
}
