import {
  DeleteOutlined,
  DownloadOutlined,
  DownOutlined,
  EditOutlined,
  PlusOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Dropdown,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRICE_BASES, type PriceBasis, type PriceEntry } from '../../../../shared/budget/price-list';
import type { PriceImportView } from '../../../../shared/budget/views';
import { call } from '../../api/client';
import { ExampleBanner } from '../../components/budget/ExampleBanner';
import { ImportResultModal } from '../../components/budget/ImportResultModal';
import { Yuan } from '../../components/budget/Money';
import { createPriceDraft, type PriceDraft, PriceEditModal } from '../../components/budget/PriceEditModal';
import { createProductNames } from '../../components/budget/product-names';
import { useLang } from '../../hooks/office/use-lang';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useCallError } from '../../hooks/use-call-error';

type Editing = { id: string | null; entry: PriceDraft; isExample?: boolean } | null;

/** 价格表: unit prices per product, edition, channel and basis, with their sources; import and export. */
export function PricesPage() {
  const { t } = useTranslation('budget');
  const lang = useLang();
  const { message, modal } = AntApp.useApp();
  const showError = useCallError();
  const prices = useOfficeQuery('budget:prices', {});
  const products = useOfficeQuery('budget:products', {});
  const [editing, setEditing] = useState<Editing>(null);
  const [imported, setImported] = useState<PriceImportView | null>(null);
  const [search, setSearch] = useState('');
  const [basis, setBasis] = useState<PriceBasis | null>(null);
  const names = useMemo(() => createProductNames(products.data ?? [], lang), [products.data, lang]);

  const entries = useMemo(() => {
    const wanted = search.trim().toLowerCase();
    return (prices.data?.entries ?? []).filter(
      (e) =>
        (basis === null || e.basis === basis) &&
        (wanted === '' ||
          `${names.product(e.productId)} ${e.productId} ${e.source}`.toLowerCase().includes(wanted)),
    );
  }, [prices.data, search, basis, names]);

  async function run<T>(action: () => Promise<T>, done?: (value: T) => void) {
    try {
      const value = await action();
      done?.(value);
      await prices.reload();
    } catch (error) {
      showError(error);
    }
  }

  async function save(id: string | null, entry: PriceDraft) {
    await run(
      () => call('budget:savePrice', { entry: { ...entry, id } }),
      () => {
        message.success(t('common:saved'));
        setEditing(null);
      },
    );
  }

  function importFile(mode: 'replace' | 'merge') {
    const start = () =>
      run(
        () => call('budget:importPrices', { mode }),
        (result) => result && setImported(result),
      );
    if (mode === 'merge') return void start();
    modal.confirm({
      title: t('prices.importReplace'),
      content: t('prices.importReplaceConfirm'),
      okText: t('prices.import'),
      cancelText: t('common:cancel'),
      onOk: start,
    });
  }

  const exampleCount = prices.data?.exampleCount ?? 0;
  return (
    <Card
      title={t('prices.title')}
      extra={
        <Space wrap>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="price-new"
            onClick={() => setEditing({ id: null, entry: createPriceDraft() })}
          >
            {t('prices.add')}
          </Button>
          <Dropdown
            menu={{
              items: [
                { key: 'replace', label: t('prices.importReplace') },
                { key: 'merge', label: t('prices.importMerge') },
              ],
              onClick: ({ key }) => importFile(key === 'merge' ? 'merge' : 'replace'),
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="price-import">
              {t('prices.import')} <DownOutlined />
            </Button>
          </Dropdown>
          <Button
            icon={<DownloadOutlined />}
            data-testid="price-export"
            onClick={() =>
              void run(
                () => call('budget:exportPrices', {}),
                (saved) => saved && message.success(t('prices.exported', { file: saved.fileName })),
              )
            }
          >
            {t('prices.export')}
          </Button>
          {exampleCount > 0 ? (
            <Popconfirm
              title={t('prices.removeExamplesConfirm', { count: exampleCount })}
              okText={t('common:delete')}
              cancelText={t('common:cancel')}
              onConfirm={() => void run(() => call('budget:removeExamples', {}))}
            >
              <Button danger data-testid="price-remove-examples">
                {t('prices.removeExamples')}
              </Button>
            </Popconfirm>
          ) : (
            <Button onClick={() => void run(() => call('budget:restoreExamples', {}))}>
              {t('prices.restoreExamples')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('prices.intro')}
        </Typography.Paragraph>
        <ExampleBanner count={exampleCount} showLink={false} />
        <Space>
          <Input.Search
            allowClear
            placeholder={t('prices.search')}
            style={{ width: 280 }}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Select<PriceBasis | null>
            style={{ width: 160 }}
            value={basis}
            onChange={setBasis}
            options={[
              { value: null, label: t('prices.allBases') },
              ...PRICE_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) })),
            ]}
          />
        </Space>
        <Table<PriceEntry>
          data-testid="price-table"
          size="small"
          bordered
          rowKey="id"
          loading={prices.isLoading}
          dataSource={entries}
          pagination={{ pageSize: 100, hideOnSinglePage: true }}
          scroll={{ x: 1400 }}
          locale={{ emptyText: t('prices.empty') }}
          columns={[
            {
              title: t('prices.form.product'),
              key: 'product',
              width: 220,
              render: (_: unknown, e: PriceEntry) => (
                <span>
                  {names.product(e.productId)}
                  {e.isExample && (
                    <Tag color="orange" style={{ marginInlineStart: 6 }}>
                      {t('prices.exampleTag')}
                    </Tag>
                  )}
                </span>
              ),
            },
            {
              title: t('prices.form.edition'),
              key: 'edition',
              width: 130,
              render: (_: unknown, e: PriceEntry) =>
                e.edition === '' ? t('prices.anyEdition') : names.edition(e.productId, e.edition),
            },
            {
              title: t('prices.form.channel'),
              dataIndex: 'channel',
              width: 100,
              render: (c: string) => t(`channel.${c}`),
            },
            {
              title: t('prices.form.basis'),
              dataIndex: 'basis',
              width: 90,
              render: (b: string) => t(`basis.${b}`),
            },
            {
              title: t('prices.form.unitPrice'),
              dataIndex: 'unitPriceFen',
              width: 130,
              align: 'right',
              render: (fen: number) => <Yuan fen={fen} />,
            },
            {
              title: t('prices.form.source'),
              dataIndex: 'source',
              width: 320,
              ellipsis: { showTitle: true },
            },
            { title: t('prices.form.sourceDate'), dataIndex: 'sourceDate', width: 110 },
            { title: t('prices.form.notes'), dataIndex: 'notes', ellipsis: { showTitle: true } },
            {
              key: 'actions',
              width: 90,
              fixed: 'right',
              render: (_: unknown, e: PriceEntry) => (
                <Space size={0}>
                  <Tooltip title={t('common:edit')}>
                    <Button
                      type="text"
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={t('common:edit')}
                      onClick={() => {
                        const { id, isExample, ...entry } = e;
                        setEditing({ id, entry, isExample });
                      }}
                    />
                  </Tooltip>
                  <Popconfirm
                    title={t('prices.deleteConfirm')}
                    okText={t('common:delete')}
                    cancelText={t('common:cancel')}
                    onConfirm={() => void run(() => call('budget:deletePrices', { ids: [e.id] }))}
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
        <Alert type="info" showIcon message={t('prices.basisHelp')} />
      </Flex>
      <PriceEditModal
        initial={editing}
        products={products.data ?? []}
        onSubmit={save}
        onCancel={() => setEditing(null)}
      />
      <ImportResultModal result={imported} onClose={() => setImported(null)} />
    </Card>
  );
}
