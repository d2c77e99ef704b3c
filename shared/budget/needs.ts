import { findEdition, type Product } from '../catalog/product';
import type { Category, LicenceStatus } from '../model/codes';

/** Licences to buy of one product edition: the quantity every scenario prices. */
export interface NeedLine {
  /** Catalog product id, or null for software not (yet) in the catalog: it can never be priced. */
  productId: string | null;
  /** Edition id as in the catalog, or '' when unknown. */
  edition: string;
  category: Category;
  count: number;
  /** A raw name of an uncatalogued need, so the missing-price list can say what it is. */
  rawName?: string;
}

/** The install fields the budget reads, with the verdict the rules engine derived. */
export interface InstallWithStatus {
  productId: string | null;
  edition: string;
  category: Category;
  rawName?: string;
  status: LicenceStatus;
}

/**
 * Counts the licences a unit must buy: every install not genuine or still to verify, as the return
 * file's "needed" column counts them, grouped by product and edition. Edition names the clerk typed
 * are turned into catalog edition ids so that they meet the price list.
 */
export function collectNeeds(
  installs: readonly InstallWithStatus[],
  catalog: ReadonlyMap<string, Product>,
): NeedLine[] {
  const byKey = new Map<string, NeedLine>();
  for (const install of installs) {
    if (install.status === 'genuine') continue;
    const product = install.productId === null ? undefined : catalog.get(install.productId);
    const productId = product ? product.id : null;
    const edition = product ? (findEdition(product, install.edition)?.id ?? install.edition.trim()) : '';
    const rawName = productId === null ? (install.rawName ?? install.productId ?? '').trim() : '';
    const key = `${productId ?? '?'}\u0000${edition}\u0000${install.category}\u0000${rawName}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.count += 1;
      continue;
    }
    // The install's own category, so budget totals line up with the summary form's counts.
    const line: NeedLine = { productId, edition, category: install.category, count: 1 };
    if (productId === null) line.rawName = rawName;
    byKey.set(key, line);
  }
  return [...byKey.values()];
}

/** Indexes a catalog by product id. */
export function indexCatalog(catalog: readonly Product[]): Map<string, Product> {
  return new Map(catalog.map((product) => [product.id, product]));
}
