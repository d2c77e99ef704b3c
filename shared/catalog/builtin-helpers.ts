import type { Edition, EditionKind, Product } from './product';

/** Built-in entries start at version 1; raise an entry's number whenever its content changes. */
const FIRST_BUILTIN_VERSION = 1;

type ProductSpec = Omit<Product, 'isBuiltin' | 'builtinVersion' | 'isUserEdited'> & {
  builtinVersion?: number;
};

/** Completes a built-in catalog entry with the bookkeeping fields. */
export function defineProduct(spec: ProductSpec): Product {
  return { ...spec, builtinVersion: spec.builtinVersion ?? FIRST_BUILTIN_VERSION, isBuiltin: true };
}

/** Builds one edition entry. */
export function defineEdition(
  id: string,
  zh: string,
  en: string,
  kind: EditionKind,
  extra: Pick<Edition, 'free' | 'freeForInstitutions' | 'restriction'> = {},
): Edition {
  return { id, name: { zh, en }, kind, ...extra };
}

/** Regex source of a literal; keeps catalog patterns readable as regex literals. */
export function src(pattern: RegExp): string {
  return pattern.source;
}

/** The edition patterns of a shared table that apply to one product's editions. */
export function pickPatterns(
  table: Readonly<Record<string, string>>,
  editions: readonly Edition[],
): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const edition of editions) {
    const pattern = table[edition.id];
    if (pattern !== undefined) picked[edition.id] = pattern;
  }
  return picked;
}
