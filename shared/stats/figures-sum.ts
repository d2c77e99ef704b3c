import type { Category } from '../model';
import type { CategoryCounts } from '../return-file/return-data';
import { addByCategory, addCounts, type CentralSummary, type VendorCount } from './central-summary';
import { createEmptyCounts, totalCounts } from './summary';

/** The figures of the summary form for one unit, one county or the whole area. */
export interface Figures {
  computers: number;
  byCategory: Record<Category, CategoryCounts>;
  /** All categories together (合计). */
  total: CategoryCounts;
  genuineRate: number | null;
  vendors: VendorCount[];
  domestic: Record<Category, CategoryCounts>;
  domesticTotal: CategoryCounts;
}

/** What a sum of figures reads from a summary. */
export type CountedFigures = Pick<CentralSummary, 'computers' | 'byCategory' | 'domestic' | 'vendors'>;

/**
 * Numbers each (vendor, category) pair once, so that a summary's vendor lines are looked up once
 * and then added into the unit, its county and the whole area by index, with no composed keys.
 */
export class VendorSlots {
  private readonly byCategory = new Map<Category, Map<string, number>>();
  private size = 0;

  /** The slot of every line of a vendor list, in the list's order. */
  slotsOf(vendors: readonly VendorCount[]): number[] {
    const slots: number[] = [];
    for (const v of vendors) {
      let byVendor = this.byCategory.get(v.category);
      if (byVendor === undefined) {
        byVendor = new Map();
        this.byCategory.set(v.category, byVendor);
      }
      let slot = byVendor.get(v.vendor);
      if (slot === undefined) {
        slot = this.size++;
        byVendor.set(v.vendor, slot);
      }
      slots.push(slot);
    }
    return slots;
  }
}

/** A running total of summaries, turned into the figures of the summary form at the end. */
export class FiguresSum {
  private computers = 0;
  private readonly byCategory = createEmptyCounts();
  private readonly domestic = createEmptyCounts();
  private readonly bySlot: Array<VendorCount | undefined> = [];
  /** In the order first met: the sort keeps that order among equal lines. */
  private readonly vendors: VendorCount[] = [];

  /** Adds one summary; `slots` are its vendor lines' slots from the VendorSlots shared by all sums. */
  add(summary: CountedFigures, slots: readonly number[]): void {
    this.computers += summary.computers;
    addByCategory(this.byCategory, summary.byCategory);
    addByCategory(this.domestic, summary.domestic);
    const lines = summary.vendors;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as VendorCount; // i is within the list
      const slot = slots[i] as number; // one slot per line
      let into = this.bySlot[slot];
      if (into === undefined) {
        into = newVendorCount(line.vendor, line.category);
        this.bySlot[slot] = into;
        this.vendors.push(into);
      }
      addCounts(into, line);
    }
  }

  /** The figures added up so far. Call once: the sum hands over its own objects. */
  toFigures(): Figures {
    const total = totalCounts(this.byCategory);
    return {
      computers: this.computers,
      byCategory: this.byCategory,
      total,
      genuineRate: total.installed === 0 ? null : total.genuine / total.installed,
      vendors: this.vendors.sort((a, b) => b.installed - a.installed || a.vendor.localeCompare(b.vendor)),
      domestic: this.domestic,
      domesticTotal: totalCounts(this.domestic),
    };
  }
}

/** Same key order as the lines the figures have always carried, so serialized figures do not change. */
function newVendorCount(vendor: string, category: Category): VendorCount {
  return { installed: 0, genuine: 0, notGenuine: 0, toVerify: 0, needed: 0, vendor, category };
}
