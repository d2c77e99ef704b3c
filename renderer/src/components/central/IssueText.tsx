import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FileIssue } from '../../../../shared/merge/merge-types';
import { renderMessage } from '../../i18n';

/** A stable React key for an issue in a list: its place and message. */
export function issueKey(issue: FileIssue): string {
  return JSON.stringify([issue.sheet, issue.row, issue.column, issue.message]);
}

/** One validation problem: where it is (sheet, row, column) and what is wrong, in the user's language. */
export function IssueText({ issue }: { issue: FileIssue }) {
  const { t } = useTranslation('central');
  const place = [
    issue.sheet ? t('issue.sheet', { sheet: issue.sheet }) : '',
    issue.row !== null ? t('issue.row', { row: issue.row }) : '',
    issue.column ? t('issue.column', { column: issue.column }) : '',
  ]
    .filter((p) => p !== '')
    .join(' · ');
  return (
    <div>
      <Tag color={issue.severity === 'error' ? 'red' : 'gold'} style={{ marginInlineEnd: 6 }}>
        {t(`issue.${issue.severity}`)}
      </Tag>
      {place && <Typography.Text type="secondary">［{place}］</Typography.Text>}
      <span>{renderMessage(issue.message)}</span>
    </div>
  );
}
