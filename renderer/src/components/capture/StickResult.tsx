import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CollectorStickResult } from '../../../../shared/contract';

/** Which files were written to the stick, and the two-minute procedure in short. */
export function StickResult({ result, onClose }: { result: CollectorStickResult; onClose(): void }) {
  const { t } = useTranslation('capture');
  return (
    <Alert
      type="success"
      showIcon
      closable
      onClose={onClose}
      data-testid="capture-stick-result"
      message={t('stick.written', { count: result.files.length, dir: result.dir })}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {result.files.map((file) => (
              <Typography.Text code key={file.name} style={{ marginInlineEnd: 8 }}>
                {file.name}
              </Typography.Text>
            ))}
          </Typography.Paragraph>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            <li>{t('stick.stepWindows')}</li>
            <li>{t('stick.stepLinux')}</li>
            <li>{t('stick.stepImport')}</li>
          </ol>
        </>
      }
    />
  );
}
