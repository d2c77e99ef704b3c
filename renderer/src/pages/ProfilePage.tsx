import { App as AntApp, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodSchema, UNIT_LEVELS, type UnitProfile, unitCodeSchema } from '../../../shared/model';
import { call } from '../api/client';
import { useCallError } from '../hooks/use-call-error';

const EMPTY: UnitProfile = {
  code: '',
  name: '',
  parentCode: '',
  parentName: '',
  level: 'department',
  headcount: 0,
  contact: '',
  phone: '',
  period: String(new Date().getFullYear()),
};

/** The unit profile form: what the return file's cover says about the unit. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [form] = Form.useForm<UnitProfile>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    call('profile:get', {}).then((profile) => form.setFieldsValue(profile ?? EMPTY), showError);
  }, [form, showError]);

  const required = (field: string) => ({
    required: true,
    message: t('common:validation.required', { field }),
  });
  const matches = (schema: { safeParse(v: unknown): { success: boolean } }, field: string) => ({
    validator: (_: unknown, value: unknown) =>
      value === '' || value === undefined || schema.safeParse(value).success
        ? Promise.resolve()
        : Promise.reject(new Error(t('common:validation.invalid', { field }))),
  });

  async function save(values: UnitProfile) {
    setSaving(true);
    try {
      const saved = await call('profile:save', {
        ...EMPTY,
        ...values,
        code: values.code.trim().toUpperCase(),
      });
      form.setFieldsValue(saved);
      message.success(t('common:saved'));
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card title={t('title')} style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={EMPTY} onFinish={save} data-testid="profile-form">
        <Space.Compact block>
          <Form.Item
            name="code"
            label={t('code')}
            extra={t('codeHelp')}
            style={{ flex: 1 }}
            rules={[required(t('code')), matches(unitCodeSchema, t('code'))]}
          >
            <Input autoFocus maxLength={20} data-testid="profile-code" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="name" label={t('name')} rules={[required(t('name'))]}>
          <Input maxLength={128} data-testid="profile-name" />
        </Form.Item>
        <Space size="large" style={{ display: 'flex' }}>
          <Form.Item
            name="parentCode"
            label={t('parentCode')}
            rules={[matches(unitCodeSchema, t('parentCode'))]}
          >
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="parentName" label={t('parentName')}>
            <Input maxLength={128} style={{ width: 280 }} data-testid="profile-parent-name" />
          </Form.Item>
        </Space>
        <Space size="large" style={{ display: 'flex' }}>
          <Form.Item name="level" label={t('level')}>
            <Select
              style={{ width: 180 }}
              options={UNIT_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            />
          </Form.Item>
          <Form.Item name="headcount" label={t('headcount')}>
            <InputNumber min={0} max={1_000_000} precision={0} data-testid="profile-headcount" />
          </Form.Item>
          <Form.Item
            name="period"
            label={t('period')}
            extra={t('periodHelp')}
            rules={[required(t('period')), matches(periodSchema, t('period'))]}
          >
            <Input maxLength={7} style={{ width: 140 }} data-testid="profile-period" />
          </Form.Item>
        </Space>
        <Space size="large" style={{ display: 'flex' }}>
          <Form.Item name="contact" label={t('contact')}>
            <Input maxLength={64} data-testid="profile-contact" />
          </Form.Item>
          <Form.Item name="phone" label={t('phone')}>
            <Input maxLength={32} data-testid="profile-phone" />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="profile-save">
          {t('common:save')}
        </Button>
      </Form>
    </Card>
  );
}
