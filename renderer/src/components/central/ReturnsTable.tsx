import { Table, type TableColumnsType } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnListItem } from '../../../../shared/contract';

/** Sum of the columns' widths: the virtual table needs a fixed width to lay rows out. */
const WIDTH = 1040;

/**
 * The returns of a period in virtual rows: only those in view are in the page, so a province's
 * thousand units scroll and sort as quickly as a county's seventy.
 */
export const ReturnsTable = memo(function ReturnsTable({
  rows,
  columns,
  height,
  isFiltered,
}: {
  rows: readonly ReturnListItem[];
  columns: TableColumnsType<ReturnListItem>;
  height: number;
  isFiltered: boolean;
}) {
  const { t } = useTranslation('central');
  return (
    <Table<ReturnListItem>
      size="small"
      rowKey="sha"
      virtual
      pagination={false}
      scroll={{ x: WIDTH, y: height }}
      dataSource={rows}
      columns={columns}
      locale={isFiltered ? { emptyText: t('returns.noMatch') } : undefined}
      data-testid="returns-table"
    />
  );
});
