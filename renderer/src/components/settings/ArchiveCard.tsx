import { App as AntApp, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useAppContext } from '../../app/app-context';
import { useCallError } from '../../hooks/use-call-error';

/**
 * "Export everything" to one archive, and importing one into a new workspace (the page is shown
 * afresh for the workspace the import opens).
 */
export function ArchiveCard() {
  const { t } = useTranslation('settings');
  const { setInfo } = useAppContext();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);

  const exportAll = () => {
    setBusy('export');
    call('archive:export', {})
      .then((done) => {
        if (done) message.success(t('archive.exported', { files: done.files, path: done.path }));
      }, showError)
      .finally(() => setBusy(null));
  };
  const importArchive = () => {
    setBusy('import');
    call('archive:import', {})
      .then((next) => {
        if (!next) return;
        setInfo(next);
        message.success(t('archive.imported', { name: next.workspace?.name ?? '' }));
      }, showError)
      .finally(() => setBusy(null));
  };

  return (
    <Card title={t('archive.title')}>
      <p>{t('archive.intro')}</p>
      <Space>
        <Button
          type="primary"
          loading={busy === 'export'}
          disabled={busy !== null}
          onClick={exportAll}
          data-testid="archive-export"
        >
          {t('archive.export')}
        </Button>
        <Button
          loading={busy === 'import'}
          disabled={busy !== null}
          onClick={importArchive}
          data-testid="archive-import"
        >
          {t('archive.import')}
        </Button>
      </Space>
    </Card>
  );
}
