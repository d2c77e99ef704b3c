import { Card, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaptureProgress } from '../../pages/capture/use-capture-progress';

/** How far a scan or a folder import has come, with the file being read. */
export function CaptureProgressBar({
  progress,
  isScan,
}: {
  progress: CaptureProgress | null;
  isScan: boolean;
}) {
  const { t } = useTranslation('capture');
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <Card size="small" data-testid="capture-progress">
      <Typography.Text>
        {isScan
          ? t('progress.scanning')
          : total > 0
            ? t('progress.reading', { done, total, file: progress?.label ?? '' })
            : t('progress.listing')}
      </Typography.Text>
      <Progress percent={isScan ? 50 : percent} status="active" showInfo={!isScan} />
    </Card>
  );
}
