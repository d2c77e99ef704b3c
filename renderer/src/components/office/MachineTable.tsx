import { CopyOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Space, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MachineSort, MachineSortKey } from '../../../../shared/office/machine-query';
import type { MachineRow } from '../../../../shared/office/machine-row';

export interface MachineTableProps {
  rows: MachineRow[];
  /** True when the ledger has machines but the filters hide them all. */
  isFiltered: boolean;
  height: number;
  selectedIds: string[];
  sort: MachineSort | null;
  onSelect(ids: string[]): void;
  onSort(sort: MachineSort | null): void;
  onOpen(row: MachineRow): void;
  onEdit(row: MachineRow): void;
  onCopy(row: MachineRow): void;
}

/** Install counts by verdict, non-zero ones only, so a clean machine reads at a glance. */
function InstallCounts({ row }: { row: MachineRow }) {
  const { t } = useTranslation();
  if (row.installCount === 0) return <Tag>{t('machines:table.noInstalls')}</Tag>;
  return (
    <Space size={2}>
      <span>{row.installCount}</span>
      {row.notGenuineCount > 0 && (
        <Tooltip title={t('software:status.not_genuine')}>
          <Tag color="red">{row.notGenuineCount}</Tag>
        </Tooltip>
      )}
      {row.toVerifyCount > 0 && (
        <Tooltip title={t('software:status.to_verify')}>
          <Tag color="orange">{row.toVerifyCount}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}

/** The machine ledger table: virtual rows, sortable columns, multi-select, a click opens the drawer. */
export const MachineTable = memo(function MachineTable(props: MachineTableProps) {
  const { t } = useTranslation();
  const { sort, onEdit, onCopy } = props;
  const columns = useMemo((): TableColumnsType<MachineRow> => {
    const sortable = (key: MachineSortKey) => ({
      key,
      sorter: true,
      sortOrder: sort?.key === key ? sort.order : null,
    });
    return [
      {
        title: t('machines:field.assetNo'),
        dataIndex: 'assetNo',
        width: 130,
        fixed: 'left',
        ...sortable('assetNo'),
      },
      { title: t('machines:field.user'), dataIndex: 'user', width: 100, ...sortable('user') },
      {
        title: t('machines:field.department'),
        dataIndex: 'department',
        width: 140,
        ...sortable('department'),
      },
      {
        title: t('machines:field.installs'),
        key: 'installCount',
        width: 130,
        render: (_: unknown, r: MachineRow) => <InstallCounts row={r} />,
        sorter: true,
        sortOrder: sort?.key === 'installCount' ? sort.order : null,
      },
      {
        title: t('machines:field.type'),
        dataIndex: 'type',
        width: 90,
        render: (v: string) => t(`machines:type.${v}`),
        ...sortable('type'),
      },
      {
        title: t('machines:field.brandModel'),
        key: 'brand',
        width: 180,
        render: (_: unknown, r: MachineRow) => [r.brand, r.model].filter(Boolean).join(' '),
        sorter: true,
        sortOrder: sort?.key === 'brand' ? sort.order : null,
      },
      { title: t('machines:field.serial'), dataIndex: 'serial', width: 140, ...sortable('serial') },
      {
        title: t('machines:field.arch'),
        dataIndex: 'arch',
        width: 110,
        render: (v: string) => t(`machines:arch.${v}`),
        ...sortable('arch'),
      },
      {
        title: t('machines:field.zone'),
        dataIndex: 'zone',
        width: 100,
        render: (v: string) => t(`machines:zone.${v}`),
        ...sortable('zone'),
      },
      {
        title: t('machines:field.purchaseDate'),
        dataIndex: 'purchaseDate',
        width: 110,
        ...sortable('purchaseDate'),
      },
      {
        title: t('machines:field.status'),
        dataIndex: 'status',
        width: 80,
        render: (v: string) => t(`machines:status.${v}`),
        ...sortable('status'),
      },
      {
        title: t('machines:table.actions'),
        key: 'actions',
        width: 90,
        fixed: 'right',
        render: (_: unknown, r: MachineRow) => (
          <Space size={0}>
            <Tooltip title={t('common:edit')}>
              <Button
                type="text"
                size="small"
                icon={<EditOutlined />}
                aria-label={t('common:edit')}
                data-testid={`machine-edit-${r.assetNo}`}
                onClick={(e) => {
                  e.stopPropagation();
                  onEdit(r);
                }}
              />
            </Tooltip>
            <Tooltip title={t('machines:action.copy')}>
              <Button
                type="text"
                size="small"
                icon={<CopyOutlined />}
                aria-label={t('machines:action.copy')}
                data-testid={`machine-copy-${r.assetNo}`}
                onClick={(e) => {
                  e.stopPropagation();
                  onCopy(r);
                }}
              />
            </Tooltip>
          </Space>
        ),
      },
    ];
  }, [t, sort, onEdit, onCopy]);

  const { onSelect, onSort, onOpen } = props;
  return (
    <Table<MachineRow>
      data-testid="machine-table"
      size="small"
      rowKey="id"
      virtual
      bordered
      pagination={false}
      scroll={{ x: 1310, y: props.height }}
      dataSource={props.rows}
      columns={columns}
      rowSelection={{
        selectedRowKeys: props.selectedIds,
        onChange: (keys) => onSelect(keys.map(String)),
        columnWidth: 40,
        fixed: 'left',
      }}
      onRow={(row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' } })}
      onChange={(_pagination, _filters, sorter) => {
        const one: SorterResult<MachineRow> | undefined = Array.isArray(sorter) ? sorter[0] : sorter;
        if (!one?.order || typeof one.columnKey !== 'string') onSort(null);
        // Only the sortable columns above carry a sorter, and their keys are sort keys.
        else onSort({ key: one.columnKey as MachineSortKey, order: one.order });
      }}
      locale={{ emptyText: props.isFiltered ? t('machines:table.noMatch') : t('machines:table.empty') }}
    />
  );
});
