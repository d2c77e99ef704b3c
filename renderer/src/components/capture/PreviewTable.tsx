import { Checkbox, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaptureEntrySummary, CapturePreview } from '../../../../shared/contract';
import { EntryDetail } from './EntryDetail';
import { EntryMatch } from './EntryMatch';

export interface EntryChoice {
  include: boolean;
  assetNo: string;
}

interface Props {
  preview: CapturePreview;
  choices: Record<string, EntryChoice>;
  onChange(key: string, choice: EntryChoice): void;
}

/** Sum of an entry's hidden entries over all kinds. */
export function countHidden(entry: CaptureEntrySummary): number {
  return Object.values(entry.hidden).reduce((sum, n) => sum + n, 0);
}

/** Each captured computer: take it or not, new or which machine it updates, its programs and verdicts. */
export function PreviewTable({ preview, choices, onChange }: Props) {
  const { t } = useTranslation('capture');
  const choiceOf = (entry: CaptureEntrySummary): EntryChoice =>
    choices[entry.key] ?? { include: true, assetNo: entry.machine.assetNo };

  return (
    <Table<CaptureEntrySummary>
      rowKey="key"
      size="small"
      dataSource={preview.entries}
      pagination={preview.entries.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      expandable={{
        expandedRowRender: (entry) => <EntryDetail previewId={preview.id} entry={entry} />,
        defaultExpandedRowKeys: preview.entries.length === 1 ? [preview.entries[0]?.key ?? ''] : [],
      }}
      data-testid="capture-preview-table"
      columns={[
        {
          key: 'include',
          width: 48,
          title: t('preview.include'),
          render: (_, entry) => (
            <Checkbox
              checked={choiceOf(entry).include}
              onChange={(e) => onChange(entry.key, { ...choiceOf(entry), include: e.target.checked })}
              data-testid={`capture-include-${entry.key}`}
            />
          ),
        },
        {
          key: 'computer',
          title: t('preview.computer'),
          render: (_, entry) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{entry.machine.hostname || t('preview.noHostname')}</Typography.Text>
              <Typography.Text type="secondary">
                {[entry.machine.brand, entry.machine.model].filter(Boolean).join(' ')}
              </Typography.Text>
              {entry.machine.serial !== '' && (
                <Typography.Text type="secondary">
                  {t('preview.serial', { serial: entry.machine.serial })}
                </Typography.Text>
              )}
              {entry.os && <Typography.Text>{entry.os.name}</Typography.Text>}
            </Space>
          ),
        },
        {
          key: 'source',
          title: t('preview.source'),
          render: (_, entry) => (
            <Space direction="vertical" size={0}>
              {entry.sources.map((source) => (
                <Tag key={source}>{t(`sources.${source}`)}</Tag>
              ))}
              {entry.files.map((file) => (
                <Typography.Text key={file} type="secondary" style={{ fontSize: 12 }}>
                  {file}
                </Typography.Text>
              ))}
            </Space>
          ),
        },
        {
          key: 'action',
          title: t('preview.action'),
          render: (_, entry) => (
            <EntryMatch
              entry={entry}
              assetNo={choiceOf(entry).assetNo}
              onAssetNo={(assetNo) => onChange(entry.key, { ...choiceOf(entry), assetNo })}
            />
          ),
        },
        {
          key: 'programs',
          title: t('preview.programs'),
          render: (_, entry) => {
            const total = entry.installs.added + entry.installs.updated + entry.installs.unchanged;
            return (
              <Space direction="vertical" size={0} data-testid={`capture-programs-${entry.key}`}>
                <Typography.Text>
                  {t('preview.installCounts', {
                    total,
                    added: entry.installs.added,
                    updated: entry.installs.updated,
                  })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('preview.hiddenCount', { count: countHidden(entry), duplicates: entry.duplicates })}
                </Typography.Text>
                {entry.keptInstalls > 0 && (
                  <Typography.Text type="secondary">
                    {t('preview.kept', { count: entry.keptInstalls })}
                  </Typography.Text>
                )}
              </Space>
            );
          },
        },
        {
          key: 'verdicts',
          title: t('preview.verdicts'),
          render: (_, entry) => (
            <Space size={4} wrap>
              {entry.verdicts.genuine > 0 && (
                <Tag color="green">{t('preview.genuine', { count: entry.verdicts.genuine })}</Tag>
              )}
              {entry.verdicts.not_genuine > 0 && (
                <Tag color="red">{t('preview.notGenuine', { count: entry.verdicts.not_genuine })}</Tag>
              )}
              {entry.verdicts.to_verify > 0 && (
                <Tag color="orange">{t('preview.toVerify', { count: entry.verdicts.to_verify })}</Tag>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
