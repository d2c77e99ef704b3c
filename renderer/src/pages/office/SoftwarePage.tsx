import { Button, Card, Flex, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, STATUSES } from '../../../../shared/model';
import { INSTALL_ISSUES, type InstallFilter, type SoftwareRow } from '../../../../shared/office/views';
import { InstallTable } from '../../components/office/InstallTable';
import { MachineDrawer } from '../../components/office/MachineDrawer';
import { MapNameModal } from '../../components/office/MapNameModal';
import { UnknownNamesTable } from '../../components/office/UnknownNamesTable';
import { takeDrillDown } from '../../hooks/office/drill-down';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useWindowHeight } from '../../hooks/office/use-window-height';

type Tab = 'products' | 'installs' | 'unknown';

function withoutProduct(filter: InstallFilter): InstallFilter {
  const next = { ...filter };
  delete next.productId;
  delete next.rawName;
  return next;
}

/** 软件: software by product across machines, the installs behind each figure, and unknown names. */
export function SoftwarePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const height = useWindowHeight();
  const [initial] = useState(() => takeDrillDown('office/software'));
  const [tab, setTab] = useState<Tab>(initial ? ('tab' in initial ? 'unknown' : 'installs') : 'products');
  const [filter, setFilter] = useState<InstallFilter>(initial && 'filter' in initial ? initial.filter : {});
  const [openId, setOpenId] = useState<string | null>(null);
  const [mapping, setMapping] = useState<string | null>(null);
  const software = useOfficeQuery('software:list', {});
  const installs = useOfficeQuery('installs:query', { filter });
  const catalog = useOfficeQuery('catalog:list', {});
  const images = useOfficeQuery('images:list', {});

  const productLabel = useMemo(() => {
    if (filter.productId) {
      const row = software.data?.rows.find((r) => r.productId === filter.productId);
      return pickName(row?.name, lang) || filter.productId;
    }
    return filter.rawName ?? null;
  }, [filter, software.data, lang]);

  const showProduct = (row: SoftwareRow) => {
    setFilter(row.productId ? { productId: row.productId } : { rawName: row.rawName });
    setTab('installs');
  };
  const setField = <K extends keyof InstallFilter>(key: K, value: InstallFilter[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined) delete next[key];
    else next[key] = value;
    setFilter(next);
  };

  const productsTab = (
    <Table<SoftwareRow>
      data-testid="software-table"
      size="small"
      rowKey="key"
      virtual
      pagination={false}
      loading={software.isLoading}
      scroll={{ y: Math.max(240, height - 300) }}
      dataSource={software.data?.rows ?? []}
      onRow={(r) => ({ onClick: () => showProduct(r), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('software:field.product'),
          key: 'name',
          render: (_: unknown, r: SoftwareRow) => (
            <Space size={4}>
              {pickName(r.name, lang) || r.rawName}
              {r.productId === null && <Tag>{t('software:unknownProduct')}</Tag>}
              {r.domestic && <Tag color="blue">{t('software:domestic')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('software:field.category'),
          dataIndex: 'category',
          width: 110,
          render: (c: string) => t(`software:category.${c}`),
        },
        { title: t('software:field.installs'), dataIndex: 'installs', width: 90, align: 'right' },
        { title: t('software:field.machines'), dataIndex: 'machines', width: 90, align: 'right' },
        { title: t('software:status.genuine'), dataIndex: 'genuine', width: 90, align: 'right' },
        {
          title: t('software:status.not_genuine'),
          dataIndex: 'notGenuine',
          width: 90,
          align: 'right',
          render: (n: number) => <Typography.Text type={n > 0 ? 'danger' : undefined}>{n}</Typography.Text>,
        },
        {
          title: t('software:status.to_verify'),
          dataIndex: 'toVerify',
          width: 90,
          align: 'right',
          render: (n: number) => <Typography.Text type={n > 0 ? 'warning' : undefined}>{n}</Typography.Text>,
        },
      ]}
    />
  );

  const installsTab = (
    <Flex vertical gap={8}>
      <Space wrap data-testid="install-filter">
        {productLabel && (
          <Tag closable color="blue" onClose={() => setFilter(withoutProduct)}>
            {productLabel}
          </Tag>
        )}
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('software:field.status')}
          value={filter.status}
          onChange={(v) => setField('status', v)}
          options={STATUSES.map((s) => ({ value: s, label: t(`software:status.${s}`) }))}
        />
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('software:field.category')}
          value={filter.category}
          onChange={(v) => setField('category', v)}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`software:category.${c}`) }))}
        />
        <Select
          allowClear
          style={{ width: 170 }}
          placeholder={t('software:field.issue')}
          value={filter.issue}
          onChange={(v) => setField('issue', v)}
          options={INSTALL_ISSUES.map((i) => ({ value: i, label: t(`software:issue.${i}`) }))}
          data-testid="install-filter-issue"
        />
        <Button onClick={() => setFilter({})}>{t('software:installs.clear')}</Button>
        <Typography.Text type="secondary" data-testid="install-count">
          {t('software:installs.count', { count: installs.data?.length ?? 0 })}
        </Typography.Text>
      </Space>
      <InstallTable
        rows={installs.data ?? []}
        height={Math.max(240, height - 340)}
        isLoading={installs.isLoading}
        onOpenMachine={setOpenId}
      />
    </Flex>
  );

  return (
    <Card title={t('software:title')} styles={{ body: { paddingTop: 0 } }}>
      <Tabs
        activeKey={tab}
        // The tab keys are the three written below.
        onChange={(k) => setTab(k as Tab)}
        items={[
          { key: 'products', label: t('software:tabs.products'), children: productsTab },
          { key: 'installs', label: t('software:tabs.installs'), children: installsTab },
          {
            key: 'unknown',
            label: t('software:tabs.unknown', { count: software.data?.unknown.length ?? 0 }),
            children: (
              <UnknownNamesTable
                rows={software.data?.unknown ?? []}
                isLoading={software.isLoading}
                onMap={setMapping}
              />
            ),
          },
        ]}
      />
      <MachineDrawer
        machineId={openId}
        images={images.data ?? []}
        onClose={(hasChanged) => {
          setOpenId(null);
          if (hasChanged) void Promise.all([software.reload(), installs.reload()]);
        }}
      />
      <MapNameModal
        rawName={mapping}
        catalog={catalog.data ?? []}
        onDone={() => {
          setMapping(null);
          void Promise.all([software.reload(), installs.reload()]);
        }}
        onCancel={() => setMapping(null)}
      />
    </Card>
  );
}
