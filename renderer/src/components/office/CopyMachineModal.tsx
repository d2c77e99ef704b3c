import { App as AntApp, Form, Input, type InputRef, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Machine } from '../../../../shared/model';
import { suggestNextAssetNo } from '../../../../shared/office/asset-no';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../hooks/office/apply-field-errors';
import { useEnterSubmit } from '../../hooks/office/use-enter-submit';
import { useCallError } from '../../hooks/use-call-error';

export interface CopyMachineModalProps {
  source: Machine | null;
  takenKeys: ReadonlySet<string>;
  onDone(copy: Machine): void;
  onCancel(): void;
}

/** Copies a machine with all its installs under the next free asset number. */
export function CopyMachineModal({ source, takenKeys, onDone, onCancel }: CopyMachineModalProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [form] = Form.useForm<{ assetNo: string }>();
  const [isSaving, setSaving] = useState(false);
  const ref = useRef<InputRef>(null);
  const onKeyDown = useEnterSubmit(() => form.submit());

  useEffect(() => {
    if (!source) return;
    form.setFieldsValue({ assetNo: suggestNextAssetNo(source.assetNo, takenKeys) });
    const timer = setTimeout(() => ref.current?.focus({ cursor: 'all' }), 50);
    return () => clearTimeout(timer);
  }, [source, takenKeys, form]);

  async function save({ assetNo }: { assetNo: string }) {
    if (!source) return;
    setSaving(true);
    try {
      const copy = await call('machines:copy', { id: source.id, assetNo });
      message.success(t('machines:copy.done', { from: source.assetNo, to: copy.assetNo }));
      onDone(copy);
    } catch (error) {
      if (!applyFieldErrors(form, error, ['assetNo'])) showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={source !== null}
      title={t('machines:copy.title', { assetNo: source?.assetNo ?? '' })}
      okText={t('machines:action.copy')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('machines:copy.help')}</Typography.Paragraph>
      <Form onKeyDown={onKeyDown} form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="assetNo"
          label={t('machines:copy.newAssetNo')}
          rules={[{ required: true, whitespace: true, message: t('machines:errors.assetNoRequired') }]}
        >
          <Input ref={ref} maxLength={64} data-testid="copy-assetNo" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
