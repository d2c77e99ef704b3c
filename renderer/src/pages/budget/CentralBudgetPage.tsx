import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Drawer,
  Empty,
  Flex,
  Segmented,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetRow } from '../../../../shared/budget/compute-scenario';
import { call } from '../../api/client';
import { BudgetRowsTable } from '../../components/budget/BudgetRowsTable';
import { CentralUnitTable } from '../../components/budget/CentralUnitTable';
import { ComparisonTable } from '../../components/budget/ComparisonTable';
import { ExampleBanner } from '../../components/budget/ExampleBanner';
import { Yuan } from '../../components/budget/Money';
import { createProductNames } from '../../components/budget/product-names';
import { UnitFundsModal, type UnitFundsTarget } from '../../components/budget/UnitFundsModal';
import { useLang } from '../../hooks/office/use-lang';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useCallError } from '../../hooks/use-call-error';

/** 经费测算 (central): every returned unit priced in each scenario, per county and in total, with gaps. */
export function CentralBudgetPage() {
  const { t } = useTranslation('budget');
  const lang = useLang();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const budget = useOfficeQuery('budget:central', {});
  const products = useOfficeQuery('budget:products', {});
  const names = useMemo(() => createProductNames(products.data ?? [], lang), [products.data, lang]);
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [funds, setFunds] = useState<UnitFundsTarget | null>(null);
  const [rows, setRows] = useState<{ title: string; rows: BudgetRow[] } | null>(null);
  const data = budget.data;
  if (!data) return <Spin />;

  const scenario = data.scenarios.find((s) => s.scenarioId === scenarioId) ?? data.scenarios[0];
  const notes = new Map(data.unitFunds.map((f) => [f.unitCode, f.note]));

  async function showRows(unitCode: string, unitName: string) {
    if (!scenario) return;
    try {
      const result = await call('budget:centralRows', { scenarioId: scenario.scenarioId, unitCode });
      setRows({
        title: t('central.rowsTitle', { name: unitName, scenario: scenario.scenarioName }),
        rows: result,
      });
    } catch (error) {
      showError(error);
    }
  }

  async function saveFunds(fundsFen: number | null, note: string) {
    if (!funds) return;
    try {
      await call('budget:saveUnitFunds', { unitCode: funds.unitCode, fundsFen, note });
      message.success(t('office.fundsSaved'));
      setFunds(null);
      await budget.reload();
    } catch (error) {
      showError(error);
    }
  }

  async function exportWorkbook() {
    try {
      const saved = await call('budget:exportCentral', {});
      if (saved) message.success(t('central.exported', { file: saved.fileName }));
    } catch (error) {
      showError(error);
    }
  }

  const compared = data.scenarios.map((s, i) => ({
    id: s.scenarioId,
    name: s.scenarioName,
    byCategory: s.city.byCategory,
    totalFen: s.city.totalFen,
    diffFen: data.comparison[i]?.diffFen ?? 0,
    fundsFen: s.city.funding.fundsFen,
    gapFen: s.city.funding.gapFen,
    surplusFen: s.city.funding.surplusFen,
    missingCount: s.city.missingCount,
    unitsWithoutFunds: s.city.funding.unitsWithoutFunds,
  }));
  const _money =
    (isAlert = false) =>
    (value: number | null) =>
      value === null ? (
        <Typography.Text type="secondary">{t('compare.notRecorded')}</Typography.Text>
      ) : (
        <Yuan fen={value} isAlert={isAlert} />
      );

  return (
    <Flex vertical gap={16} data-testid="central-budget">
      <Card
        title={t('central.title')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void exportWorkbook()}
            data-testid="central-budget-export"
            disabled={data.returned === 0}
          >
            {t('central.export')}
          </Button>
        }
      >
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {data.period === null
              ? t('central.noPeriod')
              : t('central.intro', { period: data.period, returned: data.returned, expected: data.expected })}
          </Typography.Paragraph>
          {data.examplePriceCount > 0 && data.scenarios.some((s) => s.city.exampleCount > 0) && (
            <ExampleBanner count={data.examplePriceCount} />
          )}
          {data.notReturned.length > 0 && (
            <Alert
              type="info"
              showIcon
              message={t('central.notReturned', {
                count: data.notReturned.length,
                names: data.notReturned
                  .slice(0, 10)
                  .map((u) => u.name)
                  .join('、'),
              })}
            />
          )}
          {data.returned === 0 ? (
            <Empty description={t('central.empty')} />
          ) : (
            <ComparisonTable scenarios={compared} testId="central-comparison" />
          )}
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
            {t('sheet.rounding')} {t('sheet.gapRule')}
          </Typography.Paragraph>
        </Flex>
      </Card>

      {scenario && data.returned > 0 && (
        <Card
          title={t('central.byUnit')}
          extra={
            <Segmented
              value={scenario.scenarioId}
              onChange={(v) => setScenarioId(String(v))}
              options={data.scenarios.map((s) => ({ value: s.scenarioId, label: s.scenarioName }))}
            />
          }
        >
          <CentralUnitTable
            scenario={scenario}
            onShowRows={(code, name) => void showRows(code, name)}
            onEditFunds={(unitCode, unitName, fundsFen) =>
              setFunds({ unitCode, unitName, fundsFen, note: notes.get(unitCode) ?? '' })
            }
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('central.missingTitle')}
          </Typography.Title>
          {scenario.missing.length === 0 ? (
            <Typography.Text type="secondary">{t('office.missingNone')}</Typography.Text>
          ) : (
            <Table
              data-testid="central-missing"
              size="small"
              bordered
              pagination={false}
              rowKey={(m) => `${m.productId ?? m.rawName}|${m.edition}|${m.reason}`}
              dataSource={scenario.missing}
              columns={[
                {
                  title: t('sheet.product'),
                  key: 'p',
                  render: (_: unknown, m) =>
                    `${names.product(m.productId, m.rawName)} ${names.edition(m.productId, m.edition)}`.trim(),
                },
                {
                  title: t('sheet.category'),
                  dataIndex: 'category',
                  width: 120,
                  render: (c: string) => t(`category.${c}`),
                },
                { title: t('sheet.reason'), key: 'r', render: (_: unknown, m) => t(`missing.${m.reason}`) },
                {
                  title: t('sheet.pricedProduct'),
                  key: 'to',
                  render: (_: unknown, m) =>
                    m.pricedProductId === null
                      ? ''
                      : `${names.product(m.pricedProductId)} ${names.edition(m.pricedProductId, m.pricedEdition)}`.trim(),
                },
                { title: t('sheet.count'), dataIndex: 'count', width: 100, align: 'right' },
                {
                  title: t('sheet.unitsAffected'),
                  key: 'u',
                  width: 110,
                  align: 'right',
                  render: (_: unknown, m) => m.unitCodes.length,
                },
              ]}
            />
          )}
        </Card>
      )}
      <UnitFundsModal target={funds} onSubmit={saveFunds} onCancel={() => setFunds(null)} />
      <Drawer
        open={rows !== null}
        width={1100}
        title={rows?.title}
        onClose={() => setRows(null)}
        destroyOnHidden
      >
        {rows && <BudgetRowsTable rows={rows.rows} names={names} testId="central-rows" />}
      </Drawer>
    </Flex>
  );
}
