import { App as AntApp, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardImage } from '../../../../shared/office/image';
import { call } from '../../api/client';
import { useCallError } from '../../hooks/use-call-error';

export interface ApplyImageModalProps {
  machineIds: string[] | null;
  images: StandardImage[];
  lastImageId: string | null;
  onDone(): void;
  onCancel(): void;
}

/** Applies one standard image to all selected machines in one action. */
export function ApplyImageModal({ machineIds, images, lastImageId, onDone, onCancel }: ApplyImageModalProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [imageId, setImageId] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    if (machineIds) setImageId(lastImageId ?? images[0]?.id ?? null);
  }, [machineIds, lastImageId, images]);

  const image = images.find((i) => i.id === imageId);

  async function apply() {
    if (!machineIds || !imageId) return;
    setSaving(true);
    try {
      const result = await call('images:apply', { id: imageId, machineIds });
      message.success(
        t('machines:image.applied', {
          added: result.added,
          updated: result.updated,
          machines: machineIds.length,
        }),
      );
      onDone();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={machineIds !== null}
      title={t('machines:image.title', { count: machineIds?.length ?? 0 })}
      okText={t('machines:image.apply')}
      okButtonProps={{ disabled: !imageId }}
      onOk={() => void apply()}
      onCancel={onCancel}
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('machines:field.image')}>
          <Select
            autoFocus
            value={imageId}
            onChange={setImageId}
            options={images.map((i) => ({ value: i.id, label: i.name }))}
            data-testid="apply-image-select"
          />
        </Form.Item>
      </Form>
      {image && (
        <Typography.Paragraph type="secondary">
          {t('machines:image.contains', { names: image.installs.map((i) => i.rawName).join('、') })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('machines:image.help')}</Typography.Paragraph>
    </Modal>
  );
}
