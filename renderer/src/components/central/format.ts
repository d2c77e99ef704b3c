/** 正版化率 and other shares with one decimal, or a dash when there is nothing to divide. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A share of a whole, as formatRate shows it. */
export function formatShare(part: number, whole: number): string {
  return whole === 0 ? '—' : formatRate(part / whole);
}

/** A signed change such as +12 or −3, or an empty text when nothing changed. */
export function formatDelta(delta: number | null | undefined, asRate = false): string {
  if (delta === null || delta === undefined || delta === 0) return '';
  const text = asRate ? `${Math.abs(delta * 100).toFixed(1)}%` : formatCount(Math.abs(delta));
  return `${delta > 0 ? '+' : '−'}${text}`;
}

const counts = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** A count with thousands grouped (97,158), as the headline statistics show theirs. */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** An export time as the unit wrote it (its own clock and offset), to the minute: 2026-11-10 09:47. */
export function formatStamp(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? iso.slice(0, 16).replace('T', ' ') : iso;
}
