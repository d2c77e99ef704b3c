import { Alert, Flex, Form, Input, type InputRef, Modal, Select, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createMachineDraft, type Machine } from '../../../../shared/model';
import { suggestNextAssetNo, toAssetKey } from '../../../../shared/office/asset-no';
import type { StandardImage } from '../../../../shared/office/image';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../hooks/office/apply-field-errors';
import { useEnterSubmit } from '../../hooks/office/use-enter-submit';
import { useCallError } from '../../hooks/use-call-error';

interface Values {
  imageId: string | null;
  assetNo: string;
  user: string;
  department: string;
}

export interface QuickEntryModalProps {
  open: boolean;
  images: StandardImage[];
  lastImageId: string | null;
  suggestedAssetNo: string;
  /** Asset numbers already in the ledger, so the next suggestion skips them. */
  takenKeys: ReadonlySet<string>;
  onRecorded(machine: Machine): void;
  onClose(): void;
}

/**
 * Records machines one after another from a standard image: the image is remembered, the asset
 * number is suggested (the last one plus one) and selected, so Enter alone records the next machine.
 */
export function QuickEntryModal(props: QuickEntryModalProps) {
  const { open, images, lastImageId, suggestedAssetNo, takenKeys, onRecorded, onClose } = props;
  const { t } = useTranslation();
  const showError = useCallError();
  const [form] = Form.useForm<Values>();
  const [recorded, setRecorded] = useState<Machine[]>([]);
  const [isSaving, setSaving] = useState(false);
  const assetRef = useRef<InputRef>(null);
  const onKeyDown = useEnterSubmit(() => form.submit());

  useEffect(() => {
    if (!open) return;
    setRecorded([]);
    form.setFieldsValue({
      imageId: lastImageId ?? images[0]?.id ?? null,
      assetNo: suggestedAssetNo,
      user: '',
      department: '',
    });
    // After the modal's opening animation has placed the input.
    const timer = setTimeout(() => assetRef.current?.focus({ cursor: 'all' }), 50);
    return () => clearTimeout(timer);
  }, [open, lastImageId, images, suggestedAssetNo, form]);

  async function save(values: Values) {
    if (isSaving) return;
    setSaving(true);
    try {
      const draft = {
        ...createMachineDraft(values.assetNo),
        user: values.user?.trim() ?? '',
        department: values.department?.trim() ?? '',
      };
      const machine = await call('machines:create', { draft, imageId: values.imageId ?? null });
      setRecorded((list) => [machine, ...list]);
      onRecorded(machine);
      const taken = new Set(takenKeys);
      taken.add(toAssetKey(machine.assetNo));
      // Department stays: machines are usually recorded room by room.
      form.setFieldsValue({ assetNo: suggestNextAssetNo(machine.assetNo, taken), user: '' });
      assetRef.current?.focus({ cursor: 'all' });
    } catch (error) {
      if (!applyFieldErrors(form, error, ['assetNo'])) showError(error);
      assetRef.current?.focus({ cursor: 'all' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('machines:quick.title')}
      okText={t('machines:quick.record')}
      cancelText={t('common:close')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={isSaving}
      destroyOnHidden
      width={560}
    >
      {images.length === 0 && <Alert type="info" showIcon title={t('machines:quick.noImages')} />}
      <Form<Values>
        onKeyDown={onKeyDown}
        data-testid="quick-entry"
        form={form}
        layout="vertical"
        onFinish={save}
      >
        <Form.Item name="imageId" label={t('machines:field.image')}>
          <Select
            allowClear
            placeholder={t('machines:form.noImage')}
            options={images.map((i) => ({ value: i.id, label: i.name }))}
            data-testid="quick-image"
          />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 12 }}>
          <Form.Item
            name="assetNo"
            label={t('machines:field.assetNo')}
            rules={[{ required: true, whitespace: true, message: t('machines:errors.assetNoRequired') }]}
          >
            <Input ref={assetRef} maxLength={64} data-testid="quick-assetNo" />
          </Form.Item>
          <Form.Item name="user" label={t('machines:field.user')}>
            <Input maxLength={64} data-testid="quick-user" />
          </Form.Item>
          <Form.Item name="department" label={t('machines:field.department')}>
            <Input maxLength={128} data-testid="quick-department" />
          </Form.Item>
        </div>
      </Form>
      <Typography.Text type="secondary">{t('machines:quick.hint')}</Typography.Text>
      {recorded.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('machines:quick.recorded', { count: recorded.length })}</Typography.Text>
          <Flex wrap gap={4} style={{ marginTop: 6, maxHeight: 120, overflow: 'auto' }}>
            {recorded.map((m) => (
              <Tag key={m.id} color="green" data-testid="quick-recorded-item">
                {m.user ? `${m.assetNo} · ${m.user}` : m.assetNo}
              </Tag>
            ))}
          </Flex>
        </div>
      )}
    </Modal>
  );
}
