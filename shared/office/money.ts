/** Money as the clerk types it (yuan, maybe with thousands separators) and as it is stored (integer fen). */

const AMOUNT = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Parses a yuan amount such as "1,234.5" or "１２３４．５０" into fen; null when it is not an amount. */
export function yuanToFen(text: string): number | null {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[,\s，]/g, '')
    .replace(/^¥|元$/g, '');
  if (cleaned === '') return 0;
  const match = AMOUNT.exec(cleaned);
  if (!match) return null;
  const yuan = Number(match[1]);
  const fen = Number((match[2] ?? '').padEnd(2, '0'));
  return yuan * 100 + fen;
}

/** Formats fen as yuan with two decimals and thousands separators: 123450 → "1,234.50". */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** Formats fen as a plain yuan amount for an input box: 123450 → "1234.50", 0 → "". */
export function fenToInput(fen: number): string {
  if (fen === 0) return '';
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
