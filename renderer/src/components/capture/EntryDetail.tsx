import { Collapse, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CaptureEntryDetail,
  CaptureEntrySummary,
  CaptureInstallView,
} from '../../../../shared/contract';
import { call } from '../../api/client';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { useCallError } from '../../hooks/use-call-error';
import { renderMessage } from '../../i18n';
import { VerdictTag } from '../office/VerdictTag';
import { HiddenPrograms } from './HiddenPrograms';

const CHANGE_COLORS = { add: 'blue', update: 'gold', same: 'default' } as const;

/** An expanded preview row: field changes, every install with its verdict, and the hidden entries. */
export function EntryDetail({ previewId, entry }: { previewId: string; entry: CaptureEntrySummary }) {
  const { t } = useTranslation('capture');
  const lang = useLang();
  const showError = useCallError();
  const [detail, setDetail] = useState<CaptureEntryDetail | null>(null);

  useEffect(() => {
    let isCurrent = true;
    call('capture:entry', { previewId, key: entry.key }).then((value) => {
      if (isCurrent) setDetail(value);
    }, showError);
    return () => {
      isCurrent = false;
    };
  }, [previewId, entry.key, showError]);

  // Architecture and chassis are stored as codes; show them as the ledger names them.
  const showValue = (field: string, value: string) =>
    value === ''
      ? t('detail.empty')
      : field === 'arch' || field === 'type'
        ? t(`machines:${field}.${value}`)
        : value;

  if (!detail) return <Spin size="small" />;
  const hiddenTotal = detail.hidden.length;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`capture-detail-${entry.key}`}>
      {entry.changes.length > 0 && (
        <Typography.Text>
          {t('detail.changes')}{' '}
          {entry.changes.map((change) => (
            <Tag key={change.field}>
              {t('detail.change', {
                field: t(`fields.${change.field}`),
                before: showValue(change.field, change.before),
                after: showValue(change.field, change.after),
              })}
            </Tag>
          ))}
        </Typography.Text>
      )}
      <Table<CaptureInstallView>
        size="small"
        rowKey={(row) => `${row.productId ?? ''}|${row.rawName}|${row.edition}`}
        dataSource={detail.installs}
        pagination={detail.installs.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        data-testid={`capture-installs-${entry.key}`}
        columns={[
          {
            key: 'name',
            title: t('detail.name'),
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Text>{pickName(row.productName, lang) || row.rawName}</Typography.Text>
                {row.productName && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.rawName}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { key: 'version', title: t('detail.version'), dataIndex: 'version', width: 140 },
          {
            key: 'category',
            title: t('detail.category'),
            width: 120,
            render: (_, row) => t(`software:category.${row.category}`),
          },
          {
            key: 'licence',
            title: t('detail.licence'),
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Text>{t(`software:channel.${row.channel}`)}</Typography.Text>
                {row.activation !== 'unknown' && (
                  <Typography.Text type="secondary">
                    {t(`software:activation.${row.activation}`)}
                  </Typography.Text>
                )}
                {row.kmsHost !== '' && (
                  <Typography.Text type="secondary">
                    {t('detail.kmsHost', { host: row.kmsHost })}
                  </Typography.Text>
                )}
                {row.productIdOem === true && (
                  <Typography.Text type="secondary">{t('detail.oemProductId')}</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            key: 'status',
            title: t('detail.status'),
            width: 100,
            render: (_, row) => (
              <Tooltip title={row.reasons.map((reason) => renderMessage(reason)).join(' ')}>
                <span>
                  <VerdictTag status={row.status} />
                </span>
              </Tooltip>
            ),
          },
          {
            key: 'change',
            title: t('detail.changeColumn'),
            width: 90,
            render: (_, row) => (
              <Tag color={CHANGE_COLORS[row.change]}>{t(`detail.changeKind.${row.change}`)}</Tag>
            ),
          },
        ]}
      />
      {hiddenTotal > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'hidden',
              label: t('detail.hiddenTitle', { count: hiddenTotal }),
              children: <HiddenPrograms programs={detail.hidden} />,
            },
          ]}
          data-testid={`capture-hidden-${entry.key}`}
        />
      )}
    </Space>
  );
}
