import { Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAM_KINDS } from '../../../../shared/capture/captured';
import type { CaptureHiddenView } from '../../../../shared/contract';

/** The entries kept out of the software ledger (patches, drivers, runtimes, libraries, repeats). */
export function HiddenPrograms({ programs }: { programs: CaptureHiddenView[] }) {
  const { t } = useTranslation('capture');
  // The same name may be listed twice (32- and 64-bit keys), so rows are keyed by position.
  const rows = useMemo(() => programs.map((program, index) => ({ ...program, row: index })), [programs]);
  return (
    <Table<CaptureHiddenView & { row: number }>
      size="small"
      rowKey="row"
      dataSource={rows}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      columns={[
        { key: 'name', title: t('detail.name'), dataIndex: 'name' },
        { key: 'version', title: t('detail.version'), dataIndex: 'version', width: 160 },
        { key: 'publisher', title: t('detail.publisher'), dataIndex: 'publisher', width: 200 },
        {
          key: 'kind',
          title: t('detail.kind'),
          width: 160,
          filters: PROGRAM_KINDS.map((kind) => ({ text: t(`kinds.${kind}`), value: kind })),
          onFilter: (value, row) => row.kind === value,
          render: (_, row) => (
            <>
              <Tag>{t(`kinds.${row.kind}`)}</Tag>
              {row.isDuplicate && <Tag color="purple">{t('detail.duplicate')}</Tag>}
            </>
          ),
        },
      ]}
    />
  );
}
