import { collectNeeds, type NeedLine } from '../budget/needs';
import { CATEGORIES, type Category } from '../model';
import type { CategoryCounts, ChildSummary, ReturnData, ReturnMilestone } from '../return-file/return-data';
import { type ProductLookup, selectCountedRows } from './central-rows';
import { createEmptyCounts, summarizeReturn } from './summary';

/** Installs of one vendor in one category, by verdict. */
export interface VendorCount extends CategoryCounts {
  vendor: string;
  category: Category;
}

/**
 * Everything the central side keeps about one return instead of its rows: the summary form's
 * figures, vendor and domestic counts, licences needed per product, and the unit's milestones.
 */
export interface CentralSummary {
  computers: number;
  byCategory: Record<Category, CategoryCounts>;
  genuineRate: number | null;
  vendors: VendorCount[];
  /** Installs of domestic (国产) products per category. */
  domestic: Record<Category, CategoryCounts>;
  neededByProduct: NeedLine[];
  milestones: ReturnMilestone[];
  entitlements: number;
  /** Lower-level units of a consolidated return (county or city report). */
  children: ChildSummary[];
}

/** Summarizes one return for the central side, with the same counting rules as the summary form. */
export function summarizeForCentral(data: ReturnData, lookup: ProductLookup): CentralSummary {
  const base = summarizeReturn(data);
  const { installs } = selectCountedRows(data);
  const vendors = new Map<string, VendorCount>();
  const domestic = createEmptyCounts();
  for (const install of installs) {
    const facts = lookup.facts(install.productId);
    const key = `${facts.vendor}\u0000${install.category}`;
    let vendor = vendors.get(key);
    if (!vendor) {
      vendor = { vendor: facts.vendor, category: install.category, ...zeroCounts() };
      vendors.set(key, vendor);
    }
    addInstall(vendor, install.status);
    if (facts.domestic) addInstall(domestic[install.category], install.status);
  }
  return {
    computers: base.computers,
    byCategory: base.byCategory,
    genuineRate: base.genuineRate,
    vendors: [...vendors.values()].sort(
      (a, b) => compareCodes(a.category, b.category) || b.installed - a.installed,
    ),
    domestic,
    neededByProduct: collectNeeds(installs, lookup.catalog),
    milestones: data.milestones,
    entitlements: data.entitlements.length,
    children: data.children ?? [],
  };
}

/** Counts with every figure zero. */
export function zeroCounts(): CategoryCounts {
  return { installed: 0, genuine: 0, notGenuine: 0, toVerify: 0, needed: 0 };
}

/** Adds counts into a running total. */
export function addCounts(into: CategoryCounts, add: CategoryCounts): void {
  into.installed += add.installed;
  into.genuine += add.genuine;
  into.notGenuine += add.notGenuine;
  into.toVerify += add.toVerify;
  into.needed += add.needed;
}

/** Adds per-category counts into a running total. */
export function addByCategory(
  into: Record<Category, CategoryCounts>,
  add: Record<Category, CategoryCounts>,
): void {
  for (const category of CATEGORIES) addCounts(into[category], add[category]);
}

/**
 * Orders category codes. They are lowercase ASCII, where code-unit order is the locale's order too,
 * and a worker saves starting a collator for it.
 */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function addInstall(counts: CategoryCounts, status: 'genuine' | 'not_genuine' | 'to_verify'): void {
  counts.installed++;
  if (status === 'genuine') counts.genuine++;
  else if (status === 'not_genuine') {
    counts.notGenuine++;
    counts.needed++;
  } else {
    counts.toVerify++;
    counts.needed++;
  }
}
