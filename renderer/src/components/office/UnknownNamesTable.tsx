import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnknownName } from '../../../../shared/office/views';

export interface UnknownNamesTableProps {
  rows: UnknownName[];
  isLoading: boolean;
  onMap(rawName: string): void;
}

/** Raw installed names the catalog does not know, most frequent first, each with "map to a product". */
export function UnknownNamesTable({ rows, isLoading, onMap }: UnknownNamesTableProps) {
  const { t } = useTranslation();
  return (
    <Table<UnknownName>
      data-testid="unknown-names"
      size="small"
      rowKey="rawName"
      loading={isLoading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      dataSource={rows}
      locale={{ emptyText: t('software:unknown.empty') }}
      columns={[
        { title: t('software:unknown.rawName'), dataIndex: 'rawName' },
        { title: t('software:field.installs'), dataIndex: 'installs', width: 90, align: 'right' },
        { title: t('software:field.machines'), dataIndex: 'machines', width: 90, align: 'right' },
        {
          title: t('software:unknown.samples'),
          dataIndex: 'sampleAssetNos',
          width: 240,
          render: (list: string[]) => list.join('、'),
        },
        {
          key: 'map',
          width: 130,
          render: (_: unknown, r: UnknownName) => (
            <Button size="small" type="link" onClick={() => onMap(r.rawName)}>
              {t('software:unknown.map')}
            </Button>
          ),
        },
      ]}
    />
  );
}
