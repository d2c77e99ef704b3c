import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useAppContext } from '../app/app-context';
import { useCallError } from '../hooks/use-call-error';
import { renderMessage } from '../i18n';

/** Tells the user that a damaged data file was moved aside, and where it is. */
export function ProblemBanner() {
  const { t } = useTranslation('app');
  const { info, setInfo } = useAppContext();
  const showError = useCallError();
  if (info.problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="store-problems"
      title={t('problems.title')}
      description={
        <>
          {info.problems.map((p) => (
            <div key={p.movedTo}>
              {t('problems.item', { message: renderMessage(p.message), movedTo: p.movedTo })}
            </div>
          ))}
          <div>{t('problems.restoreHint')}</div>
        </>
      }
      action={
        <Button size="small" onClick={() => call('problems:dismiss', {}).then(setInfo, showError)}>
          {t('problems.dismiss')}
        </Button>
      }
    />
  );
}
