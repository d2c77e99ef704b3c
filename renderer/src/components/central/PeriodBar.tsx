import { Button, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentralOverview } from '../../../../shared/contract';
import { periodSchema } from '../../../../shared/model';

/** Chooses the reporting period the central screens show, or starts a new one. */
export function PeriodBar({
  overview,
  onChoose,
}: {
  overview: CentralOverview;
  onChoose: (period: string) => void;
}) {
  const { t } = useTranslation('central');
  const [draft, setDraft] = useState('');
  const isValid = periodSchema.safeParse(draft.trim()).success;
  return (
    <Space wrap data-testid="period-bar">
      <Typography.Text strong>{t('period.label')}</Typography.Text>
      {overview.periods.length > 0 && (
        <Select
          style={{ width: 140 }}
          value={overview.period ?? undefined}
          options={overview.periods.map((p) => ({ value: p, label: p }))}
          onChange={onChoose}
          data-testid="period-select"
        />
      )}
      <Input
        style={{ width: 150 }}
        placeholder={t('period.newPlaceholder')}
        value={draft}
        maxLength={7}
        onChange={(e) => setDraft(e.target.value)}
        status={draft !== '' && !isValid ? 'error' : undefined}
        data-testid="period-new"
      />
      <Button
        disabled={!isValid}
        onClick={() => {
          onChoose(draft.trim());
          setDraft('');
        }}
        data-testid="period-new-go"
      >
        {t('period.start')}
      </Button>
    </Space>
  );
}
