import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuanForInput, parseYuanToFen } from '../../../../shared/budget/money';

export interface UnitFundsTarget {
  unitCode: string;
  unitName: string;
  fundsFen: number | null;
  note: string;
}

/** Records the funds allocated to one unit (empty = not recorded). */
export function UnitFundsModal({
  target,
  onSubmit,
  onCancel,
}: {
  target: UnitFundsTarget | null;
  onSubmit(fundsFen: number | null, note: string): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation('budget');
  const [form] = Form.useForm<{ funds: string; note: string }>();
  useEffect(() => {
    if (target)
      form.setFieldsValue({
        funds: target.fundsFen === null ? '' : formatYuanForInput(target.fundsFen),
        note: target.note,
      });
  }, [target, form]);
  return (
    <Modal
      open={target !== null}
      title={t('central.editFunds', { name: target?.unitName ?? '' })}
      okText={t('common:save')}
      cancelText={t('common:cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => {
          const text = v.funds?.trim() ?? '';
          return onSubmit(text === '' ? null : parseYuanToFen(text), v.note?.trim() ?? '');
        }}
      >
        <Form.Item
          name="funds"
          label={t('office.funds')}
          extra={t('central.fundsHelp')}
          rules={[
            {
              validator: (_: unknown, v: string | undefined) =>
                (v ?? '').trim() === '' || parseYuanToFen(v ?? '') !== null
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('office.fundsInvalid'))),
            },
          ]}
        >
          <Input autoFocus addonAfter={t('prices.form.yuan')} data-testid="unit-funds-input" />
        </Form.Item>
        <Form.Item name="note" label={t('office.fundsNote')}>
          <Input maxLength={512} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
