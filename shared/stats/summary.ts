import { CATEGORIES, type Category } from '../model';
import type { CategoryCounts, ReturnData } from '../return-file/return-data';

/** The figures of the standard summary form for one return. */
export interface ReturnSummary {
  /** Computers in use or idle (台); scrapped ones are not counted. */
  computers: number;
  /** Installs per category (套) on computers that are not scrapped. */
  byCategory: Record<Category, CategoryCounts>;
  /** Genuine installs over all counted installs, 0–1; null when nothing is installed. */
  genuineRate: number | null;
}

/** Empty counts for every category. */
export function createEmptyCounts(): Record<Category, CategoryCounts> {
  const counts = {} as Record<Category, CategoryCounts>; // filled for every category just below
  for (const category of CATEGORIES) {
    counts[category] = { installed: 0, genuine: 0, notGenuine: 0, toVerify: 0, needed: 0 };
  }
  return counts;
}

/**
 * Counts computers and installs the way the summary form does: needed = not genuine + to verify, and
 * scrapped machines with their installs are left out. One pass over the installs.
 */
export function summarizeReturn(data: Pick<ReturnData, 'machines' | 'installs'>): ReturnSummary {
  // Machine ids are unique per unit, so scrapped machines are looked up per unit ('' = the file's own).
  const scrapped = new Map<string, Set<string>>();
  let computers = 0;
  for (const machine of data.machines) {
    if (machine.status !== 'scrapped') {
      computers++;
      continue;
    }
    const unit = machine.unitCode ?? '';
    let ids = scrapped.get(unit);
    if (ids === undefined) {
      ids = new Set();
      scrapped.set(unit, ids);
    }
    ids.add(machine.id);
  }

  const byCategory = createEmptyCounts();
  const hasScrapped = scrapped.size > 0;
  for (const install of data.installs) {
    if (hasScrapped && scrapped.get(install.unitCode ?? '')?.has(install.machineId) === true) continue;
    const counts = byCategory[install.category];
    counts.installed++;
    if (install.status === 'genuine') counts.genuine++;
    else if (install.status === 'not_genuine') counts.notGenuine++;
    else counts.toVerify++;
  }

  let installed = 0;
  let genuine = 0;
  for (const category of CATEGORIES) {
    const counts = byCategory[category];
    counts.needed = counts.notGenuine + counts.toVerify;
    installed += counts.installed;
    genuine += counts.genuine;
  }
  return { computers, byCategory, genuineRate: installed === 0 ? null : genuine / installed };
}

/** Adds up the counts of all categories (the 合计 row). */
export function totalCounts(byCategory: Record<Category, CategoryCounts>): CategoryCounts {
  const total: CategoryCounts = { installed: 0, genuine: 0, notGenuine: 0, toVerify: 0, needed: 0 };
  for (const category of CATEGORIES) {
    const counts = byCategory[category];
    total.installed += counts.installed;
    total.genuine += counts.genuine;
    total.notGenuine += counts.notGenuine;
    total.toVerify += counts.toVerify;
    total.needed += counts.needed;
  }
  return total;
}
