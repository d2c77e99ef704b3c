import { Button, Card, Input, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/i18n';
import { call } from '../api/client';
import { useAppContext } from '../app/app-context';
import { ArchiveCard } from '../components/settings/ArchiveCard';
import { BackupsCard } from '../components/settings/BackupsCard';
import { useCallError } from '../hooks/use-call-error';

/** Language, workspaces, backups and restore, and the whole-workspace archive. */
export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const { info, setInfo } = useAppContext();
  const showError = useCallError();
  const [newName, setNewName] = useState('');

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
          data-testid="workspaces-table"
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
      <BackupsCard />
      <ArchiveCard />
    </Space>
  );
}
