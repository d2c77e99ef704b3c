import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/catalog';
import {
  ACTIVATION_STATES,
  CATEGORIES,
  CHANNELS,
  COA_STATES,
  createEmptyEvidence,
  dateSchema,
  type Evidence,
  type InstallDraft,
} from '../../../../shared/model';
import type { EntitlementView } from '../../../../shared/office/views';
import { useEnterSubmit } from '../../hooks/office/use-enter-submit';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { type ProductChoice, ProductPicker } from './ProductPicker';

interface Values extends Omit<InstallDraft, 'productId' | 'rawName' | 'evidence'> {
  product: ProductChoice;
  evidence: Omit<Evidence, 'productIdOem' | 'originalMachine'> & {
    productIdOem: 'yes' | 'no' | 'unknown';
    originalMachine: 'yes' | 'no' | 'unknown';
  };
}

/** An install with nothing filled in yet. */
export function createInstallDraft(): InstallDraft {
  return {
    productId: null,
    rawName: '',
    version: '',
    edition: '',
    category: 'other',
    channel: 'unknown',
    evidence: createEmptyEvidence(),
    entitlementId: null,
    notes: '',
  };
}

const toTri = (v: boolean | null) => (v === null ? 'unknown' : v ? 'yes' : 'no');
const fromTri = (v: 'yes' | 'no' | 'unknown') => (v === 'unknown' ? null : v === 'yes');

function toValues(install: InstallDraft): Values {
  const { productId, rawName, evidence, ...rest } = pickInstallDraft(install);
  return {
    ...rest,
    product: { productId, rawName },
    evidence: {
      ...evidence,
      productIdOem: toTri(evidence.productIdOem),
      originalMachine: toTri(evidence.originalMachine),
    },
  };
}

/** Only the draft's own fields: a view of an install carries more, and the main side accepts no extras. */
export function pickInstallDraft(install: InstallDraft): InstallDraft {
  const e = install.evidence;
  return {
    productId: install.productId,
    rawName: install.rawName,
    version: install.version ?? '',
    edition: install.edition ?? '',
    category: install.category,
    channel: install.channel,
    evidence: {
      invoiceNo: e.invoiceNo ?? '',
      contractNo: e.contractNo ?? '',
      coa: e.coa,
      productIdOem: e.productIdOem,
      activation: e.activation,
      kmsHost: e.kmsHost ?? '',
      originalMachine: e.originalMachine,
      expiry: e.expiry ?? '',
    },
    entitlementId: install.entitlementId ?? null,
    notes: install.notes ?? '',
  };
}

function toDraft(values: Values): InstallDraft {
  const { product, evidence, ...rest } = values;
  const empty = createInstallDraft();
  return pickInstallDraft({
    ...empty,
    ...rest,
    productId: product.productId,
    rawName: product.rawName.trim(),
    evidence: {
      ...empty.evidence,
      ...evidence,
      productIdOem: fromTri(evidence.productIdOem),
      originalMachine: fromTri(evidence.originalMachine),
    },
  });
}

export interface InstallFormModalProps {
  /** The install to edit, or a fresh draft; null closes the form. */
  initial: InstallDraft | null;
  title: string;
  catalog: readonly Product[];
  entitlements: readonly EntitlementView[];
  onSubmit(draft: InstallDraft): Promise<void>;
  onCancel(): void;
}

/** One install's facts: product (type-ahead), edition, channel and the evidence the clerk can show. */
export function InstallFormModal({
  initial,
  title,
  catalog,
  entitlements,
  onSubmit,
  onCancel,
}: InstallFormModalProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const [isSaving, setSaving] = useState(false);
  const onKeyDown = useEnterSubmit(() => form.submit());
  const choice = Form.useWatch('product', form);
  const product = useMemo(() => catalog.find((p) => p.id === choice?.productId) ?? null, [catalog, choice]);

  useEffect(() => {
    if (initial) form.setFieldsValue(toValues(initial));
  }, [initial, form]);

  async function save(values: Values) {
    setSaving(true);
    try {
      await onSubmit(toDraft(values));
    } finally {
      setSaving(false);
    }
  }

  const enumOptions = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const tri = [
    { value: 'unknown', label: t('software:evidence.unchecked') },
    { value: 'yes', label: t('common:yes') },
    { value: 'no', label: t('common:no') },
  ];
  const licences = entitlements
    .filter((e) => !product || e.productId === product.id)
    .map((e) => ({
      value: e.id,
      label: t('software:form.entitlementOption', {
        product: pickName(e.productName, lang) || e.productId,
        contract: e.contractNo || e.invoiceNo || '—',
        quantity: e.quantity,
      }),
    }));

  return (
    <Modal
      open={initial !== null}
      title={title}
      okText={t('common:save')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={isSaving}
      destroyOnHidden
      width={760}
    >
      <Form<Values>
        onKeyDown={onKeyDown}
        form={form}
        layout="vertical"
        onFinish={save}
        preserve={false}
        data-testid="install-form"
      >
        <Form.Item
          name="product"
          label={t('software:field.product')}
          rules={[
            {
              validator: (_, v: ProductChoice | undefined) =>
                v && (v.productId || v.rawName.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('software:errors.nameRequired'))),
            },
          ]}
        >
          <ProductPicker
            catalog={catalog}
            autoFocus
            testId="install-product"
            onPick={(p) =>
              form.setFieldsValue({
                category: p.category,
                edition:
                  p.defaultEditionId ?? p.editions.find((e) => !e.restriction)?.id ?? p.editions[0]?.id ?? '',
              })
            }
          />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr 1fr', columnGap: 12 }}>
          <Form.Item name="edition" label={t('software:field.edition')}>
            {product && product.editions.length > 0 ? (
              <Select
                data-testid="install-edition"
                options={product.editions.map((e) => ({ value: e.id, label: pickName(e.name, lang) }))}
              />
            ) : (
              <Input maxLength={64} />
            )}
          </Form.Item>
          <Form.Item name="version" label={t('software:field.version')}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="category" label={t('software:field.category')}>
            <Select options={enumOptions(CATEGORIES, 'software:category')} disabled={product !== null} />
          </Form.Item>
          <Form.Item name="channel" label={t('software:field.channel')}>
            <Select options={enumOptions(CHANNELS, 'software:channel')} data-testid="install-channel" />
          </Form.Item>
          <Form.Item name={['evidence', 'invoiceNo']} label={t('software:evidence.invoiceNo')}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name={['evidence', 'contractNo']} label={t('software:evidence.contractNo')}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name={['evidence', 'coa']} label={t('software:evidence.coa')}>
            <Select options={enumOptions(COA_STATES, 'software:coa')} data-testid="install-coa" />
          </Form.Item>
          <Form.Item name={['evidence', 'productIdOem']} label={t('software:evidence.productIdOem')}>
            <Select options={tri} />
          </Form.Item>
          <Form.Item name={['evidence', 'activation']} label={t('software:evidence.activation')}>
            <Select options={enumOptions(ACTIVATION_STATES, 'software:activation')} />
          </Form.Item>
          <Form.Item name={['evidence', 'kmsHost']} label={t('software:evidence.kmsHost')}>
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name={['evidence', 'originalMachine']} label={t('software:evidence.originalMachine')}>
            <Select options={tri} />
          </Form.Item>
          <Form.Item
            name={['evidence', 'expiry']}
            label={t('software:evidence.expiry')}
            rules={[
              {
                validator: (_, v) =>
                  dateSchema.safeParse(v ?? '').success
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('machines:errors.dateFormat'))),
              },
            ]}
          >
            <Input maxLength={10} placeholder="2026-12-31" />
          </Form.Item>
        </div>
        <Form.Item
          name="entitlementId"
          label={t('software:field.entitlement')}
          extra={t('software:form.entitlementHelp')}
        >
          <Select allowClear options={licences} placeholder={t('software:form.noEntitlement')} />
        </Form.Item>
        <Form.Item name="notes" label={t('software:field.notes')}>
          <Input.TextArea rows={2} maxLength={32767} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
