import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBpAsPercent, parsePercentToBp } from '../../../../shared/budget/money';
import {
  PRICE_BASES,
  type PriceBasis,
  PURCHASE_CHANNELS,
  type PurchaseChannel,
} from '../../../../shared/budget/price-list';
import type { Scenario, SubstitutionRule } from '../../../../shared/budget/scenario';
import type { ProductBrief } from '../../../../shared/budget/views';
import { CATEGORIES, type Category } from '../../../../shared/model';
import { pickName, useLang } from '../../hooks/office/use-lang';
import { ProductSelect } from './ProductSelect';

interface DiscountRow {
  vendor: string;
  percent: string;
}

interface ScenarioForm {
  name: string;
  bases: PriceBasis[];
  channels: PurchaseChannel[];
  discounts: DiscountRow[];
  substitutions: SubstitutionRule[];
  notes: string;
}

export interface ScenarioEditModalProps {
  /** The scenario to edit (id '' for a new one), or null when closed. */
  initial: Scenario | null;
  products: readonly ProductBrief[];
  onSubmit(scenario: Scenario): Promise<void>;
  onCancel(): void;
}

function toForm(s: Scenario): ScenarioForm {
  return {
    name: s.name,
    bases: s.bases,
    channels: s.channels,
    discounts: s.vendorDiscounts.map((d) => ({
      vendor: d.vendor,
      percent: formatBpAsPercent(d.discountBp).replace('%', ''),
    })),
    substitutions: s.substitutions,
    notes: s.notes,
  };
}

/** Edits a scenario: price bases in order, channels, vendor discounts and the substitution mapping. */
export function ScenarioEditModal({ initial, products, onSubmit, onCancel }: ScenarioEditModalProps) {
  const { t } = useTranslation('budget');
  const lang = useLang();
  const [form] = Form.useForm<ScenarioForm>();
  const vendorOptions = useMemo(() => {
    const byVendor = new Map<string, string>();
    for (const p of products) if (!byVendor.has(p.vendor)) byVendor.set(p.vendor, p.publisher);
    return [...byVendor]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [products]);

  useEffect(() => {
    if (initial) form.setFieldsValue(toForm(initial));
  }, [initial, form]);

  async function submit(values: ScenarioForm) {
    if (!initial) return;
    await onSubmit({
      ...initial,
      name: values.name.trim(),
      bases: values.bases,
      channels: values.channels,
      vendorDiscounts: (values.discounts ?? []).map((d) => ({
        vendor: d.vendor,
        discountBp: parsePercentToBp(d.percent) ?? 0,
      })),
      substitutions: (values.substitutions ?? []).map((r) => ({
        ...r,
        fromProductIds: r.fromProductIds ?? [],
        fromVendor: r.fromVendor ?? '',
        toEdition: r.toEdition ?? '',
        notes: r.notes ?? '',
      })),
      notes: values.notes?.trim() ?? '',
    });
  }

  const required = (field: string) => ({
    required: true,
    message: t('common:validation.required', { field }),
  });

  return (
    <Modal
      open={initial !== null}
      title={initial?.id ? t('scenarios.edit') : t('scenarios.add')}
      okText={t('common:save')}
      cancelText={t('common:cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      width={980}
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="name"
          label={t('scenarios.field.name')}
          rules={[required(t('scenarios.field.name'))]}
          extra={t('scenarios.field.nameHelp')}
        >
          <Input maxLength={128} data-testid="scenario-name" />
        </Form.Item>
        <Space size="large" align="start" wrap>
          <Form.Item
            name="bases"
            label={t('scenarios.field.bases')}
            extra={t('scenarios.field.basesHelp')}
            rules={[required(t('scenarios.field.bases'))]}
          >
            <Select
              mode="multiple"
              style={{ width: 360 }}
              options={PRICE_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="channels"
            label={t('scenarios.field.channels')}
            extra={t('scenarios.field.channelsHelp')}
            rules={[required(t('scenarios.field.channels'))]}
          >
            <Select
              mode="multiple"
              style={{ width: 480 }}
              options={PURCHASE_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            />
          </Form.Item>
        </Space>

        <Divider titlePlacement="start" plain>
          {t('scenarios.field.discounts')}
        </Divider>
        <Typography.Paragraph type="secondary">{t('scenarios.field.discountsHelp')}</Typography.Paragraph>
        <Form.List name="discounts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'vendor']} rules={[required(t('scenarios.field.vendor'))]}>
                    <Select
                      showSearch
                      style={{ width: 220 }}
                      placeholder={t('scenarios.field.vendor')}
                      options={vendorOptions}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'percent']}
                    rules={[
                      {
                        validator: (_: unknown, v: string | undefined) =>
                          v !== undefined && parsePercentToBp(v) !== null
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('scenarios.field.discountInvalid'))),
                      },
                    ]}
                  >
                    <Input
                      style={{ width: 140 }}
                      addonAfter="%"
                      placeholder="15"
                      data-testid="discount-percent"
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common:delete')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ vendor: undefined, percent: '' })}
                data-testid="discount-add"
              >
                {t('scenarios.field.addDiscount')}
              </Button>
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start" plain>
          {t('scenarios.field.substitutions')}
        </Divider>
        <Typography.Paragraph type="secondary">{t('scenarios.field.substitutionsHelp')}</Typography.Paragraph>
        <Form.List name="substitutions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <SubstitutionRow
                  key={field.key}
                  name={field.name}
                  products={products}
                  vendorOptions={vendorOptions}
                  onRemove={() => remove(field.name)}
                  lang={lang}
                />
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    id: `sub-${Date.now().toString(36)}-${fields.length + 1}`,
                    category: 'os',
                    fromProductIds: [],
                    fromVendor: '',
                    toProductId: undefined,
                    toEdition: '',
                    notes: '',
                  })
                }
              >
                {t('scenarios.field.addSubstitution')}
              </Button>
            </>
          )}
        </Form.List>

        <Form.Item name="notes" label={t('scenarios.field.notes')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={1024} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface SubstitutionRowProps {
  name: number;
  products: readonly ProductBrief[];
  vendorOptions: Array<{ value: string; label: string }>;
  onRemove(): void;
  lang: ReturnType<typeof useLang>;
}

/** One line of the mapping: which needs (products, or a vendor's, or any foreign ones) become which product. */
function SubstitutionRow({ name, products, vendorOptions, onRemove, lang }: SubstitutionRowProps) {
  const { t } = useTranslation('budget');
  const form = Form.useFormInstance<ScenarioForm>();
  const category: Category | undefined = Form.useWatch(['substitutions', name, 'category'], form);
  const toProductId: string | undefined = Form.useWatch(['substitutions', name, 'toProductId'], form);
  const inCategory = products.filter((p) => p.category === category);
  const target = products.find((p) => p.id === toProductId);
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 4, padding: '8px 12px', marginBottom: 8 }}>
      <Form.Item name={[name, 'id']} hidden>
        <Input />
      </Form.Item>
      <Space align="start" wrap>
        <Form.Item name={[name, 'category']} label={t('scenarios.field.category')}>
          <Select
            style={{ width: 140 }}
            options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item
          name={[name, 'fromProductIds']}
          label={t('scenarios.field.fromProducts')}
          tooltip={t('scenarios.field.fromHelp')}
        >
          <ProductSelect
            products={inCategory}
            isMultiple
            width={260}
            placeholder={t('scenarios.field.anyProduct')}
          />
        </Form.Item>
        <Form.Item name={[name, 'fromVendor']} label={t('scenarios.field.fromVendor')}>
          <Select
            style={{ width: 150 }}
            options={[{ value: '', label: t('scenarios.field.anyForeign') }, ...vendorOptions]}
          />
        </Form.Item>
        <Form.Item
          name={[name, 'toProductId']}
          label={t('scenarios.field.to')}
          rules={[
            { required: true, message: t('common:validation.required', { field: t('scenarios.field.to') }) },
          ]}
        >
          <ProductSelect products={inCategory} width={220} />
        </Form.Item>
        <Form.Item name={[name, 'toEdition']} label={t('scenarios.field.toEdition')}>
          <Select
            style={{ width: 130 }}
            options={[
              { value: '', label: t('prices.anyEdition') },
              ...(target?.editions ?? []).map((e) => ({ value: e.id, label: pickName(e.name, lang) })),
            ]}
          />
        </Form.Item>
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('common:delete')}
          onClick={onRemove}
          style={{ marginTop: 30 }}
        />
      </Space>
    </div>
  );
}
