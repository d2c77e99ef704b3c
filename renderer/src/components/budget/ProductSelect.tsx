import { Select } from 'antd';
import { useMemo } from 'react';
import type { ProductBrief } from '../../../../shared/budget/views';
import { pickName, useLang } from '../../hooks/office/use-lang';

export interface ProductSelectProps {
  products: readonly ProductBrief[];
  value?: string | string[];
  onChange?(value: string | string[]): void;
  isMultiple?: boolean;
  placeholder?: string;
  testId?: string;
  width?: number | string;
}

/** Picks catalog products by typing part of a Chinese or English name or the id. */
export function ProductSelect({
  products,
  value,
  onChange,
  isMultiple,
  placeholder,
  testId,
  width = '100%',
}: ProductSelectProps) {
  const lang = useLang();
  const options = useMemo(
    () =>
      products.map((p) => ({
        value: p.id,
        label: pickName(p.name, lang),
        search: `${p.name.zh} ${p.name.en} ${p.id}`.toLowerCase(),
      })),
    [products, lang],
  );
  return (
    <Select
      data-testid={testId}
      showSearch
      mode={isMultiple ? 'multiple' : undefined}
      maxTagCount={isMultiple ? 'responsive' : undefined}
      style={{ width }}
      value={value}
      placeholder={placeholder}
      options={options}
      optionFilterProp="search"
      filterOption={(input, option) => (option?.search ?? '').includes(input.trim().toLowerCase())}
      onChange={(v: string | string[]) => onChange?.(v)}
    />
  );
}
