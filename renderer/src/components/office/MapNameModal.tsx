import { App as AntApp, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/catalog';
import { call } from '../../api/client';
import { useEnterSubmit } from '../../hooks/office/use-enter-submit';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { useCallError } from '../../hooks/use-call-error';
import { type ProductChoice, ProductPicker } from './ProductPicker';

export interface MapNameModalProps {
  rawName: string | null;
  catalog: readonly Product[];
  onDone(): void;
  onCancel(): void;
}

interface Values {
  product: ProductChoice;
  edition: string;
}

/** Maps an unknown raw name to a catalog product: every install of that name, now and later. */
export function MapNameModal({ rawName, catalog, onDone, onCancel }: MapNameModalProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = AntApp.useApp();
  const showError = useCallError();
  const [form] = Form.useForm<Values>();
  const [isSaving, setSaving] = useState(false);
  const onKeyDown = useEnterSubmit(() => form.submit());
  const choice = Form.useWatch('product', form);
  const product = useMemo(() => catalog.find((p) => p.id === choice?.productId), [catalog, choice]);

  useEffect(() => {
    if (rawName) form.setFieldsValue({ product: { productId: null, rawName: '' }, edition: '' });
  }, [rawName, form]);

  async function save(values: Values) {
    if (!rawName || !values.product.productId) return;
    setSaving(true);
    try {
      const result = await call('catalog:mapName', {
        rawName,
        productId: values.product.productId,
        edition: values.edition ?? '',
      });
      message.success(t('software:map.done', { count: result.changed }));
      onDone();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={rawName !== null}
      title={t('software:map.title')}
      okText={t('software:map.ok')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={isSaving}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('software:map.rawName')} <Typography.Text code>{rawName}</Typography.Text>
      </Typography.Paragraph>
      <Form<Values> onKeyDown={onKeyDown} form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="product"
          label={t('software:field.product')}
          rules={[
            {
              validator: (_, v: ProductChoice | undefined) =>
                v?.productId ? Promise.resolve() : Promise.reject(new Error(t('software:map.pick'))),
            },
          ]}
        >
          <ProductPicker catalog={catalog} autoFocus testId="map-product" />
        </Form.Item>
        {product && product.editions.length > 0 && (
          <Form.Item name="edition" label={t('software:field.edition')}>
            <Select
              allowClear
              options={product.editions.map((e) => ({ value: e.id, label: pickName(e.name, lang) }))}
            />
          </Form.Item>
        )}
      </Form>
      <Typography.Text type="secondary">{t('software:map.help')}</Typography.Text>
    </Modal>
  );
}
