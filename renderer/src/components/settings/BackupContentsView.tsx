import { Descriptions, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../shared/budget/money';
import type { BackupContents } from '../../../../shared/contract';
import { call } from '../../api/client';
import { useCallError } from '../../hooks/use-call-error';

/** Renders what a backup holds, document by document. */
export function BackupContentsList({ contents }: { contents: BackupContents }) {
  const { t } = useTranslation('settings');
  const missing = <Typography.Text type="secondary">{t('backups.contents.missing')}</Typography.Text>;
  const { office, central, budget } = contents;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="backup-contents"
      styles={{ label: { whiteSpace: 'nowrap', width: 88 } }}
    >
      <Descriptions.Item label={t('backups.contents.office')}>
        {office
          ? t('backups.contents.officeLine', {
              unit: office.unitName ?? t('backups.contents.noUnit'),
              machines: office.machines,
              installs: office.installs,
              entitlements: office.entitlements,
              milestones: office.milestones,
            })
          : missing}
      </Descriptions.Item>
      <Descriptions.Item label={t('backups.contents.central')}>
        {central
          ? central.period
            ? t('backups.contents.centralLine', { ...central })
            : t('backups.contents.centralNoPeriod', { returns: central.returns })
          : missing}
      </Descriptions.Item>
      <Descriptions.Item label={t('backups.contents.budget')}>
        {budget ? (
          <>
            <div>{t('backups.contents.budgetLine', { ...budget })}</div>
            {budget.fundsAllocatedFen !== null && (
              <div>{t('backups.contents.fundsLine', { amount: formatYuan(budget.fundsAllocatedFen) })}</div>
            )}
          </>
        ) : (
          missing
        )}
      </Descriptions.Item>
      {contents.unreadable.map((file) => (
        <Descriptions.Item key={file} label={file}>
          <Typography.Text type="danger">{t('backups.contents.unreadable', { file })}</Typography.Text>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** Loads a backup's contents when shown (a row opened on the restore screen). */
export function BackupContentsView({ id }: { id: string }) {
  const { t } = useTranslation('settings');
  const showError = useCallError();
  const [contents, setContents] = useState<BackupContents | null>(null);
  useEffect(() => {
    let live = true;
    call('backups:inspect', { id }).then((c) => {
      if (live) setContents(c);
    }, showError);
    return () => {
      live = false;
    };
  }, [id, showError]);
  if (!contents)
    return (
      <Typography.Text type="secondary">
        <Spin size="small" /> {t('backups.contents.loading')}
      </Typography.Text>
    );
  return <BackupContentsList contents={contents} />;
}
