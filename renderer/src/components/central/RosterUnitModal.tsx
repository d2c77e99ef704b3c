import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { unitCodeSchema } from '../../../../shared/model';
import { cleanUnitCode, type RosterUnit } from '../../../../shared/roster/roster';

const EMPTY: RosterUnit = { code: '', name: '', parentCode: '', parentName: '', contact: '', phone: '' };

/** Adds or edits one unit of the roster. */
export function RosterUnitModal({
  unit,
  open,
  onSave,
  onCancel,
}: {
  unit: RosterUnit | null;
  open: boolean;
  onSave: (unit: RosterUnit) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('central');
  const [form] = Form.useForm<RosterUnit>();
  useEffect(() => {
    if (open) form.setFieldsValue(unit ?? EMPTY);
  }, [open, unit, form]);
  const codeRule = (field: string, isRequired: boolean) => ({
    validator: (_: unknown, value: string | undefined) => {
      const code = cleanUnitCode(value ?? '');
      if (code === '')
        return isRequired
          ? Promise.reject(new Error(t('common:validation.required', { field })))
          : Promise.resolve();
      return unitCodeSchema.safeParse(code).success
        ? Promise.resolve()
        : Promise.reject(new Error(t('common:validation.invalid', { field })));
    },
  });
  async function submit() {
    const values = await form.validateFields();
    await onSave({
      ...EMPTY,
      ...values,
      code: cleanUnitCode(values.code),
      parentCode: cleanUnitCode(values.parentCode ?? ''),
    });
  }
  return (
    <Modal
      open={open}
      title={unit ? t('roster.editTitle') : t('roster.addTitle')}
      onOk={submit}
      onCancel={onCancel}
      okText={t('common:save')}
      destroyOnHidden
      data-testid="roster-unit-modal"
    >
      <Form form={form} layout="vertical" initialValues={EMPTY}>
        <Form.Item
          name="code"
          label={t('roster.columns.code')}
          rules={[codeRule(t('roster.columns.code'), true)]}
        >
          <Input maxLength={20} data-testid="roster-unit-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('roster.columns.name')}
          rules={[
            { required: true, message: t('common:validation.required', { field: t('roster.columns.name') }) },
          ]}
        >
          <Input maxLength={128} data-testid="roster-unit-name" />
        </Form.Item>
        <Form.Item
          name="parentCode"
          label={t('roster.columns.parentCode')}
          rules={[codeRule(t('roster.columns.parentCode'), false)]}
        >
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="parentName" label={t('roster.columns.parent')}>
          <Input maxLength={128} data-testid="roster-unit-parent" />
        </Form.Item>
        <Form.Item name="contact" label={t('roster.columns.contact')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="phone" label={t('roster.columns.phone')}>
          <Input maxLength={32} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
