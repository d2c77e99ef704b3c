import type { Product } from '../catalog/product';
import { CATEGORIES, type Category } from '../model/codes';
import { applyDiscountBp, multiplyFen, sumFen } from './money';
import type { NeedLine } from './needs';
import {
  findPrice,
  indexPrices,
  type PriceBasis,
  type PriceEntry,
  type PriceIndex,
  type PurchaseChannel,
} from './price-list';
import type { Scenario, SubstitutionRule } from './scenario';

/** Why a need has no amount: it is listed, never counted as zero. */
export type MissingReason = 'unknown_product' | 'unknown_substitute' | 'no_price';

/** The price a row was computed with, so every total can be traced to a line of the price list. */
export interface AppliedPrice {
  entryId: string;
  basis: PriceBasis;
  channel: PurchaseChannel;
  /** The unit price as listed. */
  listedFen: number;
  /** Vendor discount applied to a list price, in basis points (0 when none). */
  discountBp: number;
  /** The unit price used: listed less the discount, rounded half up to the fen. */
  unitFen: number;
  isExample: boolean;
  source: string;
  sourceDate: string;
}

/** One row behind a scenario total: a need, what is bought for it, and at what price. */
export interface BudgetRow {
  category: Category;
  /** The product in use now (null when not in the catalog). */
  needProductId: string | null;
  needEdition: string;
  rawName: string;
  /** The product bought: the same one, or its substitute. */
  productId: string | null;
  edition: string;
  substitutionRuleId: string | null;
  count: number;
  price: AppliedPrice | null;
  /** count × unit price; 0 only together with a missing reason or a price of zero. */
  amountFen: number;
  missingReason: MissingReason | null;
}

export interface CategoryTotal {
  amountFen: number;
  /** Licences priced into the amount. */
  pricedCount: number;
  /** Licences with no price: not in the amount. */
  missingCount: number;
}

/** One scenario over one set of needs. */
export interface ScenarioResult {
  scenarioId: string;
  scenarioName: string;
  rows: BudgetRow[];
  byCategory: Record<Category, CategoryTotal>;
  totalFen: number;
  pricedCount: number;
  missingCount: number;
  /** Licences priced from example (示例) entries: the total is then for illustration only. */
  exampleCount: number;
}

/** The catalog and price list prepared once for pricing many needs in many scenarios. */
export interface PricingContext {
  products: ReadonlyMap<string, Product>;
  prices: PriceIndex;
}

/** Prepares the catalog and the price list for repeated pricing. */
export function createPricingContext(
  catalog: readonly Product[] | ReadonlyMap<string, Product>,
  priceList: readonly PriceEntry[],
): PricingContext {
  const products = isProductMap(catalog) ? catalog : new Map(catalog.map((p) => [p.id, p]));
  return { products, prices: indexPrices(priceList) };
}

function isProductMap(
  catalog: readonly Product[] | ReadonlyMap<string, Product>,
): catalog is ReadonlyMap<string, Product> {
  return !Array.isArray(catalog);
}

/** Finds the substitution rule for a product: listed products first, then the vendor, then any foreign one. */
export function findSubstitution(
  rules: readonly SubstitutionRule[],
  product: Product,
  category: Category,
): SubstitutionRule | null {
  const inCategory = rules.filter((rule) => rule.category === category);
  return (
    inCategory.find((rule) => rule.fromProductIds.includes(product.id)) ??
    inCategory.find((rule) => rule.fromProductIds.length === 0 && rule.fromVendor === product.vendor) ??
    inCategory.find(
      (rule) => rule.fromProductIds.length === 0 && rule.fromVendor === '' && !product.domestic,
    ) ??
    null
  );
}

/** Creates a zero total per category. */
export function createCategoryTotals(): Record<Category, CategoryTotal> {
  const totals = {} as Record<Category, CategoryTotal>; // filled with every category just below
  for (const category of CATEGORIES) totals[category] = { amountFen: 0, pricedCount: 0, missingCount: 0 };
  return totals;
}

/** Prices one need in one scenario. */
export function priceNeed(need: NeedLine, scenario: Scenario, ctx: PricingContext): BudgetRow {
  const row: BudgetRow = {
    category: need.category,
    needProductId: need.productId,
    needEdition: need.edition,
    rawName: need.rawName ?? '',
    productId: need.productId,
    edition: need.edition,
    substitutionRuleId: null,
    count: need.count,
    price: null,
    amountFen: 0,
    missingReason: null,
  };
  const current = need.productId === null ? undefined : ctx.products.get(need.productId);
  if (!current) {
    row.productId = null;
    row.missingReason = 'unknown_product';
    return row;
  }
  let target = current;
  const rule = findSubstitution(scenario.substitutions, current, need.category);
  if (rule) {
    row.substitutionRuleId = rule.id;
    row.productId = rule.toProductId;
    row.edition = rule.toEdition;
    const substitute = ctx.products.get(rule.toProductId);
    if (!substitute) {
      row.missingReason = 'unknown_substitute';
      return row;
    }
    target = substitute;
  }
  const entry = findPrice(ctx.prices, {
    productId: target.id,
    edition: row.edition,
    bases: scenario.bases,
    channels: scenario.channels,
  });
  if (!entry) {
    row.missingReason = 'no_price';
    return row;
  }
  const discountBp =
    entry.basis === 'list'
      ? (scenario.vendorDiscounts.find((d) => d.vendor === target.vendor)?.discountBp ?? 0)
      : 0;
  const unitFen = applyDiscountBp(entry.unitPriceFen, discountBp);
  row.price = {
    entryId: entry.id,
    basis: entry.basis,
    channel: entry.channel,
    listedFen: entry.unitPriceFen,
    discountBp,
    unitFen,
    isExample: entry.isExample,
    source: entry.source,
    sourceDate: entry.sourceDate,
  };
  row.amountFen = multiplyFen(need.count, unitFen);
  return row;
}

/** Prices every need in one scenario and totals it per category; missing prices are counted apart. */
export function computeScenario(
  needs: readonly NeedLine[],
  scenario: Scenario,
  ctx: PricingContext,
): ScenarioResult {
  const rows = needs.filter((need) => need.count > 0).map((need) => priceNeed(need, scenario, ctx));
  return summarizeRows(scenario, rows);
}

/** Totals rows of one scenario. */
export function summarizeRows(scenario: Pick<Scenario, 'id' | 'name'>, rows: BudgetRow[]): ScenarioResult {
  const byCategory = createCategoryTotals();
  let pricedCount = 0;
  let missingCount = 0;
  let exampleCount = 0;
  for (const row of rows) {
    const total = byCategory[row.category];
    if (row.missingReason !== null) {
      total.missingCount += row.count;
      missingCount += row.count;
      continue;
    }
    total.amountFen = sumFen([total.amountFen, row.amountFen]);
    total.pricedCount += row.count;
    pricedCount += row.count;
    if (row.price?.isExample) exampleCount += row.count;
  }
  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    rows,
    byCategory,
    totalFen: sumFen(CATEGORIES.map((c) => byCategory[c].amountFen)),
    pricedCount,
    missingCount,
    exampleCount,
  };
}

/** The rows of a result that have no price, biggest need first. */
export function listMissing(result: ScenarioResult): BudgetRow[] {
  return result.rows.filter((row) => row.missingReason !== null).sort((a, b) => b.count - a.count);
}
