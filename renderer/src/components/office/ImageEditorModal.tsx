import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/catalog';
import type { InstallDraft } from '../../../../shared/model';
import type { StandardImageDraft } from '../../../../shared/office/image';
import type { EntitlementView } from '../../../../shared/office/views';
import { useEnterSubmit } from '../../hooks/office/use-enter-submit';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { createInstallDraft, InstallFormModal, pickInstallDraft } from './InstallFormModal';

export interface ImageEditorModalProps {
  initial: StandardImageDraft | null;
  title: string;
  catalog: readonly Product[];
  entitlements: readonly EntitlementView[];
  onSubmit(draft: StandardImageDraft): Promise<void>;
  onCancel(): void;
}

type Editing = { index: number | null; draft: InstallDraft } | null;

/** A standard image: its name and the installs (with licence facts) every machine of it gets. */
export function ImageEditorModal({
  initial,
  title,
  catalog,
  entitlements,
  onSubmit,
  onCancel,
}: ImageEditorModalProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<{ name: string; notes: string }>();
  const [installs, setInstalls] = useState<InstallDraft[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [isSaving, setSaving] = useState(false);
  const onKeyDown = useEnterSubmit(() => form.submit());

  useEffect(() => {
    if (!initial) return;
    form.setFieldsValue({ name: initial.name, notes: initial.notes });
    setInstalls(initial.installs.map(pickInstallDraft));
  }, [initial, form]);

  async function save(values: { name: string; notes: string }) {
    setSaving(true);
    try {
      await onSubmit({ name: values.name.trim(), notes: values.notes ?? '', installs });
    } finally {
      setSaving(false);
    }
  }

  const productOf = (d: InstallDraft) => catalog.find((p) => p.id === d.productId);
  const nameOf = (d: InstallDraft) => pickName(productOf(d)?.name, lang) || d.rawName;
  const editionOf = (d: InstallDraft) =>
    pickName(productOf(d)?.editions.find((e) => e.id === d.edition)?.name, lang) || d.edition;
  return (
    <Modal
      open={initial !== null}
      title={title}
      okText={t('common:save')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={isSaving}
      destroyOnHidden
      width={820}
    >
      <Form
        onKeyDown={editing ? undefined : onKeyDown}
        form={form}
        layout="vertical"
        onFinish={save}
        data-testid="image-form"
      >
        <Form.Item
          name="name"
          label={t('office:image.name')}
          rules={[{ required: true, whitespace: true, message: t('office:image.nameRequired') }]}
        >
          <Input
            autoFocus
            maxLength={64}
            placeholder={t('office:image.namePlaceholder')}
            data-testid="image-name"
          />
        </Form.Item>
        <Form.Item name="notes" label={t('software:field.notes')}>
          <Input maxLength={4096} />
        </Form.Item>
      </Form>
      <Space style={{ marginBottom: 8 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setEditing({ index: null, draft: createInstallDraft() })}
          data-testid="image-add-install"
        >
          {t('office:image.addInstall')}
        </Button>
      </Space>
      <Table<InstallDraft & { index: number }>
        size="small"
        rowKey="index"
        pagination={false}
        dataSource={installs.map((d, index) => ({ ...d, index }))}
        locale={{ emptyText: t('office:image.noInstalls') }}
        columns={[
          {
            title: t('software:field.product'),
            key: 'name',
            render: (_: unknown, r: InstallDraft) => nameOf(r),
          },
          {
            title: t('software:field.edition'),
            key: 'edition',
            width: 120,
            render: (_: unknown, r: InstallDraft) => editionOf(r),
          },
          {
            title: t('software:field.channel'),
            dataIndex: 'channel',
            width: 110,
            render: (c: string) => t(`software:channel.${c}`),
          },
          {
            title: t('software:evidence.contractNo'),
            key: 'contract',
            width: 140,
            render: (_: unknown, r: InstallDraft) => r.evidence.contractNo || r.evidence.invoiceNo,
          },
          {
            key: 'actions',
            width: 90,
            render: (_: unknown, r: InstallDraft & { index: number }) => (
              <Space size={0}>
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t('common:edit')}
                  onClick={() => setEditing({ index: r.index, draft: r })}
                />
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common:delete')}
                  onClick={() => setInstalls((list) => list.filter((_, i) => i !== r.index))}
                />
              </Space>
            ),
          },
        ]}
      />

      <InstallFormModal
        initial={editing?.draft ?? null}
        title={t('office:image.installTitle')}
        catalog={catalog}
        entitlements={entitlements}
        onSubmit={async (draft) => {
          const index = editing?.index ?? null;
          setInstalls((list) =>
            index === null ? [...list, draft] : list.map((d, i) => (i === index ? draft : d)),
          );
          setEditing(null);
        }}
        onCancel={() => setEditing(null)}
      />
    </Modal>
  );
}
