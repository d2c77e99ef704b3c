import { describe, expect, it } from 'vitest';
import {
  applyCatalogAdditions,
  mergeCatalog,
  type Product,
  removeUserProduct,
  resetProductToBuiltin,
  saveProduct,
} from '../../../shared/catalog';

function entry(id: string, overrides: Partial<Product> = {}): Product {
  return {
    id,
    publisher: 'P',
    vendor: 'other',
    name: { zh: id, en: id },
    category: 'other',
    domestic: false,
    freeForInstitutions: 'no',
    editions: [],
    patterns: [id],
    builtinVersion: 1,
    isBuiltin: true,
    ...overrides,
  };
}

describe('merging the built-in catalog into the stored one', () => {
  it('adds built-in entries the stored catalog does not have yet', () => {
    const result = mergeCatalog([entry('a'), entry('b')], [entry('a')]);
    expect(result.catalog.map((p) => p.id)).toEqual(['a', 'b']);
    expect(result.addedIds).toEqual(['b']);
  });

  it('replaces an unedited built-in entry when the program ships a higher builtinVersion', () => {
    const newer = entry('a', { builtinVersion: 2, freeForInstitutions: 'yes' });
    const result = mergeCatalog([newer], [entry('a')]);
    expect(result.catalog[0]?.freeForInstitutions).toBe('yes');
    expect(result.updatedIds).toEqual(['a']);
  });

  it("keeps the user's edit of a built-in entry even when a newer built-in version arrives, and says so", () => {
    const edited = saveProduct([entry('a')], entry('a', { patterns: ['custom'] }));
    const result = mergeCatalog([entry('a', { builtinVersion: 3 })], edited);
    expect(result.catalog[0]?.patterns).toEqual(['custom']);
    expect(result.catalog[0]?.isUserEdited).toBe(true);
    expect(result.keptEditedIds).toEqual(['a']);
    expect(result.updatedIds).toEqual([]);
  });

  it('keeps user-added entries, even one that uses an id the program later ships', () => {
    const mine = entry('local', { isBuiltin: false, builtinVersion: 0, publisher: 'mine' });
    const result = mergeCatalog([entry('x'), entry('local', { builtinVersion: 5 })], [mine]);
    expect(result.catalog.find((p) => p.id === 'local')?.publisher).toBe('mine');
    expect(result.catalog.map((p) => p.id).sort()).toEqual(['local', 'x']);
  });

  it('keeps entries the program no longer ships, because installs may still refer to them', () => {
    const result = mergeCatalog([entry('a')], [entry('a'), entry('retired')]);
    expect(result.catalog.map((p) => p.id)).toEqual(['a', 'retired']);
  });

  it('a reset puts back the built-in version; only user-added entries can be removed', () => {
    const builtin = [entry('a')];
    const edited = saveProduct(builtin, entry('a', { patterns: ['x'] }));
    expect(resetProductToBuiltin(edited, 'a', builtin)[0]).toEqual(builtin[0]);
    const withMine = saveProduct(builtin, entry('mine', { isBuiltin: false }));
    expect(removeUserProduct(withMine, 'mine').map((p) => p.id)).toEqual(['a']);
    expect(removeUserProduct(withMine, 'a').map((p) => p.id)).toEqual(['a', 'mine']);
  });
});

describe('catalog additions from a central reporting package', () => {
  it('adds new entries and replaces local ones of the same id', () => {
    const local = [entry('a'), entry('b', { isBuiltin: false })];
    const result = applyCatalogAdditions(local, [entry('b', { publisher: 'central' }), entry('c')]);
    expect(result.addedIds).toEqual(['c']);
    expect(result.replacedIds).toEqual(['b']);
    expect(result.catalog.find((p) => p.id === 'b')?.publisher).toBe('central');
  });

  it('applying the same package twice changes nothing the second time', () => {
    const once = applyCatalogAdditions([entry('a')], [entry('a', { freeForInstitutions: 'yes' })]);
    const twice = applyCatalogAdditions(once.catalog, [entry('a', { freeForInstitutions: 'yes' })]);
    expect(twice.addedIds).toEqual([]);
    expect(twice.replacedIds).toEqual([]);
    expect(twice.catalog).toEqual(once.catalog);
  });

  it('a package entry is not overwritten by a later built-in update', () => {
    const fromPackage = applyCatalogAdditions(
      [entry('a')],
      [entry('a', { freeForInstitutions: 'yes' })],
    ).catalog;
    const merged = mergeCatalog([entry('a', { builtinVersion: 9 })], fromPackage);
    expect(merged.catalog[0]?.freeForInstitutions).toBe('yes');
  });
});
