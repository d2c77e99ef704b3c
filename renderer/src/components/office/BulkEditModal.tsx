import { App as AntApp, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARCHES, dateSchema, MACHINE_STATUSES, MACHINE_TYPES, ZONES } from '../../../../shared/model';
import { BULK_FIELDS, type BulkField, type MachinePatch } from '../../../../shared/office/machine-row';
import { call } from '../../api/client';
import { useEnterSubmit } from '../../hooks/office/use-enter-submit';
import { useCallError } from '../../hooks/use-call-error';

const CHOICES: Partial<Record<BulkField, { values: readonly string[]; prefix: string }>> = {
  type: { values: MACHINE_TYPES, prefix: 'type' },
  arch: { values: ARCHES, prefix: 'arch' },
  zone: { values: ZONES, prefix: 'zone' },
  status: { values: MACHINE_STATUSES, prefix: 'status' },
};

export interface BulkEditModalProps {
  ids: string[] | null;
  onDone(): void;
  onCancel(): void;
}

/** Sets the ticked fields to the same value on every selected machine, in one write. */
export function BulkEditModal({ ids, onDone, onCancel }: BulkEditModalProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [form] = Form.useForm<MachinePatch>();
  const [fields, setFields] = useState<BulkField[]>([]);
  const [isSaving, setSaving] = useState(false);
  const onKeyDown = useEnterSubmit(() => form.submit());

  useEffect(() => {
    if (ids) {
      setFields([]);
      form.resetFields();
    }
  }, [ids, form]);

  async function save(values: MachinePatch) {
    if (!ids || fields.length === 0) return;
    const patch: Record<string, unknown> = {};
    for (const field of fields) patch[field] = values[field] ?? (CHOICES[field] ? undefined : '');
    setSaving(true);
    try {
      // Built from the ticked bulk fields with the form's values for them.
      const result = await call('machines:bulkUpdate', { ids, patch: patch as MachinePatch });
      message.success(t('machines:bulk.done', { changed: result.changed, total: ids.length }));
      onDone();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={ids !== null}
      title={t('machines:bulk.title', { count: ids?.length ?? 0 })}
      okText={t('machines:bulk.apply')}
      okButtonProps={{ disabled: fields.length === 0 }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={isSaving}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('machines:bulk.help')}</Typography.Paragraph>
      <Checkbox.Group
        value={fields}
        onChange={(v) => setFields(v)}
        options={BULK_FIELDS.map((f) => ({ value: f, label: t(`machines:field.${f}`) }))}
        style={{ marginBottom: 16 }}
      />
      <Form<MachinePatch>
        onKeyDown={onKeyDown}
        data-testid="bulk-edit"
        form={form}
        layout="vertical"
        onFinish={save}
      >
        {fields.map((field, index) => {
          const choice = CHOICES[field];
          return (
            <Form.Item
              key={field}
              name={field}
              label={t(`machines:field.${field}`)}
              rules={[
                ...(choice ? [{ required: true, message: t('machines:bulk.choose') }] : []),
                ...(field === 'purchaseDate'
                  ? [
                      {
                        validator: (_: unknown, v: unknown) =>
                          dateSchema.safeParse(v ?? '').success
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('machines:errors.dateFormat'))),
                      },
                    ]
                  : []),
              ]}
            >
              {choice ? (
                <Select
                  autoFocus={index === 0}
                  options={choice.values.map((v) => ({
                    value: v,
                    label: t(`machines:${choice.prefix}.${v}`),
                  }))}
                />
              ) : (
                <Input autoFocus={index === 0} data-testid={`bulk-${field}`} />
              )}
            </Form.Item>
          );
        })}
      </Form>
    </Modal>
  );
}
