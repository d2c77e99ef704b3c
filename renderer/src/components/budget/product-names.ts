import type { ProductBrief } from '../../../../shared/budget/views';
import type { Language } from '../../../../shared/i18n';

/** Names products and editions in the interface language, falling back to the id or raw name. */
export interface ProductNames {
  product(id: string | null, rawName?: string): string;
  edition(productId: string | null, edition: string): string;
  find(id: string): ProductBrief | undefined;
  /** A vendor key as people know it: the publisher of its first product ('microsoft' → 'Microsoft'). */
  vendor(key: string): string;
}

/** Builds the namer from the workspace's product list. */
export function createProductNames(products: readonly ProductBrief[], lang: Language): ProductNames {
  const byId = new Map(products.map((p) => [p.id, p]));
  const side = lang === 'en' ? 'en' : 'zh';
  return {
    product(id, rawName = '') {
      if (id === null) return rawName;
      return byId.get(id)?.name[side] ?? id;
    },
    edition(productId, edition) {
      if (edition === '' || productId === null) return edition;
      return byId.get(productId)?.editions.find((e) => e.id === edition)?.name[side] ?? edition;
    },
    find: (id) => byId.get(id),
    vendor: (key) => products.find((p) => p.vendor === key)?.publisher ?? key,
  };
}
