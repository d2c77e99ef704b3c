import { Alert, App as AntApp, Button, Card, Descriptions, List, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnPreview } from '../../../../shared/contract';
import { CATEGORIES } from '../../../../shared/model';
import { call } from '../../api/client';
import { useCallError } from '../../hooks/use-call-error';
import { renderMessage } from '../../i18n';

const COLUMNS = ['installed', 'genuine', 'notGenuine', 'toVerify', 'needed'] as const;

/** Checks the return file as the city office will read it, previews the summary form, exports. */
export function ExportPage() {
  const { t } = useTranslation('returnFile');
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [preview, setPreview] = useState<ReturnPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => call('returns:preview', {}).then(setPreview, showError), [showError]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function exportFile() {
    setBusy(true);
    try {
      const done = await call('returns:export', {});
      if (done) {
        const size = `${(done.bytes / 1024).toFixed(0)} KB`;
        message.success(t('export.exported', { path: done.path, size, digest: done.digest.slice(0, 12) }), 8);
      }
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }

  if (!preview) return null;
  const rows = [
    ...CATEGORIES.map((c) => ({
      key: c,
      label: t(`export.categories.${c}`),
      ...preview.summary.byCategory[c],
    })),
    {
      key: 'total',
      label: t('export.categories.total'),
      ...Object.fromEntries(
        COLUMNS.map((col) => [
          col,
          CATEGORIES.reduce((sum, c) => sum + preview.summary.byCategory[c][col], 0),
        ]),
      ),
    },
  ];
  const errors = preview.issues.filter((i) => i.severity === 'error');

  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 1000 }}>
      <Card
        title={t('export.title')}
        extra={
          <Space>
            <Button onClick={() => void refresh()}>{t('export.refresh')}</Button>
            <Button
              type="primary"
              disabled={!preview.canExport}
              loading={busy}
              onClick={exportFile}
              data-testid="export-return"
            >
              {t('export.export')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('export.intro')}</Typography.Paragraph>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('export.fileName')}>{preview.fileName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('export.package')}>
            {preview.packageId || t('export.noPackage')}
          </Descriptions.Item>
          <Descriptions.Item label={t('export.computers')}>
            {t('export.counts', preview.counts)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('export.problems')} data-testid="export-problems">
        {preview.issues.length === 0 ? (
          <Alert type="success" showIcon title={t('export.noProblems')} />
        ) : (
          <List
            size="small"
            dataSource={preview.issues}
            renderItem={(issue) => (
              <List.Item>
                <Typography.Text type={issue.severity === 'error' ? 'danger' : 'warning'}>
                  {issue.sheet
                    ? `${t('export.where', { sheet: issue.sheet, row: issue.row ?? '', column: issue.column ?? '' })}：`
                    : ''}
                  {renderMessage(issue.message)}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
        {errors.length > 0 && (
          <Alert style={{ marginTop: 12 }} type="error" showIcon title={t('export.hasErrors')} />
        )}
      </Card>
      <Card title={t('export.preview')}>
        <Typography.Paragraph>
          {t('export.computers')}：<strong data-testid="export-computers">{preview.summary.computers}</strong>
          　{t('export.genuineRate')}：
          <strong>
            {preview.summary.genuineRate === null
              ? '—'
              : `${(preview.summary.genuineRate * 100).toFixed(1)}%`}
          </strong>
        </Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={rows}
          columns={[
            { title: t('export.category'), dataIndex: 'label' },
            ...COLUMNS.map((col) => ({
              title: t(`export.columns.${col}`),
              dataIndex: col,
              align: 'right' as const,
            })),
          ]}
        />
        {preview.budget.length > 0 && (
          <>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('export.budget')}
            </Typography.Title>
            <Table
              size="small"
              pagination={false}
              rowKey={(r) => `${r.scenario}-${r.category}`}
              dataSource={preview.budget}
              columns={[
                { title: t('export.scenario'), dataIndex: 'scenario' },
                {
                  title: t('export.category'),
                  dataIndex: 'category',
                  render: (c: string) => t(`export.categories.${c}`),
                },
                {
                  title: t('export.amount'),
                  dataIndex: 'amountFen',
                  align: 'right',
                  render: (f: number) => (f / 1_000_000).toFixed(2),
                },
              ]}
            />
          </>
        )}
      </Card>
    </Space>
  );
}
