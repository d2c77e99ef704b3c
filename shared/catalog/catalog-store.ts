import type { Product } from './product';

/** Outcome of bringing a stored catalog up to date with the program's built-in entries. */
export interface CatalogMergeResult {
  catalog: Product[];
  /** Built-in entries the stored catalog did not have yet. */
  addedIds: string[];
  /** Unedited built-in entries replaced by a newer built-in version. */
  updatedIds: string[];
  /** Entries the user edited (or added under a built-in id) that a newer built-in version would change. */
  keptEditedIds: string[];
}

/**
 * Merges the built-in catalog into the stored one: user-added and user-edited entries win; an
 * unedited built-in entry is replaced when the program ships a higher builtinVersion of it.
 */
export function mergeCatalog(builtin: readonly Product[], stored: readonly Product[]): CatalogMergeResult {
  const storedById = new Map(stored.map((product) => [product.id, product]));
  const builtinIds = new Set(builtin.map((product) => product.id));
  const result: CatalogMergeResult = { catalog: [], addedIds: [], updatedIds: [], keptEditedIds: [] };

  for (const fresh of builtin) {
    const current = storedById.get(fresh.id);
    if (current === undefined) {
      result.catalog.push(fresh);
      result.addedIds.push(fresh.id);
    } else if (isUserOwned(current)) {
      result.catalog.push(current);
      if (fresh.builtinVersion > current.builtinVersion) result.keptEditedIds.push(fresh.id);
    } else if (fresh.builtinVersion > current.builtinVersion) {
      result.catalog.push(fresh);
      result.updatedIds.push(fresh.id);
    } else {
      result.catalog.push(current);
    }
  }
  // Entries the program no longer ships stay: installs and prices may still refer to them.
  for (const product of stored) {
    if (!builtinIds.has(product.id)) result.catalog.push(product);
  }
  return result;
}

/** Saves a product the user added or changed; a changed built-in entry is marked as edited. */
export function saveProduct(catalog: readonly Product[], product: Product): Product[] {
  const saved: Product = product.isBuiltin ? { ...product, isUserEdited: true } : product;
  const index = catalog.findIndex((entry) => entry.id === product.id);
  if (index < 0) return [...catalog, saved];
  return catalog.map((entry, i) => (i === index ? saved : entry));
}

/** Puts a built-in entry back to the program's version, dropping the user's changes. */
export function resetProductToBuiltin(
  catalog: readonly Product[],
  id: string,
  builtin: readonly Product[],
): Product[] {
  const original = builtin.find((product) => product.id === id);
  if (original === undefined) return [...catalog];
  return catalog.map((entry) => (entry.id === id ? original : entry));
}

/** Removes a user-added product; built-in entries cannot be removed, only edited. */
export function removeUserProduct(catalog: readonly Product[], id: string): Product[] {
  return catalog.filter((entry) => entry.id !== id || entry.isBuiltin);
}

/** Outcome of applying a reporting package's catalog additions. */
export interface CatalogAdditionsResult {
  catalog: Product[];
  addedIds: string[];
  /** Existing entries (built-in or local) replaced by the package's version. */
  replacedIds: string[];
}

/**
 * Applies the catalog additions of a central reporting package. The package speaks for every unit,
 * so its entry replaces a local one of the same id, and later built-in updates leave it alone.
 * Applying the same package twice changes nothing.
 */
export function applyCatalogAdditions(
  catalog: readonly Product[],
  additions: readonly Product[],
): CatalogAdditionsResult {
  const next = [...catalog];
  const indexById = new Map(next.map((product, index) => [product.id, index]));
  const result: CatalogAdditionsResult = { catalog: next, addedIds: [], replacedIds: [] };
  for (const addition of additions) {
    const entry: Product = { ...addition, isBuiltin: false, isUserEdited: false };
    const index = indexById.get(entry.id);
    if (index === undefined) {
      indexById.set(entry.id, next.length);
      next.push(entry);
      result.addedIds.push(entry.id);
      continue;
    }
    const current = next[index];
    if (current !== undefined && isSameProduct(current, entry)) continue;
    next[index] = entry;
    result.replacedIds.push(entry.id);
  }
  return result;
}

function isUserOwned(product: Product): boolean {
  return !product.isBuiltin || product.isUserEdited === true;
}

function isSameProduct(a: Product, b: Product): boolean {
  return toCanonicalJson(a) === toCanonicalJson(b);
}

/** JSON with sorted keys and without undefined members, so equal entries compare equal. */
function toCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member === null || typeof member !== 'object' || Array.isArray(member)) return member;
    // No prototype, so a "__proto__" key from parsed input stays an ordinary member.
    const sorted: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(member).sort()) {
      sorted[key] = (member as Record<string, unknown>)[key]; // object checked just above
    }
    return sorted;
  });
}
