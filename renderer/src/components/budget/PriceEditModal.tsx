import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuanForInput, parseYuanToFen } from '../../../../shared/budget/money';
import { PRICE_BASES, type PriceEntry, PURCHASE_CHANNELS } from '../../../../shared/budget/price-list';
import type { ProductBrief } from '../../../../shared/budget/views';
import { dateSchema } from '../../../../shared/model';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { ProductSelect } from './ProductSelect';

/** A price line as the form edits it: the amount stays text until it is parsed to fen. */
interface PriceForm {
  productId: string;
  edition: string;
  channel: PriceEntry['channel'];
  basis: PriceEntry['basis'];
  unitPrice: string;
  source: string;
  sourceDate: string;
  notes: string;
}

export type PriceDraft = Omit<PriceEntry, 'id' | 'isExample'>;

export interface PriceEditModalProps {
  /** The line to edit, a new empty one (id null), or null when closed. */
  initial: { id: string | null; entry: PriceDraft; isExample?: boolean } | null;
  products: readonly ProductBrief[];
  onSubmit(id: string | null, entry: PriceDraft): Promise<void>;
  onCancel(): void;
}

/** Creates the draft of a new price line. */
export function createPriceDraft(): PriceDraft {
  return {
    productId: '',
    edition: '',
    channel: 'volume',
    basis: 'list',
    unitPriceFen: 0,
    source: '',
    sourceDate: '',
    notes: '',
  };
}

/** Adds or edits one line of the price list; the amount is typed in yuan and kept exact. */
export function PriceEditModal({ initial, products, onSubmit, onCancel }: PriceEditModalProps) {
  const { t } = useTranslation('budget');
  const lang = useLang();
  const [form] = Form.useForm<PriceForm>();
  const productId = Form.useWatch('productId', form);
  const product = products.find((p) => p.id === productId);

  useEffect(() => {
    if (!initial) return;
    const e = initial.entry;
    form.setFieldsValue({
      ...e,
      unitPrice: initial.id === null && e.unitPriceFen === 0 ? '' : formatYuanForInput(e.unitPriceFen),
    });
  }, [initial, form]);

  async function submit(values: PriceForm) {
    const fen = parseYuanToFen(values.unitPrice);
    if (fen === null) return;
    await onSubmit(initial?.id ?? null, {
      productId: values.productId,
      edition: values.edition ?? '',
      channel: values.channel,
      basis: values.basis,
      unitPriceFen: fen,
      source: values.source?.trim() ?? '',
      sourceDate: values.sourceDate?.trim() ?? '',
      notes: values.notes?.trim() ?? '',
    });
  }

  return (
    <Modal
      open={initial !== null}
      title={initial?.id ? t('prices.edit') : t('prices.add')}
      okText={t('common:save')}
      cancelText={t('common:cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      width={640}
    >
      {initial?.isExample && (
        <Alert type="warning" showIcon message={t('prices.editExample')} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="productId"
          label={t('prices.form.product')}
          rules={[
            { required: true, message: t('common:validation.required', { field: t('prices.form.product') }) },
          ]}
        >
          <ProductSelect
            products={products}
            testId="price-product"
            onChange={() => form.setFieldValue('edition', '')}
          />
        </Form.Item>
        <Form.Item name="edition" label={t('prices.form.edition')}>
          <Select
            data-testid="price-edition"
            options={[
              { value: '', label: t('prices.anyEdition') },
              ...(product?.editions ?? []).map((e) => ({ value: e.id, label: pickName(e.name, lang) })),
            ]}
          />
        </Form.Item>
        <Form.Item name="channel" label={t('prices.form.channel')}>
          <Select options={PURCHASE_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="basis" label={t('prices.form.basis')} extra={t('prices.basisHelp')}>
          <Select
            data-testid="price-basis"
            options={PRICE_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="unitPrice"
          label={t('prices.form.unitPrice')}
          extra={t('prices.form.unitPriceHelp')}
          rules={[
            {
              validator: (_: unknown, value: string | undefined) =>
                value !== undefined && parseYuanToFen(value) !== null
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('prices.form.unitPriceInvalid'))),
            },
          ]}
        >
          <Input data-testid="price-amount" style={{ width: 200 }} addonAfter={t('prices.form.yuan')} />
        </Form.Item>
        <Form.Item name="source" label={t('prices.form.source')}>
          <Input
            data-testid="price-source"
            maxLength={256}
            placeholder={t('prices.form.sourcePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="sourceDate"
          label={t('prices.form.sourceDate')}
          rules={[
            {
              validator: (_: unknown, value: string | undefined) =>
                dateSchema.safeParse(value?.trim() ?? '').success
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('prices.form.sourceDateInvalid'))),
            },
          ]}
        >
          <Input style={{ width: 200 }} placeholder="2026-03-15" maxLength={10} />
        </Form.Item>
        <Form.Item name="notes" label={t('prices.form.notes')}>
          <Input.TextArea rows={2} maxLength={1024} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
