/** Asset numbers as the clerk types them: full-width digits from a Chinese IME, stray spaces, any case. */

/** The stored form of an asset number: NFKC (full-width → half-width) and trimmed. */
export function cleanAssetNo(raw: string): string {
  return raw.normalize('NFKC').trim();
}

/** The key two asset numbers are compared by: "zb-0031" and "ＺＢ－００３１ " are the same number. */
export function toAssetKey(raw: string): string {
  return cleanAssetNo(raw).toUpperCase();
}

/**
 * Suggests the asset number after `last` by counting up its last run of digits, keeping the zero
 * padding (ZB-0031 → ZB-0032, ZB-0999 → ZB-1000), and skipping numbers already taken.
 */
export function suggestNextAssetNo(last: string, taken: ReadonlySet<string> = new Set()): string {
  const base = cleanAssetNo(last);
  if (base === '') return '';
  const match = /(\d+)(?!.*\d)/.exec(base);
  if (!match || match.index === undefined) return firstFree(`${base}-`, 2, 1, '', taken);
  const digits = match[1] ?? '';
  const prefix = base.slice(0, match.index);
  const suffix = base.slice(match.index + digits.length);
  return firstFree(prefix, Number(digits) + 1, digits.length, suffix, taken);
}

function firstFree(
  prefix: string,
  start: number,
  width: number,
  suffix: string,
  taken: ReadonlySet<string>,
): string {
  // Bounded so a ledger with every number taken still answers.
  for (let n = start; n < start + 1_000_000; n++) {
    const candidate = `${prefix}${String(n).padStart(width, '0')}${suffix}`;
    if (!taken.has(toAssetKey(candidate))) return candidate;
  }
  return '';
}

/** The asset keys of a ledger, for uniqueness checks and suggestions. */
export function collectAssetKeys(machines: readonly { assetNo: string }[]): Set<string> {
  return new Set(machines.map((m) => toAssetKey(m.assetNo)));
}

/** Asset numbers that occur more than once in a list (e.g. a bulk paste), each reported once. */
export function findDuplicateAssetNos(assetNos: readonly string[]): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  const duplicates: string[] = [];
  for (const assetNo of assetNos) {
    const key = toAssetKey(assetNo);
    if (seen.has(key) && !reported.has(key)) {
      duplicates.push(cleanAssetNo(assetNo));
      reported.add(key);
    }
    seen.add(key);
  }
  return duplicates;
}
