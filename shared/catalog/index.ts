export { BUILTIN_PRODUCTS } from './builtin-products';
export {
  applyCatalogAdditions,
  type CatalogAdditionsResult,
  type CatalogMergeResult,
  mergeCatalog,
  removeUserProduct,
  resetProductToBuiltin,
  saveProduct,
} from './catalog-store';
export {
  cleanName,
  createNormalizer,
  type MatchConfidence,
  type NormalizedName,
  type Normalizer,
  normalizeName,
} from './normalize';
export * from './product';
export { searchProducts } from './search-products';
