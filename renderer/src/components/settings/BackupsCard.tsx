import { App as AntApp, Button, Card, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/contract';
import { call } from '../../api/client';
import { useAppContext } from '../../app/app-context';
import { useCallError } from '../../hooks/use-call-error';
import { BackupContentsList, BackupContentsView } from './BackupContentsView';

/** The restore screen: backups with time, reason, size and what each holds; restore after confirming. */
export function BackupsCard() {
  const { t, i18n } = useTranslation('settings');
  const { info, setInfo } = useAppContext();
  const { message, modal } = AntApp.useApp();
  const showError = useCallError();
  const [backups, setBackups] = useState<BackupInfo[]>([]);

  const refresh = useCallback(() => call('backups:list', {}).then(setBackups, showError), [showError]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const formatTime = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const workspaceName = info.workspace?.name || t('app:defaultWorkspace');

  const confirmRestore = (b: BackupInfo) =>
    call('backups:inspect', { id: b.id }).then((contents) => {
      modal.confirm({
        width: 720,
        title: t('backups.restoreTitle', { time: formatTime(b.createdAt) }),
        content: (
          <>
            <p>{t('backups.restoreReplaces', { name: workspaceName })}</p>
            <BackupContentsList contents={contents} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('backups.restoreUndo')}
            </Typography.Paragraph>
          </>
        ),
        okText: t('backups.restore'),
        onOk: () =>
          call('backups:restore', { id: b.id }).then((next) => {
            setInfo(next);
            message.success(t('backups.restored'));
            void refresh();
          }, showError),
      });
    }, showError);

  return (
    <Card
      title={t('backups.title')}
      extra={
        <Button
          onClick={() =>
            call('backups:create', {}).then(() => {
              message.success(t('backups.created'));
              void refresh();
            }, showError)
          }
        >
          {t('backups.create')}
        </Button>
      }
    >
      <p>{t('backups.intro')}</p>
      <Table
        size="small"
        rowKey="id"
        dataSource={backups}
        data-testid="backups-table"
        locale={{ emptyText: t('backups.empty') }}
        pagination={{ pageSize: 10 }}
        expandable={{
          expandedRowRender: (b) => <BackupContentsView id={b.id} />,
          expandRowByClick: false,
          columnTitle: t('backups.showContents'),
          columnWidth: 96,
        }}
        columns={[
          { title: t('backups.time'), dataIndex: 'createdAt', render: formatTime },
          {
            title: t('backups.reason'),
            dataIndex: 'reason',
            render: (r: string) => t(`backups.reasons.${r}`, { defaultValue: r }),
          },
          {
            title: t('backups.size'),
            dataIndex: 'bytes',
            render: (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`,
          },
          {
            render: (_, b) => (
              <Button size="small" onClick={() => void confirmRestore(b)} data-testid="backup-restore">
                {t('backups.restore')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
