import type { Language } from '../i18n';
import type { Product } from './product';

const DEFAULT_LIMIT = 20;

/** Type-ahead over Chinese and English names, aliases, ids and publishers; best matches first. */
export function searchProducts(
  query: string,
  catalog: readonly Product[],
  lang: Language,
  limit = DEFAULT_LIMIT,
): Product[] {
  const wanted = toSearchKey(query);
  if (wanted === '') return [];
  const scored: { product: Product; score: number }[] = [];
  for (const product of catalog) {
    const score = scoreProduct(product, wanted, lang);
    if (score !== null) scored.push({ product, score });
  }
  scored.sort((a, b) => a.score - b.score || nameOf(a.product, lang).length - nameOf(b.product, lang).length);
  return scored.slice(0, limit).map((entry) => entry.product);
}

/** Lower score is better: how well (exact, prefix, substring) times which field (own-language name first). */
function scoreProduct(product: Product, wanted: string, lang: Language): number | null {
  const fields = [
    nameOf(product, lang),
    lang === 'en' ? product.name.zh : product.name.en,
    ...(product.aliases ?? []),
    ...product.editions.flatMap((edition) => [edition.name.zh, edition.name.en]),
    product.id,
    product.publisher,
  ];
  let best: number | null = null;
  for (const [fieldRank, field] of fields.entries()) {
    const key = toSearchKey(field);
    const matchRank = key === wanted ? 0 : key.startsWith(wanted) ? 1 : key.includes(wanted) ? 2 : -1;
    if (matchRank < 0) continue;
    const score = matchRank * 1000 + Math.min(fieldRank, 999);
    if (best === null || score < best) best = score;
  }
  return best;
}

function nameOf(product: Product, lang: Language): string {
  return lang === 'en' ? product.name.en : product.name.zh;
}

function toSearchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
