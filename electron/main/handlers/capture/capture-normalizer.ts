import type { NormalizeFn } from '../../../../shared/capture/match';
import { createNormalizer, type Product } from '../../../../shared/catalog';
import { indexNameMappings, type NameMapping } from '../../../../shared/office/name-mapping';
import { cleanName } from '../../../../shared/office/text';

/**
 * The capture's name → product function: the unit's catalog first, then the raw names the clerk
 * has already mapped by hand, so a re-import keeps those decisions. Unknown names stay 'other'.
 */
export function createCaptureNormalizer(
  catalog: readonly Product[],
  mappings: readonly NameMapping[] = [],
): NormalizeFn {
  const normalize = createNormalizer(catalog);
  const byId = new Map(catalog.map((p) => [p.id, p]));
  const mapped = indexNameMappings(mappings);
  return (raw) => {
    const found = normalize(raw);
    if (found.productId !== null) {
      const product = byId.get(found.productId);
      return {
        productId: found.productId,
        category: product?.category ?? 'other',
        edition: found.editionId ?? '',
        version: found.version,
      };
    }
    const mapping = mapped.get(cleanName(raw));
    const product = mapping ? byId.get(mapping.productId) : undefined;
    if (mapping && product) {
      return {
        productId: product.id,
        category: product.category,
        edition: mapping.edition,
        version: found.version,
      };
    }
    return { productId: null, category: 'other', edition: '', version: found.version };
  };
}
