import { Alert, App as AntApp, Button, Card, Flex, Input, Segmented, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateSchema, MILESTONE_STATES, type Milestone, type MilestoneState } from '../../../../shared/model';
import { summarizeMilestones } from '../../../../shared/progress/milestones';
import { call } from '../../api/client';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useCallError } from '../../hooks/use-call-error';
import { renderMessage } from '../../i18n';

/** 工作进度 (office): the unit's seven milestones with state, date, document number and note. */
export function OfficeProgressPage() {
  const { t } = useTranslation('progress');
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const progress = useOfficeQuery('progress:get', {});
  const [draft, setDraft] = useState<Milestone[] | null>(null);
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    if (progress.data) setDraft(progress.data.milestones);
  }, [progress.data]);

  if (!draft || !progress.data) return <Spin />;
  const rows = draft;
  const summary = summarizeMilestones(rows);
  const badDates = rows.filter((m) => !dateSchema.safeParse(m.date).success).map((m) => m.key);
  const isDirty = JSON.stringify(rows) !== JSON.stringify(progress.data.milestones);

  const change = (index: number, patch: Partial<Milestone>) =>
    setDraft(rows.map((m, i) => (i === index ? { ...m, ...patch } : m)));

  async function save() {
    setSaving(true);
    try {
      await call('progress:save', { milestones: rows });
      message.success(t('office.saved'));
      await progress.reload();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card
      title={t('office.title')}
      style={{ maxWidth: 1200 }}
      extra={
        <Button
          type="primary"
          onClick={() => void save()}
          loading={isSaving}
          disabled={!isDirty || badDates.length > 0}
          data-testid="progress-save"
        >
          {t('common:save')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }} data-testid="progress-summary">
          {summary.next === null
            ? t('office.allDone')
            : t('office.summary', { done: summary.done, next: t(`milestone.${summary.next}`) })}
        </Typography.Paragraph>
        {progress.data.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={t('office.warnings')}
            description={progress.data.warnings
              .map((w) => `${t(`milestone.${w.key}`)}：${renderMessage(w.message)}`)
              .join('；')}
          />
        )}
        <Table<Milestone>
          data-testid="progress-table"
          size="middle"
          bordered
          rowKey="key"
          pagination={false}
          dataSource={rows}
          columns={[
            {
              title: t('office.column.milestone'),
              dataIndex: 'key',
              width: 150,
              render: (k: string) => <strong>{t(`milestone.${k}`)}</strong>,
            },
            {
              title: t('office.column.state'),
              key: 'state',
              width: 260,
              render: (_: unknown, m: Milestone, index: number) => (
                <Segmented<MilestoneState>
                  data-testid={`state-${m.key}`}
                  value={m.state}
                  onChange={(state) => change(index, { state })}
                  options={MILESTONE_STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
                />
              ),
            },
            {
              title: t('office.column.date'),
              key: 'date',
              width: 150,
              render: (_: unknown, m: Milestone, index: number) => (
                <Input
                  data-testid={`date-${m.key}`}
                  value={m.date}
                  maxLength={10}
                  placeholder={t('office.datePlaceholder')}
                  status={badDates.includes(m.key) ? 'error' : undefined}
                  onChange={(e) => change(index, { date: e.target.value.trim() })}
                />
              ),
            },
            {
              title: t('office.column.docRef'),
              key: 'docRef',
              width: 240,
              render: (_: unknown, m: Milestone, index: number) => (
                <Input
                  data-testid={`docref-${m.key}`}
                  value={m.docRef}
                  maxLength={128}
                  placeholder={t('office.docRefPlaceholder')}
                  onChange={(e) => change(index, { docRef: e.target.value })}
                />
              ),
            },
            {
              title: t('office.column.note'),
              key: 'note',
              render: (_: unknown, m: Milestone, index: number) => (
                <Input
                  value={m.note}
                  maxLength={1024}
                  onChange={(e) => change(index, { note: e.target.value })}
                />
              ),
            },
          ]}
        />
        {badDates.length > 0 && <Alert type="error" showIcon message={t('office.dateInvalid')} />}
      </Flex>
    </Card>
  );
}
