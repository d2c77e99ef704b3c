import { App as AntApp, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptureImportResult, CapturePreview, CollectorStickResult } from '../../../../shared/contract';
import { call } from '../../api/client';
import { CaptureActions, type CaptureBusy } from '../../components/capture/CaptureActions';
import { CaptureProblems } from '../../components/capture/CaptureProblems';
import { CaptureProgressBar } from '../../components/capture/CaptureProgressBar';
import { ImportDone } from '../../components/capture/ImportDone';
import { type EntryChoice, PreviewTable } from '../../components/capture/PreviewTable';
import { StickResult } from '../../components/capture/StickResult';
import { useCallError } from '../../hooks/use-call-error';
import { useCaptureProgress } from './use-capture-progress';

type Choices = Record<string, EntryChoice>;

function initialChoices(preview: CapturePreview): Choices {
  return Object.fromEntries(
    preview.entries.map((entry) => [entry.key, { include: true, assetNo: entry.machine.assetNo }]),
  );
}

/** 自动采集: scan, import inventories or make the collector stick; preview; confirm in one write. */
export function CapturePage() {
  const { t } = useTranslation('capture');
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const progress = useCaptureProgress();
  const [busy, setBusy] = useState<CaptureBusy>(null);
  const [preview, setPreview] = useState<CapturePreview | null>(null);
  const [choices, setChoices] = useState<Choices>({});
  const [done, setDone] = useState<CaptureImportResult | null>(null);
  const [stick, setStick] = useState<CollectorStickResult | null>(null);

  async function run<T>(kind: Exclude<CaptureBusy, null>, action: () => Promise<T>): Promise<T | null> {
    setBusy(kind);
    try {
      return await action();
    } catch (error) {
      showError(error);
      return null;
    } finally {
      setBusy(null);
    }
  }

  function show(next: CapturePreview | null) {
    // The main side keeps one capture at a time: a new one has already replaced the previous preview.
    if (!next) return;
    setPreview(next);
    setChoices(initialChoices(next));
    setDone(null);
  }

  const scan = async () => show(await run('scan', () => call('capture:scan', {})));
  const importFrom = async (mode: 'files' | 'folder') =>
    show(await run(mode, () => call('capture:import', { mode })));
  const makeStick = async () => {
    const result = await run('stick', () => call('capture:makeStick', {}));
    if (result) setStick(result);
  };

  async function confirm() {
    if (!preview) return;
    const entries = Object.entries(choices).map(([key, choice]) => ({
      key,
      include: choice.include,
      assetNo: choice.assetNo,
    }));
    const result = await run('confirm', () => call('capture:confirm', { previewId: preview.id, entries }));
    if (!result) return;
    setDone(result);
    setPreview(null);
    message.success(t('done.saved'));
  }

  async function discard() {
    if (!preview) return;
    await call('capture:discard', { previewId: preview.id }).catch(() => undefined);
    setPreview(null);
  }

  const included = preview ? preview.entries.filter((e) => choices[e.key]?.include !== false) : [];
  const isReading = busy === 'scan' || busy === 'files' || busy === 'folder';

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="capture-page">
      <div>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('page.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('page.intro')}
        </Typography.Paragraph>
      </div>
      <CaptureActions busy={busy} onScan={scan} onImport={importFrom} onMakeStick={makeStick} />
      {isReading && <CaptureProgressBar progress={progress} isScan={busy === 'scan'} />}
      {stick && <StickResult result={stick} onClose={() => setStick(null)} />}
      {done && <ImportDone result={done} onClose={() => setDone(null)} />}
      {preview && (
        <Card
          title={t('preview.title')}
          data-testid="capture-preview"
          extra={
            <Typography.Text type="secondary">
              {preview.origin === 'files'
                ? t('preview.filesRead', { read: preview.filesRead, skipped: preview.filesSkipped })
                : t('preview.fromScan')}
            </Typography.Text>
          }
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text data-testid="capture-preview-summary">
              {t('preview.summary', {
                count: preview.entries.length,
                created: preview.entries.filter((e) => e.match === null).length,
                updated: preview.entries.filter((e) => e.match !== null).length,
              })}
            </Typography.Text>
            <CaptureProblems problems={preview.problems} />
            {preview.entries.length > 0 && (
              <PreviewTable
                preview={preview}
                choices={choices}
                onChange={(key, choice) => setChoices((current) => ({ ...current, [key]: choice }))}
              />
            )}
            <Space>
              <Button
                type="primary"
                disabled={included.length === 0}
                loading={busy === 'confirm'}
                onClick={confirm}
                data-testid="capture-confirm"
              >
                {t('preview.confirm', { count: included.length })}
              </Button>
              <Button onClick={discard} disabled={busy === 'confirm'} data-testid="capture-discard">
                {t('preview.discard')}
              </Button>
            </Space>
            <Typography.Text type="secondary">{t('preview.hiddenNote')}</Typography.Text>
          </Space>
        </Card>
      )}
    </Space>
  );
}
