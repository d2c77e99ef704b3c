import { App as AntApp, Button, Card, Input, Radio, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contract';
import { LANGUAGES } from '../../../shared/i18n';
import { call } from '../api/client';
import { useAppContext } from '../app/app-context';
import { useCallError } from '../hooks/use-call-error';

/** Language, workspaces, backups and restore. */
export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const { info, setInfo } = useAppContext();
  const { message, modal } = AntApp.useApp();
  const showError = useCallError();
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [newName, setNewName] = useState('');

  const refresh = useCallback(() => call('backups:list', {}).then(setBackups, showError), [showError]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const formatTime = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
      <Card title={t('language')}>
        <Radio.Group
          value={info.language}
          data-testid="language-switch"
          onChange={(e) =>
            call('settings:setLanguage', { language: e.target.value }).then(setInfo, showError)
          }
          options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
      </Card>
      <Card title={t('workspaces.title')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={info.workspaces}
          columns={[
            { title: t('workspaces.current'), render: (_, w) => w.name || t('app:defaultWorkspace') },
            { dataIndex: 'kind', render: (k: string) => <Tag>{t(`workspaces.${k}`)}</Tag> },
            { dataIndex: 'createdAt', render: formatTime },
            {
              render: (_, w) =>
                w.id === info.workspace?.id ? null : (
                  <Button
                    size="small"
                    onClick={() => call('workspace:open', { id: w.id }).then(setInfo, showError)}
                  >
                    {t('workspaces.open')}
                  </Button>
                ),
            },
          ]}
        />
        <Space.Compact style={{ marginTop: 12, width: 480 }}>
          <Input
            value={newName}
            placeholder={t('workspaces.namePlaceholder')}
            onChange={(e) => setNewName(e.target.value)}
          />
          <Button
            disabled={!newName.trim()}
            onClick={() =>
              call('workspace:create', { name: newName.trim() }).then((next) => {
                setNewName('');
                setInfo(next);
              }, showError)
            }
          >
            {t('workspaces.create')}
          </Button>
        </Space.Compact>
      </Card>
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
          locale={{ emptyText: t('backups.empty') }}
          pagination={{ pageSize: 10 }}
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
              render: (b: number) => `${(b / 1024).toFixed(1)} KB`,
            },
            {
              render: (_, b) => (
                <Button
                  size="small"
                  onClick={() =>
                    modal.confirm({
                      title: t('backups.restoreConfirm', { time: formatTime(b.createdAt) }),
                      onOk: () =>
                        call('backups:restore', { id: b.id }).then((next) => {
                          setInfo(next);
                          message.success(t('backups.restored'));
                          void refresh();
                        }, showError),
                    })
                  }
                >
                  {t('backups.restore')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
