import { z } from 'zod';
import { dateSchema } from '../model/codes';

/** Where a price comes from: a vendor's list price, a government framework agreement, or a quotation. */
export const PRICE_BASES = ['list', 'agreement', 'quoted'] as const;
export const priceBasisSchema = z.enum(PRICE_BASES);
export type PriceBasis = z.infer<typeof priceBasisSchema>;

/** Licence channels a unit can buy through (the rest — free, trial, unknown — are not bought). */
export const PURCHASE_CHANNELS = ['volume', 'retail', 'subscription', 'central', 'oem'] as const;
export const purchaseChannelSchema = z.enum(PURCHASE_CHANNELS);
export type PurchaseChannel = z.infer<typeof purchaseChannelSchema>;

/** Largest unit price accepted: 99,999,999.99 yuan, far above any licence. */
export const MAX_UNIT_PRICE_FEN = 9_999_999_999;

const productIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/);

/** One line of the price list (价格表): a unit price of one product edition through one channel. */
export const priceEntrySchema = z.object({
  id: z.string().min(1).max(64),
  productId: productIdSchema,
  /** Edition id, or '' for a price that applies to any edition of the product. */
  edition: z.string().max(64),
  channel: purchaseChannelSchema,
  basis: priceBasisSchema,
  unitPriceFen: z.number().int().min(0).max(MAX_UNIT_PRICE_FEN),
  /** Who gave the figure: a vendor quotation, an agreement number, a published report. */
  source: z.string().max(256),
  sourceDate: dateSchema,
  notes: z.string().max(1024),
  /** Shipped with the program for illustration only (示例); never an authoritative price. */
  isExample: z.boolean(),
});
export type PriceEntry = z.infer<typeof priceEntrySchema>;

export const priceListSchema = z.array(priceEntrySchema).max(20_000);

/** The fields that make a price line unique: one price per product, edition, channel and basis. */
export function toPriceKey(entry: Pick<PriceEntry, 'productId' | 'edition' | 'channel' | 'basis'>): string {
  return `${entry.productId}\u0000${entry.edition}\u0000${entry.channel}\u0000${entry.basis}`;
}

/** Ids of entries that repeat an earlier entry's product, edition, channel and basis. */
export function findDuplicatePrices(entries: readonly PriceEntry[]): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const entry of entries) {
    const key = toPriceKey(entry);
    if (seen.has(key)) duplicates.push(entry.id);
    else seen.add(key);
  }
  return duplicates;
}

/** What a price lookup needs besides the list: which bases and channels to try, in order. */
export interface PriceQuery {
  productId: string;
  /** Edition id of the need; '' when unknown. */
  edition: string;
  bases: readonly PriceBasis[];
  channels: readonly PurchaseChannel[];
}

/** Prices grouped by product for repeated lookups. */
export type PriceIndex = ReadonlyMap<string, readonly PriceEntry[]>;

/** Groups a price list by product once, for many lookups. */
export function indexPrices(entries: readonly PriceEntry[]): PriceIndex {
  const index = new Map<string, PriceEntry[]>();
  for (const entry of entries) {
    const list = index.get(entry.productId);
    if (list) list.push(entry);
    else index.set(entry.productId, [entry]);
  }
  return index;
}

/**
 * Finds the price to use: the first basis in the query's order that has any price for the product;
 * within it an entry for the exact edition beats one for any edition, then the preferred channel wins.
 * Null when no basis has a price (the caller lists it as missing, never as zero).
 */
export function findPrice(index: PriceIndex, query: PriceQuery): PriceEntry | null {
  const candidates = index.get(query.productId);
  if (!candidates) return null;
  for (const basis of query.bases) {
    let best: PriceEntry | null = null;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const entry of candidates) {
      if (entry.basis !== basis) continue;
      const editionRank =
        entry.edition === query.edition && query.edition !== '' ? 0 : entry.edition === '' ? 1 : -1;
      if (editionRank < 0) continue;
      const channelIndex = query.channels.indexOf(entry.channel);
      if (channelIndex < 0) continue;
      const rank = editionRank * 100 + channelIndex;
      if (rank < bestRank) {
        best = entry;
        bestRank = rank;
      }
    }
    if (best) return best;
  }
  return null;
}
