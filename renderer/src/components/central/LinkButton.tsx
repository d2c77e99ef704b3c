import type { CSSProperties, ReactNode } from 'react';
import './central-cells.css';

/** A button that looks like a link, light enough for every row of a long list. */
export function LinkButton({
  children,
  onClick,
  isDanger = false,
  testId,
  style,
}: {
  children: ReactNode;
  onClick: () => void;
  isDanger?: boolean;
  testId?: string;
  style?: CSSProperties;
}) {
  return (
    <button
      type="button"
      className={isDanger ? 'zb-link-button zb-danger' : 'zb-link-button'}
      onClick={onClick}
      data-testid={testId}
      style={style}
    >
      {children}
    </button>
  );
}
