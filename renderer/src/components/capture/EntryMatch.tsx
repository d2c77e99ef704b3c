import { Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaptureEntrySummary } from '../../../../shared/contract';

interface Props {
  entry: CaptureEntrySummary;
  assetNo: string;
  onAssetNo(value: string): void;
}

/** "New, asset number …" with the number to correct, or "updates ZB-0012 (matched by serial)". */
export function EntryMatch({ entry, assetNo, onAssetNo }: Props) {
  const { t } = useTranslation('capture');
  if (entry.match === null) {
    return (
      <Space direction="vertical" size={4}>
        <Tag color="blue" data-testid={`capture-new-${entry.key}`}>
          {t('preview.new')}
        </Tag>
        <Input
          size="small"
          value={assetNo}
          maxLength={64}
          addonBefore={t('preview.assetNo')}
          onChange={(e) => onAssetNo(e.target.value)}
          status={assetNo.trim() === '' ? 'error' : undefined}
          data-testid={`capture-asset-${entry.key}`}
          style={{ width: 220 }}
        />
      </Space>
    );
  }
  return (
    <Space direction="vertical" size={4}>
      <Tag color="green" data-testid={`capture-update-${entry.key}`}>
        {t('preview.updates', { assetNo: entry.match.assetNo })}
      </Tag>
      <Typography.Text type="secondary">{t(`match.${entry.match.by}`)}</Typography.Text>
      {entry.match.isAmbiguous && <Typography.Text type="warning">{t('match.ambiguous')}</Typography.Text>}
    </Space>
  );
}
