import { SearchOutlined } from '@ant-design/icons';
import { Input, Select, Space, Typography } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ARCHES, MACHINE_STATUSES, MACHINE_TYPES, ZONES } from '../../../../shared/model';
import {
  type MachineQuery,
  VERDICT_FILTERS,
  type VerdictFilter,
} from '../../../../shared/office/machine-query';

export interface MachineFiltersProps {
  query: MachineQuery;
  departments: string[];
  shown: number;
  total: number;
  onChange(query: MachineQuery): void;
}

/** The ledger's search box and filters; the search box has the focus when the screen opens. */
export const MachineFilters = memo(function MachineFilters({
  query,
  departments,
  shown,
  total,
  onChange,
}: MachineFiltersProps) {
  const { t } = useTranslation();
  const multi = <K extends 'types' | 'statuses' | 'zones' | 'arches'>(
    key: K,
    values: readonly string[],
    labelKey: string,
    width: number,
  ) => (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      style={{ width }}
      placeholder={t(`machines:field.${labelKey}`)}
      value={[...query[key]]}
      onChange={(v) => onChange({ ...query, [key]: v })}
      options={values.map((v) => ({ value: v, label: t(`machines:${labelKey}.${v}`) }))}
      data-testid={`machine-filter-${key}`}
    />
  );
  return (
    <Space wrap size={8}>
      <Input
        autoFocus
        allowClear
        prefix={<SearchOutlined />}
        style={{ width: 240 }}
        placeholder={t('machines:filter.searchPlaceholder')}
        value={query.text}
        onChange={(e) => onChange({ ...query, text: e.target.value })}
        data-testid="machine-search"
      />
      {multi('types', MACHINE_TYPES, 'type', 110)}
      {multi('statuses', MACHINE_STATUSES, 'status', 110)}
      {multi('zones', ZONES, 'zone', 120)}
      {multi('arches', ARCHES, 'arch', 120)}
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        style={{ width: 150 }}
        placeholder={t('machines:field.department')}
        value={[...query.departments]}
        onChange={(v) => onChange({ ...query, departments: v })}
        options={departments.map((d) => ({ value: d, label: d }))}
      />
      <Select<VerdictFilter>
        style={{ width: 140 }}
        value={query.verdict}
        onChange={(v) => onChange({ ...query, verdict: v })}
        options={VERDICT_FILTERS.map((v) => ({ value: v, label: t(`machines:filter.verdict.${v}`) }))}
        data-testid="machine-filter-verdict"
      />
      <Typography.Text type="secondary" data-testid="machine-count">
        {t('machines:filter.count', { shown, total })}
      </Typography.Text>
    </Space>
  );
});
