import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Flex,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Product, searchProducts } from '../../../../shared/catalog';
import { CATEGORIES, type Category } from '../../../../shared/model';
import type { CatalogEntry } from '../../../../shared/office/views';
import { call } from '../../api/client';
import { MapNameModal } from '../../components/office/MapNameModal';
import { createUserProduct, ProductFormModal } from '../../components/office/ProductFormModal';
import { UnknownNamesTable } from '../../components/office/UnknownNamesTable';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useShortcut } from '../../hooks/office/use-shortcut';
import { useCallError } from '../../hooks/use-call-error';

type Editing = { product: Product; isNew: boolean } | null;

function stripEntry(entry: CatalogEntry): Product {
  const { isUserOwned: _owned, installs: _installs, ...product } = entry;
  return product;
}

/** 目录: built-in and user products; user edits survive catalog updates; unknown names to map. */
export function CatalogPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const catalog = useOfficeQuery('catalog:list', {});
  const software = useOfficeQuery('software:list', {});
  const [text, setText] = useState('');
  const [category, setCategory] = useState<Category | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [mapping, setMapping] = useState<string | null>(null);

  const rows = useMemo(() => {
    const all = catalog.data ?? [];
    const byId = new Map(all.map((p) => [p.id, p]));
    const found = text.trim()
      ? searchProducts(text, all, lang, all.length).flatMap((p) => byId.get(p.id) ?? [])
      : all;
    return category ? found.filter((p) => p.category === category) : found;
  }, [catalog.data, text, category, lang]);

  const openNew = () => setEditing({ product: createUserProduct(), isNew: true });
  useShortcut('Alt+N', openNew, editing === null && mapping === null);

  const reload = () => Promise.all([catalog.reload(), software.reload()]);
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      message.success(t('common:saved'));
      await reload();
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  }

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('office:catalog.title')}
        extra={
          <Tooltip title="Alt+N">
            <Button type="primary" icon={<PlusOutlined />} onClick={openNew} data-testid="product-new">
              {t('office:catalog.new')}
            </Button>
          </Tooltip>
        }
      >
        <Space style={{ marginBottom: 8 }}>
          <Input
            autoFocus
            allowClear
            prefix={<SearchOutlined />}
            style={{ width: 280 }}
            placeholder={t('office:catalog.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="catalog-search"
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('software:field.category')}
            value={category}
            onChange={(v) => setCategory(v ?? null)}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`software:category.${c}`) }))}
          />
        </Space>
        <Table<CatalogEntry>
          data-testid="catalog-table"
          size="small"
          rowKey="id"
          virtual
          loading={catalog.isLoading}
          pagination={false}
          scroll={{ y: 420 }}
          dataSource={rows}
          columns={[
            {
              title: t('office:catalog.name'),
              key: 'name',
              render: (_: unknown, p: CatalogEntry) => pickName(p.name, lang),
            },
            { title: t('office:catalog.publisher'), dataIndex: 'publisher', width: 220, ellipsis: true },
            {
              title: t('software:field.category'),
              dataIndex: 'category',
              width: 100,
              render: (c: string) => t(`software:category.${c}`),
            },
            {
              title: t('office:catalog.free'),
              dataIndex: 'freeForInstitutions',
              width: 120,
              render: (f: string) => t(`office:catalog.freeValue.${f}`),
            },
            { title: t('software:field.installs'), dataIndex: 'installs', width: 80, align: 'right' },
            {
              title: t('office:catalog.source'),
              key: 'source',
              width: 110,
              render: (_: unknown, p: CatalogEntry) =>
                !p.isBuiltin ? (
                  <Tag color="blue">{t('office:catalog.user')}</Tag>
                ) : p.isUserEdited ? (
                  <Tag color="orange">{t('office:catalog.edited')}</Tag>
                ) : (
                  <Tag>{t('office:catalog.builtin')}</Tag>
                ),
            },
            {
              key: 'actions',
              width: 160,
              render: (_: unknown, p: CatalogEntry) => (
                <Space size={0}>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setEditing({ product: stripEntry(p), isNew: false })}
                  >
                    {t('common:edit')}
                  </Button>
                  {p.isBuiltin && p.isUserEdited && (
                    <Popconfirm
                      title={t('office:catalog.resetConfirm')}
                      onConfirm={() => void run(() => call('catalog:reset', { id: p.id }))}
                    >
                      <Button size="small" type="link">
                        {t('office:catalog.reset')}
                      </Button>
                    </Popconfirm>
                  )}
                  {!p.isBuiltin && (
                    <Popconfirm
                      title={t('office:catalog.removeConfirm')}
                      onConfirm={() => void run(() => call('catalog:remove', { id: p.id }))}
                    >
                      <Button size="small" type="link" danger>
                        {t('common:delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('office:catalog.unknownTitle')}>
        <UnknownNamesTable
          rows={software.data?.unknown ?? []}
          isLoading={software.isLoading}
          onMap={setMapping}
        />
      </Card>
      <ProductFormModal
        product={editing?.product ?? null}
        isNew={editing?.isNew ?? false}
        onSubmit={async (product) => {
          if (await run(() => call('catalog:save', { product }))) setEditing(null);
        }}
        onCancel={() => setEditing(null)}
      />
      <MapNameModal
        rawName={mapping}
        catalog={catalog.data ?? []}
        onDone={() => {
          setMapping(null);
          void reload();
        }}
        onCancel={() => setMapping(null)}
      />
    </Flex>
  );
}
