import { Alert, App as AntApp, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemRecovery } from '../../../shared/contract';
import { call } from '../api/client';
import { useAppContext } from '../app/app-context';
import { useCallError } from '../hooks/use-call-error';
import { renderMessage } from '../i18n';

/**
 * Tells the user that a damaged data file was moved aside, and where it is; when a backup taken
 * before the damage holds a good copy, offers to bring that document back from it.
 */
export function ProblemBanner() {
  const { t, i18n } = useTranslation('app');
  const { info, setInfo } = useAppContext();
  const { message, modal } = AntApp.useApp();
  const showError = useCallError();
  const [offers, setOffers] = useState<ProblemRecovery[]>([]);
  const { problems } = info;

  useEffect(() => {
    if (problems.length === 0) return;
    let live = true;
    call('problems:recoveries', {}).then((list) => {
      if (live) setOffers(list);
    }, showError);
    return () => {
      live = false;
    };
  }, [problems, showError]);

  if (problems.length === 0) return null;
  const formatTime = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const documentOf = (file: string) => t(`problems.documents.${file.replace(/\.json$/, '')}`);

  const confirmRecover = (offer: ProblemRecovery) => {
    const params = {
      time: formatTime(offer.backup.createdAt),
      document: documentOf(offer.file),
      workspace: offer.workspaceName || t('defaultWorkspace'),
    };
    modal.confirm({
      title: t('problems.recoverTitle', params),
      content: t('problems.recoverContent', params),
      okText: t('problems.recover'),
      onOk: () =>
        call('problems:recover', { movedTo: offer.movedTo, backupId: offer.backup.id }).then((next) => {
          setInfo(next);
          message.success(t('problems.recovered', params));
        }, showError),
    });
  };

  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="store-problems"
      title={t('problems.title')}
      description={
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          {problems.map((p) => {
            const offer = offers.find((o) => o.movedTo === p.movedTo);
            return (
              <div key={p.movedTo}>
                <div>{t('problems.item', { message: renderMessage(p.message), movedTo: p.movedTo })}</div>
                {offer && (
                  <Space wrap style={{ marginTop: 4 }}>
                    <span>
                      {t('problems.offer', {
                        time: formatTime(offer.backup.createdAt),
                        document: documentOf(offer.file),
                      })}
                    </span>
                    <Button
                      size="small"
                      type="primary"
                      data-testid="problem-recover"
                      onClick={() => confirmRecover(offer)}
                    >
                      {t('problems.recover')}
                    </Button>
                  </Space>
                )}
              </div>
            );
          })}
          {offers.length < problems.length && <div>{t('problems.restoreHint')}</div>}
        </Space>
      }
      action={
        <Button size="small" onClick={() => call('problems:dismiss', {}).then(setInfo, showError)}>
          {t('problems.dismiss')}
        </Button>
      }
    />
  );
}
