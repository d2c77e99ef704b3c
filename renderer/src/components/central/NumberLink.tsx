import { formatCount } from './format';
import { LinkButton } from './LinkButton';

/** A figure that opens the rows behind it; zero is shown plain since there is nothing to list. */
export function NumberLink({
  value,
  onOpen,
  testId,
  fontSize,
}: {
  value: number;
  onOpen: () => void;
  testId?: string;
  /** Headline figures are shown large, like the statistic they stand in for. */
  fontSize?: number;
}) {
  if (value === 0) return <span data-testid={testId}>0</span>;
  return (
    <LinkButton onClick={onOpen} testId={testId} style={fontSize ? { fontSize } : undefined}>
      {formatCount(value)}
    </LinkButton>
  );
}
