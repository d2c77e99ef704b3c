import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FileStatus } from '../../../../shared/merge/merge-types';

const COLORS: Record<FileStatus, string> = {
  accepted: 'green',
  accepted_with_warnings: 'gold',
  already_imported: 'default',
  rejected: 'red',
};

/** What happened to an imported file: accepted, accepted with warnings, already imported, rejected. */
export function FileStatusTag({ status }: { status: FileStatus }) {
  const { t } = useTranslation('central');
  return <Tag color={COLORS[status]}>{t(`fileStatus.${status}`)}</Tag>;
}
