import type { Product } from './product';

export type MatchConfidence = 'exact' | 'pattern' | 'none';

/** What a raw installed name means in catalog terms. */
export interface NormalizedName {
  productId: string | null;
  editionId: string | null;
  /** A version number read from the name itself (the captured DisplayVersion is kept separately). */
  version: string;
  confidence: MatchConfidence;
}

export type Normalizer = (raw: string) => NormalizedName;

interface CompiledEdition {
  id: string;
  pattern: RegExp;
}

interface CompiledProduct {
  id: string;
  patterns: RegExp[];
  excludes: RegExp[];
  editions: CompiledEdition[];
  defaultEditionId: string | null;
}

/**
 * Entries of an Uninstall list that are parts of a product, not the product: updates, language
 * packs, runtimes, Office's shared MUI and Click-to-Run pieces.
 */
const NOISE =
  /\b(?:update|updates|hotfix|service pack|language pack|help pack|proofing|mui|redistributable|runtime|components?|click-to-run|setup metadata|sdk|plug-?in|add-?in|toolbar|helper)\b|\bkb\d{6,}\b|语言包|校对工具|更新|补丁|运行库|插件/i;

const TRADEMARKS = /®|™|\((?:r|tm)\)/gi;
const DOTTED_VERSION = /(?<![\d.])\d+(?:\.\d+){1,3}(?![\d.])/;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
/** Parts of a display name that do not name the product: language suffix, brackets, versions, bitness. */
const EXACT_NOISE =
  /\s+-\s+.*$|\([^)]*\)|\bv?\d+(?:\.\d+)+\b|\b(?:x64|x86|64-bit|32-bit|64\s*位|32\s*位)\b|\s+/g;

/** Bound on remembered names so a long-running import cannot grow memory without limit. */
const CACHE_LIMIT = 200_000;

const NONE_WITHOUT_VERSION: NormalizedName = Object.freeze({
  productId: null,
  editionId: null,
  version: '',
  confidence: 'none',
});

/** Compiles a catalog's patterns once and returns a fast, memoizing name → product function. */
export function createNormalizer(catalog: readonly Product[]): Normalizer {
  const compiled = catalog.map(compileProduct);
  const byId = new Map(compiled.map((entry) => [entry.id, entry]));
  const exactNames = buildExactNames(catalog);
  const cache = new Map<string, NormalizedName>();

  const normalizeUncached = (raw: string): NormalizedName => {
    const text = cleanName(raw);
    if (text === '') return NONE_WITHOUT_VERSION;
    const version = readVersion(text);
    if (NOISE.test(text)) return freeze(null, null, version, 'none');

    const exactId = exactNames.get(toExactKey(text));
    const exact = exactId === undefined ? undefined : byId.get(exactId);
    if (exact) return freeze(exact.id, pickEdition(exact, text), version, 'exact');

    let best: CompiledProduct | null = null;
    let bestLength = -1;
    for (const entry of compiled) {
      const length = longestMatch(entry.patterns, text);
      if (length <= bestLength) continue;
      if (entry.excludes.some((re) => re.test(text))) continue;
      best = entry;
      bestLength = length;
    }
    if (best === null) return freeze(null, null, version, 'none');
    return freeze(best.id, pickEdition(best, text), version, 'pattern');
  };

  return (raw: string): NormalizedName => {
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    const result = normalizeUncached(raw);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, result);
    return result;
  };
}

const normalizers = new WeakMap<readonly Product[], Normalizer>();

/** Maps one raw installed name to a catalog product and edition (compiles the catalog on first use). */
export function normalizeName(raw: string, catalog: readonly Product[]): NormalizedName {
  let normalizer = normalizers.get(catalog);
  if (normalizer === undefined) {
    normalizer = createNormalizer(catalog);
    normalizers.set(catalog, normalizer);
  }
  return normalizer(raw);
}

/** Tidies a raw name the way every comparison expects: NFKC, no trademark signs, single spaces. */
export function cleanName(raw: string): string {
  return raw.normalize('NFKC').replace(TRADEMARKS, '').replace(/\s+/g, ' ').trim();
}

function compileProduct(product: Product): CompiledProduct {
  const editions: CompiledEdition[] = [];
  for (const edition of product.editions) {
    const source = product.editionPatterns?.[edition.id];
    if (source !== undefined) editions.push({ id: edition.id, pattern: compile(source) });
  }
  const hasDefault = product.editions.some((edition) => edition.id === product.defaultEditionId);
  return {
    id: product.id,
    patterns: product.patterns.map(compile),
    excludes: (product.excludePatterns ?? []).map(compile),
    editions,
    defaultEditionId: hasDefault && product.defaultEditionId !== undefined ? product.defaultEditionId : null,
  };
}

/** Patterns are validated by the schema; one that still fails (an unchecked user entry) matches nothing. */
function compile(source: string): RegExp {
  try {
    return new RegExp(source, 'i');
  } catch {
    return /(?!)/;
  }
}

function buildExactNames(catalog: readonly Product[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const product of catalog) {
    for (const name of [product.name.zh, product.name.en, ...(product.aliases ?? [])]) {
      const key = toExactKey(cleanName(name));
      if (key !== '' && !names.has(key)) names.set(key, product.id);
    }
  }
  return names;
}

function toExactKey(text: string): string {
  return text.toLowerCase().replace(EXACT_NOISE, '');
}

function longestMatch(patterns: readonly RegExp[], text: string): number {
  let best = -1;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match !== null && match[0].length > best) best = match[0].length;
  }
  return best;
}

function pickEdition(product: CompiledProduct, text: string): string | null {
  let best: string | null = null;
  let bestLength = -1;
  for (const edition of product.editions) {
    const match = edition.pattern.exec(text);
    if (match !== null && match[0].length > bestLength) {
      best = edition.id;
      bestLength = match[0].length;
    }
  }
  return best ?? product.defaultEditionId;
}

function readVersion(text: string): string {
  return (DOTTED_VERSION.exec(text) ?? YEAR.exec(text))?.[0] ?? '';
}

function freeze(
  productId: string | null,
  editionId: string | null,
  version: string,
  confidence: MatchConfidence,
): NormalizedName {
  return Object.freeze({ productId, editionId, version, confidence });
}
