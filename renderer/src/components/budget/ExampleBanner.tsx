import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppContext } from '../../app/app-context';

/** Says plainly that example prices are in use and are not a basis for a budget. */
export function ExampleBanner({ count, showLink = true }: { count: number; showLink?: boolean }) {
  const { t } = useTranslation('budget');
  const { navigate } = useAppContext();
  if (count === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="example-banner"
      message={t('prices.exampleBanner', { count })}
      action={
        showLink ? (
          <Button size="small" onClick={() => navigate('common/prices')}>
            {t('prices.open')}
          </Button>
        ) : undefined
      }
    />
  );
}
