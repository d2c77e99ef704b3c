import { AutoComplete, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Product, searchProducts } from '../../../../shared/catalog';
import { pickName, useLang } from '../../hooks/office/use-lang';

export interface ProductChoice {
  productId: string | null;
  rawName: string;
}

export interface ProductPickerProps {
  catalog: readonly Product[];
  value?: ProductChoice;
  onChange?(value: ProductChoice): void;
  /** Called when a catalog product is chosen, so the form can fill category and editions. */
  onPick?(product: Product): void;
  autoFocus?: boolean;
  testId?: string;
}

/**
 * Type-ahead over the catalog (Chinese and English names, aliases); anything else typed is kept as
 * a free-text name, to be mapped to a product later.
 */
export function ProductPicker({ catalog, value, onChange, onPick, autoFocus, testId }: ProductPickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [query, setQuery] = useState<string | null>(null);
  const byId = useMemo(() => new Map(catalog.map((p) => [p.id, p])), [catalog]);
  const chosen = value?.productId ? byId.get(value.productId) : undefined;
  const text = query ?? (chosen ? pickName(chosen.name, lang) : (value?.rawName ?? ''));
  const options = useMemo(
    () =>
      searchProducts(query ?? '', catalog, lang, 12).map((p) => ({
        value: p.id,
        label: (
          <span>
            {pickName(p.name, lang)}{' '}
            <Tag bordered={false} style={{ marginInlineStart: 4 }}>
              {t(`software:category.${p.category}`)}
            </Tag>
            {lang !== 'en' && p.name.en !== p.name.zh && <span style={{ color: '#999' }}>{p.name.en}</span>}
          </span>
        ),
      })),
    [query, catalog, lang, t],
  );
  return (
    <AutoComplete
      autoFocus={autoFocus}
      value={text}
      options={options}
      defaultActiveFirstOption
      placeholder={t('software:form.productPlaceholder')}
      onSearch={(typed) => {
        setQuery(typed);
        onChange?.({ productId: null, rawName: typed });
      }}
      onSelect={(id: string) => {
        const product = byId.get(id);
        if (!product) return;
        setQuery(null);
        onChange?.({ productId: product.id, rawName: pickName(product.name, lang) });
        onPick?.(product);
      }}
      data-testid={testId}
    />
  );
}
