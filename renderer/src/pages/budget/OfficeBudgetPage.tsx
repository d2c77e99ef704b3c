import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Space,
  Spin,
  Tabs,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuanForInput, parseYuanToFen } from '../../../../shared/budget/money';
import { call } from '../../api/client';
import { useAppContext } from '../../app/app-context';
import { BudgetRowsTable } from '../../components/budget/BudgetRowsTable';
import { ComparisonTable } from '../../components/budget/ComparisonTable';
import { ExampleBanner } from '../../components/budget/ExampleBanner';
import { createProductNames } from '../../components/budget/product-names';
import { useLang } from '../../hooks/office/use-lang';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useCallError } from '../../hooks/use-call-error';

interface FundsForm {
  funds: string;
  note: string;
}

/** 经费测算 (office): what the unit's shortfall costs in each scenario, against the funds allocated. */
export function OfficeBudgetPage() {
  const { t } = useTranslation('budget');
  const lang = useLang();
  const { navigate } = useAppContext();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const budget = useOfficeQuery('budget:office', {});
  const products = useOfficeQuery('budget:products', {});
  const names = useMemo(() => createProductNames(products.data ?? [], lang), [products.data, lang]);
  const [form] = Form.useForm<FundsForm>();
  const [isSaving, setSaving] = useState(false);
  const data = budget.data;

  useEffect(() => {
    if (data)
      form.setFieldsValue({
        funds: data.fundsAllocatedFen === null ? '' : formatYuanForInput(data.fundsAllocatedFen),
        note: data.fundsNote,
      });
  }, [data, form]);

  if (!data) return <Spin />;

  async function saveFunds(values: FundsForm) {
    const text = values.funds?.trim() ?? '';
    const fen = text === '' ? null : parseYuanToFen(text);
    setSaving(true);
    try {
      await call('budget:saveFunds', { fundsAllocatedFen: fen, fundsNote: values.note?.trim() ?? '' });
      message.success(t('office.fundsSaved'));
      await budget.reload();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  const compared = data.scenarios.map((s, i) => ({
    id: s.scenarioId,
    name: s.scenarioName,
    byCategory: s.byCategory,
    totalFen: s.totalFen,
    diffFen: data.comparison[i]?.diffFen ?? 0,
    fundsFen: s.funding.fundsFen,
    gapFen: s.funding.gapFen,
    surplusFen: s.funding.surplusFen,
    missingCount: s.missingCount,
    isInReturn: s.isInReturn,
  }));

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200 }} data-testid="office-budget">
      <Card title={t('office.title')}>
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('office.intro', { count: data.neededCount })}
          </Typography.Paragraph>
          {data.hasExamplePrices && <ExampleBanner count={data.examplePriceCount} />}
          <Form form={form} layout="inline" onFinish={saveFunds}>
            <Form.Item
              name="funds"
              label={t('office.funds')}
              tooltip={t('office.fundsHelp')}
              rules={[
                {
                  validator: (_: unknown, v: string | undefined) =>
                    (v ?? '').trim() === '' || parseYuanToFen(v ?? '') !== null
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('office.fundsInvalid'))),
                },
              ]}
            >
              <Input
                style={{ width: 200 }}
                addonAfter={t('prices.form.yuan')}
                data-testid="funds-input"
                placeholder={t('office.notRecorded')}
              />
            </Form.Item>
            <Form.Item name="note" label={t('office.fundsNote')}>
              <Input style={{ width: 280 }} maxLength={512} placeholder={t('office.fundsNotePlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={isSaving} data-testid="funds-save">
              {t('office.saveFunds')}
            </Button>
          </Form>
        </Flex>
      </Card>

      <Card
        title={t('office.comparison')}
        extra={
          <Space>
            <Button onClick={() => navigate('common/scenarios')}>{t('office.editScenarios')}</Button>
            <Button onClick={() => navigate('common/prices')}>{t('office.editPrices')}</Button>
          </Space>
        }
      >
        {data.neededCount === 0 ? (
          <Empty description={t('office.nothingNeeded')} />
        ) : (
          <ComparisonTable scenarios={compared} testId="office-comparison" />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          {t('sheet.rounding')} {t('office.gapRule')}
        </Typography.Paragraph>
      </Card>

      {data.neededCount > 0 && (
        <Card title={t('office.rowsTitle')}>
          <Tabs
            items={data.scenarios.map((s) => {
              const missing = s.rows.filter((r) => r.missingReason !== null);
              return {
                key: s.scenarioId,
                label: s.scenarioName,
                children: (
                  <Flex vertical gap={12}>
                    {missing.length > 0 ? (
                      <Alert
                        type="error"
                        showIcon
                        data-testid={`missing-alert-${s.scenarioId}`}
                        message={t('office.missingTitle', { count: s.missingCount })}
                        description={missing
                          .map((r) =>
                            t('office.missingLine', {
                              name: `${names.product(r.needProductId, r.rawName)} ${names.edition(r.needProductId, r.needEdition)}`.trim(),
                              count: r.count,
                              reason: t(`missing.${r.missingReason}`),
                            }),
                          )
                          .join('；')}
                      />
                    ) : (
                      <Alert type="success" showIcon message={t('office.missingNone')} />
                    )}
                    <BudgetRowsTable rows={s.rows} names={names} testId={`rows-${s.scenarioId}`} />
                  </Flex>
                ),
              };
            })}
          />
        </Card>
      )}
    </Flex>
  );
}
