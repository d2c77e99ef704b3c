import { App as AntApp, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ARCHES,
  createMachineDraft,
  dateSchema,
  MACHINE_STATUSES,
  MACHINE_TYPES,
  type Machine,
  type MachineDraft,
  ZONES,
} from '../../../../shared/model';
import type { StandardImage } from '../../../../shared/office/image';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../hooks/office/apply-field-errors';
import { useEnterSubmit } from '../../hooks/office/use-enter-submit';
import { useCallError } from '../../hooks/use-call-error';

export type MachineFormMode = { kind: 'create'; assetNo: string } | { kind: 'edit'; machine: Machine };

interface Values extends MachineDraft {
  imageId: string | null;
}

export interface MachineFormModalProps {
  mode: MachineFormMode | null;
  images: StandardImage[];
  lastImageId: string | null;
  onDone(machine: Machine): void;
  onCancel(): void;
}

const FIELDS = ['assetNo', 'user', 'department'] as const;

/** The full machine form: every ledger field in typing order, Enter saves, Esc closes. */
export function MachineFormModal({ mode, images, lastImageId, onDone, onCancel }: MachineFormModalProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [form] = Form.useForm<Values>();
  const [isSaving, setSaving] = useState(false);
  const onKeyDown = useEnterSubmit(() => form.submit());

  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    if (mode.kind === 'edit') form.setFieldsValue({ ...mode.machine, imageId: null });
    else form.setFieldsValue({ ...createMachineDraft(mode.assetNo), imageId: lastImageId });
  }, [mode, form, lastImageId]);

  async function save(values: Values) {
    if (!mode) return;
    const { imageId, ...rest } = values;
    const draft: MachineDraft = { ...createMachineDraft(), ...rest };
    setSaving(true);
    try {
      const machine =
        mode.kind === 'edit'
          ? await call('machines:update', { id: mode.machine.id, draft })
          : await call('machines:create', { draft, imageId: imageId ?? null });
      message.success(t('machines:form.saved', { assetNo: machine.assetNo }));
      onDone(machine);
    } catch (error) {
      if (!applyFieldErrors(form, error, FIELDS)) showError(error);
    } finally {
      setSaving(false);
    }
  }

  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`machines:${prefix}.${v}`) }));

  return (
    <Modal
      open={mode !== null}
      title={mode?.kind === 'edit' ? t('machines:form.editTitle') : t('machines:form.createTitle')}
      okText={t('common:save')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={isSaving}
      destroyOnHidden
      width={720}
    >
      <Form<Values>
        onKeyDown={onKeyDown}
        form={form}
        layout="vertical"
        onFinish={save}
        data-testid="machine-form"
        preserve={false}
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 12 }}>
          <Form.Item
            name="assetNo"
            label={t('machines:field.assetNo')}
            rules={[{ required: true, whitespace: true, message: t('machines:errors.assetNoRequired') }]}
          >
            <Input autoFocus maxLength={64} data-testid="machine-assetNo" />
          </Form.Item>
          <Form.Item name="user" label={t('machines:field.user')}>
            <Input maxLength={64} data-testid="machine-user" />
          </Form.Item>
          <Form.Item name="department" label={t('machines:field.department')}>
            <Input maxLength={128} data-testid="machine-department" />
          </Form.Item>
          <Form.Item name="type" label={t('machines:field.type')}>
            <Select options={options(MACHINE_TYPES, 'type')} />
          </Form.Item>
          <Form.Item name="brand" label={t('machines:field.brand')}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="model" label={t('machines:field.model')}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name="serial" label={t('machines:field.serial')}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name="arch" label={t('machines:field.arch')}>
            <Select options={options(ARCHES, 'arch')} />
          </Form.Item>
          <Form.Item name="zone" label={t('machines:field.zone')}>
            <Select options={options(ZONES, 'zone')} />
          </Form.Item>
          <Form.Item
            name="purchaseDate"
            label={t('machines:field.purchaseDate')}
            rules={[
              {
                validator: (_, v) =>
                  dateSchema.safeParse(v ?? '').success
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('machines:errors.dateFormat'))),
              },
            ]}
          >
            <Input maxLength={10} placeholder="2024-03-15" />
          </Form.Item>
          <Form.Item name="status" label={t('machines:field.status')}>
            <Select options={options(MACHINE_STATUSES, 'status')} />
          </Form.Item>
          <Form.Item name="hostname" label={t('machines:field.hostname')}>
            <Input maxLength={128} />
          </Form.Item>
        </div>
        {mode?.kind === 'create' && images.length > 0 && (
          <Form.Item name="imageId" label={t('machines:field.image')} extra={t('machines:form.imageHelp')}>
            <Select
              allowClear
              placeholder={t('machines:form.noImage')}
              options={images.map((i) => ({ value: i.id, label: i.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="notes" label={t('machines:field.notes')}>
          <Input.TextArea rows={2} maxLength={32767} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
