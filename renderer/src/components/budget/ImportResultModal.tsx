import { Alert, List, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PriceImportView } from '../../../../shared/budget/views';
import { renderMessage } from '../../i18n';

/** What an import did: lines taken, and each skipped row with its reason. */
export function ImportResultModal({ result, onClose }: { result: PriceImportView | null; onClose(): void }) {
  const { t } = useTranslation('budget');
  return (
    <Modal
      open={result !== null}
      title={t('prices.importResult.title', { file: result?.fileName ?? '' })}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('common:close')}
      width={720}
    >
      {result && (
        <>
          <Alert
            type={result.isApplied ? (result.issues.length > 0 ? 'warning' : 'success') : 'error'}
            showIcon
            data-testid="import-summary"
            message={
              result.isApplied
                ? t('prices.importResult.applied', {
                    imported: result.imported,
                    rows: result.rowCount,
                    skipped: result.issues.length,
                  })
                : t('prices.importResult.notApplied')
            }
            style={{ marginBottom: 12 }}
          />
          {result.issues.length > 0 && (
            <List
              size="small"
              bordered
              style={{ maxHeight: 360, overflow: 'auto' }}
              dataSource={result.issues}
              renderItem={(issue) => (
                <List.Item>
                  <Typography.Text>
                    {issue.row === null
                      ? renderMessage(issue.message)
                      : t('prices.importResult.row', {
                          row: issue.row,
                          message: renderMessage(issue.message),
                        })}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Modal>
  );
}
