import { findEdition, type Product } from '../catalog/product';
import type { Category, LicenceStatus } from '../model';
import type { ReturnData, ReturnInstall, ReturnMachine } from '../return-file/return-data';

/** Vendor key for installs whose product is not in the catalog. */
export const UNKNOWN_VENDOR = 'unknown';

/** What a statistic needs to know about a product: its vendor and whether it is domestic. */
export interface ProductFacts {
  vendor: string;
  domestic: boolean;
}

/** Catalog facts the statistics and the drill-down share, so a figure and its rows agree. */
export interface ProductLookup {
  catalog: ReadonlyMap<string, Product>;
  facts(productId: string | null): ProductFacts;
  /** The edition as the needs list keys it: the catalog edition id when the name is known. */
  editionKey(productId: string | null, edition: string): string;
}

const UNKNOWN_FACTS: ProductFacts = Object.freeze({ vendor: UNKNOWN_VENDOR, domestic: false });

/** Builds the product lookup from a catalog. */
export function createProductLookup(products: readonly Product[]): ProductLookup {
  const catalog = new Map(products.map((p) => [p.id, p]));
  return {
    catalog,
    facts(productId) {
      const product = productId === null ? undefined : catalog.get(productId);
      return product ? { vendor: product.vendor, domestic: product.domestic } : UNKNOWN_FACTS;
    },
    editionKey(productId, edition) {
      const product = productId === null ? undefined : catalog.get(productId);
      return product ? (findEdition(product, edition)?.id ?? edition.trim()) : '';
    },
  };
}

/**
 * The machines and installs that count on the summary form: machines not scrapped and the installs
 * on them. Statistics and drill-down both go through here so that a figure and its rows agree.
 */
export function selectCountedRows(data: Pick<ReturnData, 'machines' | 'installs'>): {
  machines: ReturnMachine[];
  installs: ReturnInstall[];
} {
  const scrapped = new Set<string>();
  const machines: ReturnMachine[] = [];
  for (const m of data.machines) {
    if (m.status === 'scrapped') scrapped.add(rowKey(m.unitCode, m.id));
    else machines.push(m);
  }
  const installs =
    scrapped.size === 0
      ? [...data.installs]
      : data.installs.filter((i) => !scrapped.has(rowKey(i.unitCode, i.machineId)));
  return { machines, installs };
}

/** Which installs a number stands for: any mix of category, verdict, vendor, domestic, product. */
export interface InstallFilter {
  category?: Category;
  /** 'needed' = not genuine or to verify, as on the summary form. */
  status?: LicenceStatus | 'needed';
  vendor?: string;
  domestic?: boolean;
  /** A product of the catalog, or null for software not in it (then rawName tells which). */
  productId?: string | null;
  /** Edition key as the needs list has it (see ProductLookup.editionKey). */
  edition?: string;
  rawName?: string;
}

/** True when an install is one of the rows behind a figure. */
export function matchesInstall(
  install: ReturnInstall,
  filter: InstallFilter,
  lookup: ProductLookup,
): boolean {
  if (filter.category !== undefined && install.category !== filter.category) return false;
  if (filter.status === 'needed') {
    if (install.status === 'genuine') return false;
  } else if (filter.status !== undefined && install.status !== filter.status) return false;
  if (filter.productId !== undefined) {
    const known =
      install.productId !== null && lookup.catalog.has(install.productId) ? install.productId : null;
    if (known !== filter.productId) return false;
  }
  if (
    filter.edition !== undefined &&
    lookup.editionKey(install.productId, install.edition) !== filter.edition
  )
    return false;
  if (filter.rawName !== undefined && install.rawName.trim() !== filter.rawName) return false;
  if (filter.vendor !== undefined || filter.domestic !== undefined) {
    const facts = lookup.facts(install.productId);
    if (filter.vendor !== undefined && facts.vendor !== filter.vendor) return false;
    if (filter.domestic !== undefined && facts.domestic !== filter.domestic) return false;
  }
  return true;
}

function rowKey(unitCode: string | undefined, id: string): string {
  return `${unitCode ?? ''}\u0000${id}`;
}
