import { Alert, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/i18n';
import { renderMessage } from '../../i18n';

const FIRST = 5;

/** The problems of the files read (or of the scan), the first few shown and the rest on request. */
export function CaptureProblems({ problems }: { problems: Message[] }) {
  const { t } = useTranslation('capture');
  const [isOpen, setOpen] = useState(false);
  if (problems.length === 0) return null;
  const shown = isOpen ? problems : problems.slice(0, FIRST);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="capture-problems"
      message={t('preview.problems', { count: problems.length })}
      description={
        <>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {shown.map((problem, index) => (
              // Problems have no identity of their own; the list never reorders.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once.
              <li key={index}>
                <Typography.Text>{renderMessage(problem)}</Typography.Text>
              </li>
            ))}
          </ul>
          {problems.length > FIRST && (
            <Button type="link" size="small" onClick={() => setOpen(!isOpen)}>
              {isOpen ? t('preview.fewerProblems') : t('preview.allProblems', { count: problems.length })}
            </Button>
          )}
        </>
      }
    />
  );
}
