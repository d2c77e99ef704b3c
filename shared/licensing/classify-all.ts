import type { Product } from '../catalog/product';
import type { Entitlement, Install, Machine } from '../model';
import { type Classification, createInstallClassifier } from './classify';
import { message } from './classify-facts';
import { type Reconciliation, reconcile } from './reconcile';
import type { RuleOptions } from './rule-options';

export interface ClassifyAllContext {
  /** Today as YYYY-MM-DD, for trial and subscription end dates. */
  today?: string;
}

export interface ClassifyAllResult {
  /** One classification per install, in the order of the installs given (cheaper than a map for millions). */
  results: Classification[];
  reconciliation: Reconciliation;
}

/**
 * Classifies every install and applies the reconciliation: an over-deployed install (超授权) that
 * would otherwise be genuine becomes not genuine, and every over-deployed install says so.
 * Installs with identical facts share one frozen result object.
 */
export function classifyAll(
  installs: readonly Install[],
  machines: readonly Machine[],
  entitlements: readonly Entitlement[],
  catalog: readonly Product[],
  options: RuleOptions,
  context: ClassifyAllContext = {},
): Map<string, Classification> {
  const { results } = classifyAllWithReconciliation(
    installs,
    machines,
    entitlements,
    catalog,
    options,
    context,
  );
  const byInstall = new Map<string, Classification>();
  for (let index = 0; index < installs.length; index += 1) {
    const install = installs[index];
    const result = results[index];
    if (install !== undefined && result !== undefined) byInstall.set(install.id, result);
  }
  return byInstall;
}

/** The same as classifyAll as an array parallel to the installs, with the reconciliation it was based on. */
export function classifyAllWithReconciliation(
  installs: readonly Install[],
  machines: readonly Machine[],
  entitlements: readonly Entitlement[],
  catalog: readonly Product[],
  options: RuleOptions,
  context: ClassifyAllContext = {},
): ClassifyAllResult {
  const productById = new Map(catalog.map((product) => [product.id, product]));
  const entitlementById = new Map(entitlements.map((entitlement) => [entitlement.id, entitlement]));
  const reconciliation = reconcile(installs, entitlements, catalog, machines);
  const classify = createInstallClassifier(options, context.today ?? '');
  // Thousands of machines share a handful of images: identical facts share one frozen result.
  const memo: MemoNode = new Map();
  const results: Classification[] = new Array(installs.length);

  for (let index = 0; index < installs.length; index += 1) {
    const install = installs[index];
    if (install === undefined) continue;
    // An unknown product's verdict only quotes its raw name; such names are too varied to remember.
    let result = install.productId === null ? undefined : recall(memo, install);
    if (result === undefined) {
      const product = install.productId === null ? null : (productById.get(install.productId) ?? null);
      const entitlement =
        install.entitlementId === null ? null : (entitlementById.get(install.entitlementId) ?? null);
      result = freezeClassification(classify(install, product, entitlement));
      if (install.productId !== null) remember(memo, install, result);
    }
    const row = reconciliation.rowOfOverDeployed.get(install.id);
    if (row !== undefined) {
      const product = productById.get(row.productId);
      const reason = message('overDeployed', {
        productZh: product?.name.zh ?? row.productId,
        productEn: product?.name.en ?? row.productId,
        seats: row.seats,
      });
      result =
        result.status === 'genuine'
          ? { status: 'not_genuine', reasons: [reason, ...result.reasons] }
          : { status: result.status, reasons: [...result.reasons, reason] };
    }
    results[index] = result;
  }
  return { results, reconciliation };
}

/** A tree of maps keyed by the facts one after another, so a lookup builds no key string. */
type MemoNode = Map<string, MemoNode | Classification>;

/** How many install fields the rules read for a catalog product. */
const FACT_COUNT = 12;

function factAt(install: Install, level: number): string {
  const e = install.evidence;
  // Few-valued facts first, so unique invoice or contract numbers add leaves rather than whole branches.
  switch (level) {
    case 0:
      return install.productId ?? '';
    case 1:
      return install.edition;
    case 2:
      return install.channel;
    case 3:
      return install.entitlementId ?? '';
    case 4:
      return e.coa;
    case 5:
      return String(e.productIdOem);
    case 6:
      return e.activation;
    case 7:
      return String(e.originalMachine);
    case 8:
      return e.kmsHost;
    case 9:
      return e.contractNo;
    case 10:
      return e.expiry;
    default:
      return e.invoiceNo;
  }
}

function recall(root: MemoNode, install: Install): Classification | undefined {
  let node: MemoNode = root;
  for (let level = 0; level < FACT_COUNT; level += 1) {
    const next = node.get(factAt(install, level));
    if (next === undefined) return undefined;
    if (!(next instanceof Map)) return level === FACT_COUNT - 1 ? next : undefined;
    node = next;
  }
  return undefined;
}

function remember(root: MemoNode, install: Install, result: Classification): void {
  let node: MemoNode = root;
  for (let level = 0; level < FACT_COUNT - 1; level += 1) {
    const key = factAt(install, level);
    const next = node.get(key);
    if (next instanceof Map) {
      node = next;
    } else {
      const child: MemoNode = new Map();
      node.set(key, child);
      node = child;
    }
  }
  node.set(factAt(install, FACT_COUNT - 1), result);
}

function freezeClassification(result: Classification): Classification {
  Object.freeze(result.reasons);
  return Object.freeze(result);
}
