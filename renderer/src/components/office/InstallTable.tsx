import { Table, Tag, Tooltip } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstallRow } from '../../../../shared/office/views';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { renderMessage } from '../../i18n';
import { VerdictTag } from './VerdictTag';

export interface InstallTableProps {
  rows: InstallRow[];
  height: number;
  isLoading: boolean;
  onOpenMachine(machineId: string): void;
}

/** Installs across machines (a product's, or the ones behind an overview figure), virtual rows. */
export const InstallTable = memo(function InstallTable({
  rows,
  height,
  isLoading,
  onOpenMachine,
}: InstallTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns = useMemo(
    () => [
      { title: t('machines:field.assetNo'), dataIndex: 'assetNo', width: 110 },
      { title: t('machines:field.user'), dataIndex: 'user', width: 80 },
      { title: t('machines:field.department'), dataIndex: 'department', width: 110 },
      {
        title: t('software:field.product'),
        key: 'product',
        width: 190,
        render: (_: unknown, r: InstallRow) => pickName(r.productName, lang) || r.rawName,
      },
      {
        title: t('software:field.edition'),
        key: 'edition',
        width: 100,
        render: (_: unknown, r: InstallRow) => pickName(r.editionName, lang) || r.edition,
      },
      {
        title: t('software:field.channel'),
        dataIndex: 'channel',
        width: 100,
        render: (c: string) => t(`software:channel.${c}`),
      },
      {
        title: t('software:field.status'),
        dataIndex: 'status',
        width: 130,
        render: (_: unknown, r: InstallRow) => (
          <>
            <VerdictTag status={r.status} />
            {r.isOverDeployed && <Tag color="red">{t('software:overDeployed')}</Tag>}
          </>
        ),
      },
      {
        title: t('software:field.reason'),
        key: 'reason',
        width: 330,
        ellipsis: { showTitle: false },
        render: (_: unknown, r: InstallRow) => {
          const text = r.reasons.map(renderMessage).join(' ');
          return (
            <Tooltip title={text} placement="topLeft">
              <span>{text}</span>
            </Tooltip>
          );
        },
      },
    ],
    [t, lang],
  );
  return (
    <Table<InstallRow>
      data-testid="install-table"
      size="small"
      rowKey="id"
      virtual
      bordered
      loading={isLoading}
      pagination={false}
      scroll={{ x: 1150, y: height }}
      dataSource={rows}
      columns={columns}
      onRow={(r) => ({ onClick: () => onOpenMachine(r.machineId), style: { cursor: 'pointer' } })}
      locale={{ emptyText: t('software:installs.empty') }}
    />
  );
});
