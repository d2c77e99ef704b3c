import { BUILTIN_PRODUCTS, type Product, removeUserProduct, saveProduct } from '../../../../shared/catalog';
import { ApiFailure, type officeMethods } from '../../../../shared/contract';
import { applyNameMapping, upsertNameMapping } from '../../../../shared/office/name-mapping';
import type { CatalogEntry } from '../../../../shared/office/views';
import type { HandlerMap } from '../types';
import { getCatalog } from './derive';

type CatalogMethods =
  | 'catalog:list'
  | 'catalog:save'
  | 'catalog:remove'
  | 'catalog:reset'
  | 'catalog:mapName';

function isUserOwned(product: Product): boolean {
  return !product.isBuiltin || product.isUserEdited === true;
}

/** The software catalog: built-in and user products, user edits kept, unknown names mapped. */
export const catalogHandlers = {
  'catalog:list': async (_input, { app }) => {
    const doc = app.workspace().office.data;
    const counts = new Map<string, number>();
    for (const install of doc.installs) {
      if (install.productId !== null) counts.set(install.productId, (counts.get(install.productId) ?? 0) + 1);
    }
    return getCatalog(doc).map(
      (p): CatalogEntry => ({ ...p, isUserOwned: isUserOwned(p), installs: counts.get(p.id) ?? 0 }),
    );
  },

  'catalog:save': async ({ product }, { app }) => {
    const office = app.workspace().office;
    // An id the program ships is always that built-in product: saving it records a user edit.
    const builtin = BUILTIN_PRODUCTS.find((p) => p.id === product.id);
    const entry: Product = { ...product, isBuiltin: builtin !== undefined };
    let saved = entry;
    await office.update((d) => {
      d.userCatalog = saveProduct(d.userCatalog, entry);
      saved = d.userCatalog.find((p) => p.id === entry.id) ?? entry;
    });
    return saved;
  },

  'catalog:remove': async ({ id }, { app }) => {
    const office = app.workspace().office;
    const entry = office.data.userCatalog.find((p) => p.id === id);
    if (!entry || entry.isBuiltin) {
      throw new ApiFailure('conflict', { key: 'software:errors.builtinNotRemovable' });
    }
    const used =
      office.data.installs.filter((i) => i.productId === id).length +
      office.data.entitlements.filter((e) => e.productId === id).length +
      office.data.images.reduce((n, image) => n + image.installs.filter((i) => i.productId === id).length, 0);
    if (used > 0) {
      throw new ApiFailure('conflict', { key: 'software:errors.productInUse', params: { count: used } });
    }
    await office.update((d) => {
      d.userCatalog = removeUserProduct(d.userCatalog, id);
      d.nameMappings = d.nameMappings.filter((m) => m.productId !== id);
    });
    return { removed: 1 };
  },

  'catalog:reset': async ({ id }, { app }) => {
    const office = app.workspace().office;
    const builtin = BUILTIN_PRODUCTS.find((p) => p.id === id);
    if (!builtin) throw new ApiFailure('not_found', { key: 'software:errors.productNotFound' });
    await office.update((d) => {
      d.userCatalog = d.userCatalog.filter((p) => p.id !== id);
    });
    return builtin;
  },

  'catalog:mapName': async ({ rawName, productId, edition }, { app }) => {
    const office = app.workspace().office;
    if (!getCatalog(office.data).some((p) => p.id === productId)) {
      throw new ApiFailure('not_found', { key: 'software:errors.productNotFound' });
    }
    const mapping = { rawName, productId, edition };
    let changed = 0;
    await office.update((d) => {
      d.nameMappings = upsertNameMapping(d.nameMappings, mapping);
      changed = applyNameMapping(d.installs, mapping);
    });
    return { changed };
  },
} satisfies HandlerMap<CatalogMethods & keyof typeof officeMethods>;
