import { Alert, Button, Card, Flex, Progress, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileResult, ImportView } from '../../../../shared/contract';
import { call, onEvent } from '../../api/client';
import { FileStatusTag } from '../../components/central/FileStatusTag';
import { IssueText, issueKey } from '../../components/central/IssueText';
import { PeriodBar } from '../../components/central/PeriodBar';
import { useCentralOverview } from '../../components/central/use-central-overview';
import { useCallError } from '../../hooks/use-call-error';
import { renderMessage } from '../../i18n';

type Filter = 'all' | FileResult['status'];

/** 导入: many return files or a folder at once, with progress and each file's result and reasons. */
export function ImportPage() {
  const { t } = useTranslation('central');
  const showError = useCallError();
  const { overview, choose, refresh } = useCentralOverview();
  const [batch, setBatch] = useState<ImportView | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; label: string } | null>(null);
  const [filter, setFilter] = useState<Filter>('all');

  useEffect(() => {
    call('central:lastImport', {}).then(setBatch, showError);
    return onEvent('progress', (p) => {
      if (p.task === 'central-import') setProgress({ done: p.done, total: p.total, label: p.label });
    });
  }, [showError]);

  if (!overview) return null;
  const period = overview.period;

  async function start(source: 'files' | 'folder') {
    if (!period) return;
    setProgress({ done: 0, total: 0, label: '' });
    try {
      const result = await call('central:import', { period, source });
      if (result) {
        setBatch(result);
        setFilter('all');
        refresh();
      }
    } catch (error) {
      showError(error);
    } finally {
      setProgress(null);
    }
  }

  const results = (batch?.results ?? []).filter((r) => filter === 'all' || r.status === filter);
  const c = batch?.counts;
  return (
    <Flex vertical gap={16} data-testid="import-page">
      <PeriodBar overview={overview} onChoose={choose} />
      {!period ? (
        <Alert type="info" showIcon title={t('import.choosePeriod')} />
      ) : (
        <Card title={t('import.title', { period })}>
          <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
          <Space>
            <Button
              type="primary"
              onClick={() => start('files')}
              disabled={progress !== null}
              data-testid="import-files"
            >
              {t('import.chooseFiles')}
            </Button>
            <Button onClick={() => start('folder')} disabled={progress !== null} data-testid="import-folder">
              {t('import.chooseFolder')}
            </Button>
          </Space>
          {progress && (
            <div style={{ marginTop: 16 }} data-testid="import-progress">
              <Progress
                percent={progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100)}
              />
              <Typography.Text type="secondary">
                {t('import.progress', { done: progress.done, total: progress.total, file: progress.label })}
              </Typography.Text>
            </div>
          )}
        </Card>
      )}
      {batch && c && (
        <Card
          title={t('import.resultTitle', { period: batch.period })}
          extra={
            <Typography.Text type="secondary">
              {t('import.duration', { seconds: (batch.durationMs / 1000).toFixed(1) })}
            </Typography.Text>
          }
        >
          <Space wrap style={{ marginBottom: 12 }} data-testid="import-counts">
            <Tag>{t('import.counts.total', { count: c.total })}</Tag>
            <Tag color="green" data-testid="count-accepted">
              {t('import.counts.accepted', { count: c.accepted + c.acceptedWithWarnings })}
            </Tag>
            <Tag color="gold" data-testid="count-warnings">
              {t('import.counts.warnings', { count: c.acceptedWithWarnings })}
            </Tag>
            <Tag data-testid="count-already">{t('import.counts.already', { count: c.alreadyImported })}</Tag>
            <Tag color="red" data-testid="count-rejected">
              {t('import.counts.rejected', { count: c.rejected })}
            </Tag>
          </Space>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            style={{ marginBottom: 12, display: 'flex', width: 'fit-content' }}
            options={(
              ['all', 'accepted', 'accepted_with_warnings', 'already_imported', 'rejected'] as const
            ).map((f) => ({
              value: f,
              label: t(`import.filter.${f}`),
            }))}
          />
          <Table<FileResult>
            size="small"
            rowKey={(r) => `${r.fileName}/${r.sha ?? ''}`}
            dataSource={results}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            data-testid="import-results"
            columns={[
              { title: t('import.columns.file'), dataIndex: 'fileName', width: 300, ellipsis: true },
              {
                title: t('import.columns.unit'),
                key: 'unit',
                width: 220,
                render: (_, r) =>
                  r.unitCode ? `${r.unitName || ''} ${r.unitCode}`.trim() : t('import.unknownUnit'),
              },
              {
                title: t('import.columns.result'),
                dataIndex: 'status',
                width: 130,
                render: (s: FileResult['status']) => <FileStatusTag status={s} />,
              },
              {
                title: t('import.columns.reasons'),
                key: 'reasons',
                render: (_, r) => (
                  <div>
                    {r.issues.map((i) => (
                      <IssueText key={issueKey(i)} issue={i} />
                    ))}
                    {r.notes.map((note) => (
                      <div key={note.key}>
                        <Typography.Text type="secondary">{renderMessage(note)}</Typography.Text>
                      </div>
                    ))}
                  </div>
                ),
              },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
