/**
 * Money is integer fen everywhere. Amounts typed as text are parsed digit by digit (never through a
 * binary float), multiplication and discounts are integer arithmetic with explicit rounding, and
 * 万元 is shown rounded half up to two decimals (that is, to the nearest 100 yuan).
 */

/** Largest amount handled, in fen: far above any budget, and products of it stay exact in BigInt. */
export const MAX_FEN = Number.MAX_SAFE_INTEGER;

/** Basis points in 100 %: a discount of 1,500 bp is 15 %. */
export const FULL_BP = 10_000;

const FEN_PER_WAN_HUNDREDTH = 10_000;

const AMOUNT = /^(\d{1,15})(?:\.(\d{0,2}))?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * Parses a yuan amount as typed or read from a cell ("1,341.50", "¥614", "１２３４．５", "80元") into fen.
 * Returns null for anything that is not a non-negative amount with at most two decimals; thousands
 * separators must sit in the right places, so "1,34" is refused rather than guessed.
 */
export function parseYuanToFen(text: string): number | null {
  let cleaned = text.normalize('NFKC').trim().replace(/，/g, ',');
  // A space between digit groups is read as a thousands separator and checked like a comma.
  cleaned = cleaned
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '')
    .replace(/\s+/g, ',');
  if (cleaned === '') return null;
  if (cleaned.includes(',')) {
    if (!GROUPED.test(cleaned)) return null;
    cleaned = cleaned.replace(/,/g, '');
  }
  const match = AMOUNT.exec(cleaned);
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/**
 * Turns a numeric spreadsheet cell (a double such as 1341.5 or 0.30000000000000004) into fen by way of
 * its shortest decimal text, so the value a person typed comes back exactly. Null when the number
 * carries more than two decimals, is negative or is not finite.
 */
export function parseCellNumberToFen(value: number): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  // 15 significant digits is what spreadsheet programs keep; trailing zeros are dropped again.
  let text = value.toPrecision(15);
  if (/e/i.test(text)) return null;
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return parseYuanToFen(text);
}

/** Groups digits in threes: "1234567" → "1,234,567". */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats fen as plain yuan with two decimals, no symbol: 134150 → "1,341.50"; negatives keep their sign. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${groupDigits(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`;
}

/** Formats fen as a yuan amount with the currency sign: 134150 → "¥1,341.50". */
export function formatFen(fen: number): string {
  return fen < 0 ? `-¥${formatYuan(-fen)}` : `¥${formatYuan(fen)}`;
}

/** Formats fen as yuan for an input box, without separators: 134150 → "1341.50". */
export function formatYuanForInput(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Rounds fen to hundredths of 万元 (100 yuan), half away from zero: 134100 fen (1,341 yuan) → 13,
 * i.e. 0.13 万元; 5,000 fen (50 yuan) → 1.
 */
export function toWanHundredths(fen: number): number {
  const abs = Math.abs(fen);
  const rounded = Math.floor(abs / FEN_PER_WAN_HUNDREDTH) + (abs % FEN_PER_WAN_HUNDREDTH >= 5_000 ? 1 : 0);
  return fen < 0 ? -rounded : rounded;
}

/** Formats fen as 万元 rounded half up to two decimals, without the unit: 134100 → "0.13". */
export function formatWanNumber(fen: number): string {
  const hundredths = toWanHundredths(fen);
  const abs = Math.abs(hundredths);
  const sign = hundredths < 0 ? '-' : '';
  return `${sign}${groupDigits(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`;
}

/** Formats fen as 万元 with the unit: 134100 → "0.13 万元". */
export function formatWan(fen: number): string {
  return `${formatWanNumber(fen)} 万元`;
}

/** The 万元 figure as a decimal string with exactly two decimals and no separators, for workbook cells. */
export function toWanText(fen: number): string {
  return formatWanNumber(fen).replace(/,/g, '');
}

/** Count × unit price in fen, exactly; throws a RangeError rather than lose a fen. */
export function multiplyFen(count: number, unitFen: number): number {
  assertInteger(count, 'count');
  assertInteger(unitFen, 'unitFen');
  const product = count * unitFen;
  if (!Number.isSafeInteger(product)) throw new RangeError('amount too large to compute exactly');
  return product;
}

/**
 * Applies a discount in basis points to a unit price and rounds the result half up to the fen:
 * 134100 fen less 1,500 bp = 113985 fen. The discount is applied to the unit price, then multiplied.
 */
export function applyDiscountBp(unitFen: number, discountBp: number): number {
  assertInteger(unitFen, 'unitFen');
  assertInteger(discountBp, 'discountBp');
  if (unitFen < 0) throw new RangeError('unit price must not be negative');
  if (discountBp < 0 || discountBp > FULL_BP) throw new RangeError('discount must be 0–10,000 bp');
  // BigInt so the intermediate product cannot lose precision even for the largest prices.
  const scaled = BigInt(unitFen) * BigInt(FULL_BP - discountBp);
  return Number((scaled + BigInt(FULL_BP / 2)) / BigInt(FULL_BP));
}

/** Sums fen amounts exactly; throws a RangeError rather than lose a fen. */
export function sumFen(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) {
    assertInteger(amount, 'amount');
    total += amount;
    if (!Number.isSafeInteger(total)) throw new RangeError('amount too large to compute exactly');
  }
  return total;
}

/**
 * Parses a discount typed as a percentage ("15", "12.5", "15%") into basis points; at most two
 * decimals, 0–100 %. Null when it is not such a percentage.
 */
export function parsePercentToBp(text: string): number | null {
  const cleaned = text.normalize('NFKC').trim().replace(/%$/, '').trim();
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= FULL_BP ? bp : null;
}

/** Formats basis points as a percentage: 1250 → "12.5%", 1500 → "15%". */
export function formatBpAsPercent(bp: number): string {
  const whole = Math.floor(bp / 100);
  const fraction = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? `${whole}%` : `${whole}.${fraction}%`;
}

/** Splits fen into the yuan number a workbook cell shows; only for display, never for arithmetic. */
export function toYuanCellNumber(fen: number): number {
  return Number(formatYuanForInput(fen));
}

/** The 万元 number a workbook cell shows (already rounded half up); only for display. */
export function toWanCellNumber(fen: number): number {
  return Number(toWanText(fen));
}

function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer`);
}
