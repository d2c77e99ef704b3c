import { Typography } from 'antd';
import { formatWanNumber, formatYuan } from '../../../../shared/budget/money';

/** An amount in yuan with two decimals; red when asked to mark a shortfall. */
export function Yuan({ fen, isAlert = false, testId }: { fen: number; isAlert?: boolean; testId?: string }) {
  return (
    <Typography.Text
      type={isAlert && fen > 0 ? 'danger' : undefined}
      data-testid={testId}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {formatYuan(fen)}
    </Typography.Text>
  );
}

/** An amount in 万元, rounded half up to two decimals (to the nearest 100 yuan). */
export function Wan({ fen, isAlert = false, testId }: { fen: number; isAlert?: boolean; testId?: string }) {
  return (
    <Typography.Text
      type={isAlert && fen > 0 ? 'danger' : undefined}
      data-testid={testId}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {formatWanNumber(fen)}
    </Typography.Text>
  );
}

/** A difference in yuan with an explicit sign: +1,000.00 / -1,000.00 / 0.00. */
export function SignedYuan({ fen }: { fen: number }) {
  const text = fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen);
  return (
    <Typography.Text
      type={fen < 0 ? 'success' : fen > 0 ? 'warning' : undefined}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {text}
    </Typography.Text>
  );
}
