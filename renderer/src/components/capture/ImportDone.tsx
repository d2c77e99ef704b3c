import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaptureImportResult } from '../../../../shared/contract';

/** What the confirmed import wrote, with a way to the machine ledger. */
export function ImportDone({ result, onClose }: { result: CaptureImportResult; onClose(): void }) {
  const { t } = useTranslation('capture');
  return (
    <Alert
      type="success"
      showIcon
      closable
      onClose={onClose}
      data-testid="capture-done"
      message={t('done.summary', {
        created: result.created,
        updated: result.updated,
        added: result.installsAdded,
        changed: result.installsUpdated,
      })}
      action={
        <Button size="small" href="#/office/machines" data-testid="capture-open-machines">
          {t('done.openMachines')}
        </Button>
      }
    />
  );
}
