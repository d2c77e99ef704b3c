import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LicenceStatus } from '../../../../shared/model';

export const VERDICT_COLORS: Record<LicenceStatus, string> = {
  genuine: 'green',
  not_genuine: 'red',
  to_verify: 'orange',
};

/** 正版 / 非正版 / 待核实 as a coloured tag. */
export function VerdictTag({ status }: { status: LicenceStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={VERDICT_COLORS[status]} data-testid={`verdict-${status}`}>
      {t(`software:status.${status}`)}
    </Tag>
  );
}
