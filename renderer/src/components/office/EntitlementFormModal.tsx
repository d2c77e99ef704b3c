import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/catalog';
import { CHANNELS, dateSchema, type Entitlement } from '../../../../shared/model';
import { fenToInput, yuanToFen } from '../../../../shared/office/money';
import { useEnterSubmit } from '../../hooks/office/use-enter-submit';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { type ProductChoice, ProductPicker } from './ProductPicker';

export type EntitlementDraft = Omit<Entitlement, 'id'>;

interface Values extends Omit<EntitlementDraft, 'productId' | 'amountFen'> {
  product: ProductChoice;
  amount: string;
}

/** A licence with nothing filled in yet. */
export function createEntitlementDraft(): EntitlementDraft {
  return {
    productId: '',
    edition: '',
    channel: 'volume',
    quantity: 1,
    contractNo: '',
    invoiceNo: '',
    supplier: '',
    purchaseDate: '',
    amountFen: 0,
    expiry: '',
    notes: '',
  };
}

export interface EntitlementFormModalProps {
  initial: EntitlementDraft | null;
  title: string;
  catalog: readonly Product[];
  onSubmit(draft: EntitlementDraft): Promise<void>;
  onCancel(): void;
}

/** A licence owned: product, edition, channel, seats, documents and the amount paid (yuan, kept in fen). */
export function EntitlementFormModal({
  initial,
  title,
  catalog,
  onSubmit,
  onCancel,
}: EntitlementFormModalProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const [isSaving, setSaving] = useState(false);
  const onKeyDown = useEnterSubmit(() => form.submit());
  const choice = Form.useWatch('product', form);
  const product = useMemo(() => catalog.find((p) => p.id === choice?.productId) ?? null, [catalog, choice]);

  useEffect(() => {
    if (!initial) return;
    const { productId, amountFen, ...rest } = initial;
    const name = catalog.find((p) => p.id === productId)?.name;
    form.setFieldsValue({
      ...rest,
      product: { productId: productId || null, rawName: pickName(name, lang) },
      amount: fenToInput(amountFen),
    });
  }, [initial, form, catalog, lang]);

  async function save(values: Values) {
    const { product: chosen, amount, ...rest } = values;
    setSaving(true);
    try {
      await onSubmit({
        ...createEntitlementDraft(),
        ...rest,
        edition: rest.edition ?? '',
        productId: chosen.productId ?? '',
        amountFen: yuanToFen(amount ?? '') ?? 0,
      });
    } finally {
      setSaving(false);
    }
  }

  const dateRule = {
    validator: (_: unknown, v: unknown) =>
      dateSchema.safeParse(v ?? '').success
        ? Promise.resolve()
        : Promise.reject(new Error(t('machines:errors.dateFormat'))),
  };

  return (
    <Modal
      open={initial !== null}
      title={title}
      okText={t('common:save')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={isSaving}
      destroyOnHidden
      width={720}
    >
      <Form<Values>
        onKeyDown={onKeyDown}
        form={form}
        layout="vertical"
        onFinish={save}
        preserve={false}
        data-testid="entitlement-form"
      >
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
          <ProductPicker
            catalog={catalog}
            autoFocus
            testId="entitlement-product"
            onPick={(p) => form.setFieldsValue({ edition: p.editions[0]?.id ?? '' })}
          />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 12 }}>
          <Form.Item
            name="edition"
            label={t('software:field.edition')}
            extra={t('office:licence.anyEditionHelp')}
          >
            {product && product.editions.length > 0 ? (
              <Select
                allowClear
                data-testid="entitlement-edition"
                placeholder={t('office:licence.anyEdition')}
                options={product.editions.map((e) => ({ value: e.id, label: pickName(e.name, lang) }))}
              />
            ) : (
              <Input maxLength={64} placeholder={t('office:licence.anyEdition')} />
            )}
          </Form.Item>
          <Form.Item name="channel" label={t('software:field.channel')}>
            <Select options={CHANNELS.map((c) => ({ value: c, label: t(`software:channel.${c}`) }))} />
          </Form.Item>
          <Form.Item name="quantity" label={t('office:licence.quantity')} rules={[{ required: true }]}>
            <InputNumber
              min={0}
              max={10_000_000}
              precision={0}
              style={{ width: '100%' }}
              data-testid="entitlement-quantity"
            />
          </Form.Item>
          <Form.Item name="contractNo" label={t('software:evidence.contractNo')}>
            <Input maxLength={128} data-testid="entitlement-contract" />
          </Form.Item>
          <Form.Item name="invoiceNo" label={t('software:evidence.invoiceNo')}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name="supplier" label={t('office:licence.supplier')}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name="purchaseDate" label={t('office:licence.purchaseDate')} rules={[dateRule]}>
            <Input maxLength={10} placeholder="2025-06-30" />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('office:licence.amount')}
            rules={[
              {
                validator: (_: unknown, v: unknown) =>
                  yuanToFen(String(v ?? '')) !== null
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('office:licence.amountFormat'))),
              },
            ]}
          >
            <Input maxLength={20} suffix={t('office:unit.yuan')} data-testid="entitlement-amount" />
          </Form.Item>
          <Form.Item name="expiry" label={t('office:licence.expiry')} rules={[dateRule]}>
            <Input maxLength={10} placeholder="2027-12-31" />
          </Form.Item>
        </div>
        <Form.Item name="notes" label={t('software:field.notes')}>
          <Input.TextArea rows={2} maxLength={32767} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
