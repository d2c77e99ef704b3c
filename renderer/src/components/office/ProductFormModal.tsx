import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDITION_KINDS, type Edition, FREE_FOR_INSTITUTIONS, type Product } from '../../../../shared/catalog';
import { CATEGORIES } from '../../../../shared/model';
import { useEnterSubmit } from '../../hooks/office/use-enter-submit';

interface EditionValues {
  id?: string;
  zh: string;
  en: string;
  kind: Edition['kind'];
}

interface Values {
  zh: string;
  en: string;
  publisher: string;
  category: Product['category'];
  domestic: boolean;
  freeForInstitutions: Product['freeForInstitutions'];
  aliases: string[];
  editions: EditionValues[];
}

/** A slug no built-in entry uses: user entries live beside the built-in ones. */
function newSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A user product with nothing filled in yet. */
export function createUserProduct(): Product {
  return {
    id: newSlug('u'),
    publisher: '',
    vendor: 'other',
    name: { zh: '', en: '' },
    aliases: [],
    category: 'other',
    domestic: false,
    freeForInstitutions: 'no',
    editions: [],
    patterns: [],
    builtinVersion: 0,
    isBuiltin: false,
  };
}

export interface ProductFormModalProps {
  product: Product | null;
  isNew: boolean;
  onSubmit(product: Product): Promise<void>;
  onCancel(): void;
}

/** Adds or edits a catalog product; an edited built-in entry is kept when the program updates its catalog. */
export function ProductFormModal({ product, isNew, onSubmit, onCancel }: ProductFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [isSaving, setSaving] = useState(false);
  const onKeyDown = useEnterSubmit(() => form.submit());

  useEffect(() => {
    if (!product) return;
    form.setFieldsValue({
      zh: product.name.zh,
      en: product.name.en,
      publisher: product.publisher,
      category: product.category,
      domestic: product.domestic,
      freeForInstitutions: product.freeForInstitutions,
      aliases: product.aliases ?? [],
      editions: product.editions.map((e) => ({ id: e.id, zh: e.name.zh, en: e.name.en, kind: e.kind })),
    });
  }, [product, form]);

  async function save(values: Values) {
    if (!product) return;
    const zh = values.zh.trim();
    const en = values.en?.trim() || zh;
    const editions: Edition[] = (values.editions ?? []).map((e) => {
      const before = product.editions.find((x) => x.id === e.id);
      const name = { zh: e.zh.trim(), en: e.en?.trim() || e.zh.trim() };
      return { ...(before ?? {}), id: e.id ?? newSlug('e'), name, kind: e.kind };
    });
    setSaving(true);
    try {
      await onSubmit({
        ...product,
        name: { zh, en },
        publisher: values.publisher?.trim() || zh,
        category: values.category,
        domestic: values.domestic,
        freeForInstitutions: values.freeForInstitutions,
        aliases: (values.aliases ?? []).map((a) => a.trim()).filter(Boolean),
        editions,
      });
    } finally {
      setSaving(false);
    }
  }

  const required = { required: true, whitespace: true, message: t('office:catalog.nameRequired') };
  return (
    <Modal
      open={product !== null}
      title={isNew ? t('office:catalog.new') : t('office:catalog.edit')}
      okText={t('common:save')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={isSaving}
      destroyOnHidden
      width={760}
    >
      {product?.isBuiltin && (
        <Typography.Paragraph type="warning">{t('office:catalog.editBuiltinHelp')}</Typography.Paragraph>
      )}
      <Form<Values>
        onKeyDown={onKeyDown}
        form={form}
        layout="vertical"
        onFinish={save}
        data-testid="product-form"
      >
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 12 }}>
          <Form.Item name="zh" label={t('office:catalog.nameZh')} rules={[required]}>
            <Input autoFocus maxLength={128} data-testid="product-zh" />
          </Form.Item>
          <Form.Item name="en" label={t('office:catalog.nameEn')}>
            <Input maxLength={128} data-testid="product-en" />
          </Form.Item>
          <Form.Item name="publisher" label={t('office:catalog.publisher')}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name="category" label={t('software:field.category')}>
            <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`software:category.${c}`) }))} />
          </Form.Item>
          <Form.Item name="freeForInstitutions" label={t('office:catalog.free')}>
            <Select
              options={FREE_FOR_INSTITUTIONS.map((f) => ({
                value: f,
                label: t(`office:catalog.freeValue.${f}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="domestic" label={t('software:domestic')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </div>
        <Form.Item name="aliases" label={t('office:catalog.aliases')} extra={t('office:catalog.aliasesHelp')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', ';', '；']} />
        </Form.Item>
        <Typography.Text strong>{t('office:catalog.editions')}</Typography.Text>
        <Form.List name="editions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'zh']} rules={[required]}>
                    <Input placeholder={t('office:catalog.nameZh')} maxLength={128} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'en']}>
                    <Input placeholder={t('office:catalog.nameEn')} maxLength={128} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} initialValue="standard">
                    <Select
                      style={{ width: 160 }}
                      options={EDITION_KINDS.map((k) => ({
                        value: k,
                        label: t(`office:catalog.kind.${k}`),
                      }))}
                    />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ zh: '', en: '', kind: 'standard' })}
              >
                {t('office:catalog.addEdition')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
