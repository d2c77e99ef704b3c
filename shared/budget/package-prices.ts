import { type PriceEntry, priceEntrySchema, toPriceKey } from './price-list';

/** What applying a reporting package's prices did to the unit's price list. */
export interface PackagePricesResult {
  entries: PriceEntry[];
  added: number;
  replaced: number;
  /** Example lines dropped because the package's own prices now stand in their place. */
  examplesRemoved: number;
  /** Lines of the package that were not valid prices (index in the package's list). */
  rejected: number[];
}

/**
 * Applies the price list of a central reporting package (填报通知包) so that every unit prices the
 * same way: a package line replaces the unit's line of the same product, edition, channel and basis,
 * new lines are added, the unit's other lines stay, and example lines go once the package brings
 * real prices. Applying the same package twice changes nothing.
 */
export function applyPackagePrices(
  current: readonly PriceEntry[],
  incoming: readonly unknown[],
): PackagePricesResult {
  const rejected: number[] = [];
  const accepted: PriceEntry[] = [];
  incoming.forEach((raw, index) => {
    const parsed = priceEntrySchema.safeParse(raw);
    if (parsed.success) accepted.push(parsed.data);
    else rejected.push(index);
  });
  const hasRealPrices = accepted.some((e) => !e.isExample);
  const kept = hasRealPrices ? current.filter((e) => !e.isExample) : [...current];
  const result: PackagePricesResult = {
    entries: kept,
    added: 0,
    replaced: 0,
    examplesRemoved: current.length - kept.length,
    rejected,
  };
  const indexByKey = new Map(kept.map((e, i) => [toPriceKey(e), i]));
  const ids = new Set(kept.map((e) => e.id));
  for (const entry of accepted) {
    const key = toPriceKey(entry);
    const at = indexByKey.get(key);
    if (at === undefined) {
      // Keep ids unique in the unit's list even if the package reuses one of the unit's ids.
      const id = ids.has(entry.id) ? `pkg-${entry.id}`.slice(0, 64) : entry.id;
      ids.add(id);
      indexByKey.set(key, result.entries.length);
      result.entries.push({ ...entry, id });
      result.added++;
      continue;
    }
    const existing = result.entries[at];
    if (existing && !isSamePrice(existing, entry)) {
      result.entries[at] = { ...entry, id: existing.id };
      result.replaced++;
    }
  }
  return result;
}

function isSamePrice(a: PriceEntry, b: PriceEntry): boolean {
  return (
    a.unitPriceFen === b.unitPriceFen &&
    a.source === b.source &&
    a.sourceDate === b.sourceDate &&
    a.notes === b.notes &&
    a.isExample === b.isExample
  );
}
