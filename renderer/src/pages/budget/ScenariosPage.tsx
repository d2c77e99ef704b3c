import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBpAsPercent } from '../../../../shared/budget/money';
import { DEFAULT_CHANNELS, type Scenario } from '../../../../shared/budget/scenario';
import { call } from '../../api/client';
import { createProductNames } from '../../components/budget/product-names';
import { ScenarioEditModal } from '../../components/budget/ScenarioEditModal';
import { useLang } from '../../hooks/office/use-lang';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useCallError } from '../../hooks/use-call-error';

function createScenarioDraft(): Scenario {
  return {
    id: '',
    name: '',
    kind: 'custom',
    bases: ['quoted', 'agreement', 'list'],
    channels: [...DEFAULT_CHANNELS],
    vendorDiscounts: [],
    substitutions: [],
    notes: '',
  };
}

/** 测算口径: the scenarios priced side by side, how each prices, and which go into the return file. */
export function ScenariosPage() {
  const { t } = useTranslation('budget');
  const lang = useLang();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const settings = useOfficeQuery('budget:scenarios', {});
  const products = useOfficeQuery('budget:products', {});
  const [editing, setEditing] = useState<Scenario | null>(null);
  const names = useMemo(() => createProductNames(products.data ?? [], lang), [products.data, lang]);
  const inReturn = new Set(settings.data?.returnScenarioIds ?? []);

  async function run(action: () => Promise<unknown>, success?: string) {
    try {
      await action();
      if (success) message.success(success);
      await settings.reload();
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  }

  async function save(scenario: Scenario) {
    if (await run(() => call('budget:saveScenario', { scenario }), t('common:saved'))) setEditing(null);
  }

  function toggleReturn(id: string, isChecked: boolean) {
    const ids = (settings.data?.scenarios ?? [])
      .map((s) => s.id)
      .filter((s) => (s === id ? isChecked : inReturn.has(s)));
    void run(() => call('budget:setReturnScenarios', { ids }));
  }

  const describeRule = (s: Scenario['substitutions'][number]) => {
    const from =
      s.fromProductIds.length > 0
        ? s.fromProductIds.map((id) => names.product(id)).join('、')
        : s.fromVendor !== ''
          ? t('scenarios.summary.vendorProducts', {
              vendor: names.vendor(s.fromVendor),
              category: t(`category.${s.category}`),
            })
          : t('scenarios.summary.foreignProducts', { category: t(`category.${s.category}`) });
    const to = `${names.product(s.toProductId)} ${names.edition(s.toProductId, s.toEdition)}`.trim();
    return t('scenarios.summary.rule', { from, to });
  };

  return (
    <Card
      title={t('scenarios.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="scenario-new"
          onClick={() => setEditing(createScenarioDraft())}
        >
          {t('scenarios.add')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('scenarios.intro')}
        </Typography.Paragraph>
        <Table<Scenario>
          data-testid="scenario-table"
          size="middle"
          bordered
          rowKey="id"
          loading={settings.isLoading}
          pagination={false}
          dataSource={settings.data?.scenarios ?? []}
          columns={[
            {
              title: t('scenarios.field.name'),
              key: 'name',
              width: 220,
              render: (_: unknown, s: Scenario) => (
                <Space direction="vertical" size={2}>
                  <Typography.Text strong>{s.name}</Typography.Text>
                  <Tag>{t(`scenarios.kind.${s.kind}`)}</Tag>
                </Space>
              ),
            },
            {
              title: t('scenarios.field.bases'),
              key: 'bases',
              width: 200,
              render: (_: unknown, s: Scenario) => s.bases.map((b) => t(`basis.${b}`)).join(' → '),
            },
            {
              title: t('scenarios.column.rules'),
              key: 'rules',
              render: (_: unknown, s: Scenario) => (
                <Flex vertical gap={2}>
                  {s.vendorDiscounts.map((d) => (
                    <span key={d.vendor}>
                      {t('scenarios.summary.discount', {
                        vendor: names.vendor(d.vendor),
                        percent: formatBpAsPercent(d.discountBp),
                      })}
                    </span>
                  ))}
                  {s.substitutions.map((r) => (
                    <span key={r.id}>{describeRule(r)}</span>
                  ))}
                  {s.vendorDiscounts.length === 0 && s.substitutions.length === 0 && (
                    <Typography.Text type="secondary">{t('scenarios.summary.none')}</Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              title: (
                <Tooltip title={t('scenarios.inReturnHelp')}>
                  <span>{t('scenarios.inReturn')}</span>
                </Tooltip>
              ),
              key: 'return',
              width: 120,
              align: 'center',
              render: (_: unknown, s: Scenario) => (
                <Checkbox
                  checked={inReturn.has(s.id)}
                  onChange={(e) => toggleReturn(s.id, e.target.checked)}
                  aria-label={t('scenarios.inReturn')}
                />
              ),
            },
            {
              key: 'actions',
              width: 90,
              render: (_: unknown, s: Scenario) => (
                <Space size={0}>
                  <Button
                    type="text"
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('common:edit')}
                    onClick={() => setEditing(s)}
                  />
                  <Popconfirm
                    title={t('scenarios.deleteConfirm', { name: s.name })}
                    okText={t('common:delete')}
                    cancelText={t('common:cancel')}
                    onConfirm={() => void run(() => call('budget:deleteScenario', { id: s.id }))}
                  >
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('common:delete')}
                    />
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Flex>
      <ScenarioEditModal
        initial={editing}
        products={products.data ?? []}
        onSubmit={save}
        onCancel={() => setEditing(null)}
      />
    </Card>
  );
}
