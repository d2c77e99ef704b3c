import { App as AntApp, Button, Card, Flex, Form, Radio, Select, Spin, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_RULE_OPTIONS, type RuleOptions } from '../../../../shared/licensing';
import { call } from '../../api/client';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useCallError } from '../../hooks/use-call-error';

const SWITCHES = ['windowsHomeAccepted', 'personalEditionsAccepted', 'officeHomeStudentAccepted'] as const;
const VERDICTS = {
  personalSecurityVerdict: ['genuine', 'to_verify', 'not_genuine'],
  privateKmsHostVerdict: ['genuine', 'to_verify', 'not_genuine'],
  communityLinuxVerdict: ['genuine', 'to_verify'],
} as const;

/** 规则: the contested rules, each explained with its default; saving reclassifies every install. */
export function RulesPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [form] = Form.useForm<RuleOptions>();
  const rules = useOfficeQuery('rules:get', {});
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    if (rules.data) form.setFieldsValue(rules.data);
  }, [rules.data, form]);

  async function save(values: RuleOptions) {
    setSaving(true);
    try {
      const saved = await call('rules:save', { ...DEFAULT_RULE_OPTIONS, ...values });
      form.setFieldsValue(saved);
      const overview = await call('office:overview', {});
      message.success(
        t('office:rules.saved', {
          genuine: overview.total.genuine,
          notGenuine: overview.total.notGenuine,
          toVerify: overview.total.toVerify,
        }),
      );
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  if (!rules.data) return <Spin />;
  const describe = (key: string) => (
    <>
      <Typography.Text strong>{t(`office:rules.${key}.title`)}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t(`office:rules.${key}.help`)}
      </Typography.Paragraph>
    </>
  );
  return (
    <Card title={t('office:rules.title')} style={{ maxWidth: 900 }}>
      <Typography.Paragraph>{t('office:rules.intro')}</Typography.Paragraph>
      <Form<RuleOptions> form={form} layout="vertical" onFinish={save} data-testid="rules-form">
        <Flex vertical gap={8}>
          {SWITCHES.map((key) => (
            <Card size="small" key={key}>
              {describe(key)}
              <Form.Item name={key} valuePropName="checked" style={{ marginBottom: 0 }}>
                <Switch
                  checkedChildren={t('office:rules.accepted')}
                  unCheckedChildren={t('office:rules.notAccepted')}
                  data-testid={`rule-${key}`}
                />
              </Form.Item>
            </Card>
          ))}
          {Object.entries(VERDICTS).map(([key, values]) => (
            <Card size="small" key={key}>
              {describe(key)}
              <Form.Item name={key} style={{ marginBottom: 0 }}>
                <Radio.Group
                  optionType="button"
                  options={values.map((v) => ({ value: v, label: t(`software:status.${v}`) }))}
                />
              </Form.Item>
            </Card>
          ))}
          <Card size="small">
            {describe('unitKmsHosts')}
            <Form.Item name="unitKmsHosts" style={{ marginBottom: 0 }}>
              <Select
                mode="tags"
                open={false}
                tokenSeparators={[',', '，', ' ', ';']}
                placeholder="kms.example.gov.cn"
              />
            </Form.Item>
          </Card>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={isSaving} data-testid="rules-save">
              {t('common:save')}
            </Button>
            <Button onClick={() => form.setFieldsValue(DEFAULT_RULE_OPTIONS)}>
              {t('office:rules.defaults')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Card>
  );
}
