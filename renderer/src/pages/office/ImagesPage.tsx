import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardImage, StandardImageDraft } from '../../../../shared/office/image';
import { call } from '../../api/client';
import { ImageEditorModal } from '../../components/office/ImageEditorModal';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { useOfficeQuery } from '../../hooks/office/use-office-query';
import { useShortcut } from '../../hooks/office/use-shortcut';
import { useCallError } from '../../hooks/use-call-error';

type Editing = { id: string | null; draft: StandardImageDraft } | null;

/** 镜像: standard software images, each a named set of installs with their licence facts. */
export function ImagesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const images = useOfficeQuery('images:list', {});
  const catalog = useOfficeQuery('catalog:list', {});
  const entitlements = useOfficeQuery('entitlements:list', {});
  const [editing, setEditing] = useState<Editing>(null);

  const openNew = () => setEditing({ id: null, draft: { name: '', notes: '', installs: [] } });
  useShortcut('Alt+N', openNew, editing === null);

  async function save(draft: StandardImageDraft) {
    try {
      await call('images:save', { id: editing?.id ?? undefined, draft });
      message.success(t('common:saved'));
      setEditing(null);
      await images.reload();
    } catch (error) {
      showError(error);
    }
  }

  async function remove(id: string) {
    try {
      await call('images:delete', { id });
      await images.reload();
    } catch (error) {
      showError(error);
    }
  }

  const nameOf = (productId: string | null, rawName: string) =>
    pickName(catalog.data?.find((p) => p.id === productId)?.name, lang) || rawName;

  return (
    <Card
      title={t('office:image.title')}
      extra={
        <Tooltip title="Alt+N">
          <Button type="primary" icon={<PlusOutlined />} onClick={openNew} data-testid="image-new">
            {t('office:image.new')}
          </Button>
        </Tooltip>
      }
    >
      <Typography.Paragraph type="secondary">{t('office:image.intro')}</Typography.Paragraph>
      <Table<StandardImage>
        data-testid="image-table"
        size="small"
        rowKey="id"
        loading={images.isLoading}
        pagination={false}
        dataSource={images.data ?? []}
        locale={{ emptyText: t('office:image.empty') }}
        columns={[
          { title: t('office:image.name'), dataIndex: 'name', width: 220 },
          {
            title: t('office:image.installs'),
            key: 'installs',
            render: (_: unknown, r: StandardImage) =>
              r.installs.map((i) => nameOf(i.productId, i.rawName)).join('、'),
          },
          { title: t('software:field.notes'), dataIndex: 'notes', width: 220 },
          {
            key: 'actions',
            width: 90,
            render: (_: unknown, r: StandardImage) => (
              <Space size={0}>
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t('common:edit')}
                  onClick={() =>
                    setEditing({ id: r.id, draft: { name: r.name, notes: r.notes, installs: r.installs } })
                  }
                />
                <Popconfirm
                  title={t('office:image.deleteConfirm', { name: r.name })}
                  okText={t('common:delete')}
                  cancelText={t('common:cancel')}
                  onConfirm={() => void remove(r.id)}
                >
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common:delete')}
                  />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <ImageEditorModal
        initial={editing?.draft ?? null}
        title={editing?.id ? t('office:image.edit') : t('office:image.new')}
        catalog={catalog.data ?? []}
        entitlements={entitlements.data ?? []}
        onSubmit={save}
        onCancel={() => setEditing(null)}
      />
    </Card>
  );
}
