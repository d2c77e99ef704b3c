import { type Edition, findEdition, type Product } from '../catalog/product';
import type { Message } from '../i18n';
import type { Channel, Entitlement, Install, LicenceStatus } from '../model';
import type { KmsHostKind } from './kms-host';
import type { RuleOptions } from './rule-options';

/** A verdict with the sentence that explains it. */
export interface Finding {
  status: LicenceStatus;
  reason: Message;
}

/** Everything the rules read about one install, resolved once. */
export interface Facts {
  install: Install;
  product: Product;
  edition: Edition | null;
  /** The linked entitlement when it is for this product; a mismatched one is ignored. */
  entitlement: Entitlement | null;
  /** The install's channel, or the linked entitlement's when the install's is unknown. */
  channel: Channel;
  contractNo: string;
  invoiceNo: string;
  expiry: string;
  today: string;
  options: RuleOptions;
  kmsKind: KmsHostKind | null;
  /** Findings that make the result at best this status whatever the deciding rule says. */
  caps: Finding[];
  /** Sentences that explain without deciding (evidence seen, a rule option applied). */
  notes: Message[];
  names: Readonly<Record<string, string>>;
}

export interface FactsInput {
  install: Install;
  product: Product;
  entitlement: Entitlement | null;
  options: RuleOptions;
  today: string;
  kmsKind: KmsHostKind | null;
  resolveEdition: EditionResolver;
}

/** Resolves edition, channel and evidence of an install against its product and linked entitlement. */
export function gatherFacts(input: FactsInput): Facts {
  const { install, product, options, today, kmsKind } = input;
  const caps: Finding[] = [];
  let entitlement = input.entitlement;
  if (entitlement !== null && entitlement.productId !== product.id) {
    caps.push(toVerify('entitlementOtherProduct', { otherProductId: entitlement.productId }));
    entitlement = null;
  }
  const { edition, names } = input.resolveEdition(product, install.edition);
  const evidence = install.evidence;
  return {
    install,
    product,
    edition,
    entitlement,
    channel: install.channel === 'unknown' && entitlement !== null ? entitlement.channel : install.channel,
    contractNo: firstFilled(evidence.contractNo, entitlement?.contractNo),
    invoiceNo: firstFilled(evidence.invoiceNo, entitlement?.invoiceNo),
    expiry: firstFilled(evidence.expiry, entitlement?.expiry),
    today,
    options,
    kmsKind,
    caps,
    notes: [],
    names,
  };
}

/** An install's edition in catalog terms, with the name parameters every sentence uses. */
export interface ResolvedEdition {
  edition: Edition | null;
  names: Readonly<Record<string, string>>;
}

export type EditionResolver = (product: Product, edition: string) => ResolvedEdition;

/** Resolves recorded editions (id or typed name) once per product: the same few recur millions of times. */
export function createEditionResolver(): EditionResolver {
  const cache = new WeakMap<Product, Map<string, ResolvedEdition>>();
  return (product, recorded) => {
    let byEdition = cache.get(product);
    if (byEdition === undefined) {
      byEdition = new Map();
      cache.set(product, byEdition);
    }
    let resolved = byEdition.get(recorded);
    if (resolved === undefined) {
      const edition =
        findEdition(product, recorded) ??
        (product.editions.length === 1 ? (product.editions[0] ?? null) : null);
      resolved = {
        edition,
        names: Object.freeze({
          productZh: product.name.zh,
          productEn: product.name.en,
          editionZh: edition?.name.zh ?? recorded,
          editionEn: edition?.name.en ?? recorded,
        }),
      };
      byEdition.set(recorded, resolved);
    }
    return resolved;
  };
}

/** True when the unit recorded anything at all about this install's licence. */
export function hasAnyRecord(facts: Facts): boolean {
  const evidence = facts.install.evidence;
  return (
    facts.entitlement !== null ||
    facts.contractNo !== '' ||
    facts.invoiceNo !== '' ||
    evidence.coa !== 'none' ||
    evidence.productIdOem === true ||
    evidence.kmsHost.trim() !== ''
  );
}

/** Windows client editions need an underlying OEM or retail licence under volume licensing. */
export function isWindowsClient(product: Product): boolean {
  return (
    product.vendor === 'microsoft' &&
    product.category === 'os' &&
    product.editions.length > 0 &&
    product.editions.every((edition) => edition.kind !== 'server')
  );
}

/** True when a dated term has run out; an unknown date or an unknown today is not "expired". */
export function isPast(date: string, today: string): boolean {
  return date !== '' && today !== '' && date < today;
}

export function message(key: string, params?: Record<string, string | number>): Message {
  return params === undefined
    ? { key: `licensing:reason.${key}` }
    : { key: `licensing:reason.${key}`, params };
}

export function genuine(key: string, params?: Record<string, string | number>): Finding {
  return { status: 'genuine', reason: message(key, params) };
}

export function notGenuine(key: string, params?: Record<string, string | number>): Finding {
  return { status: 'not_genuine', reason: message(key, params) };
}

export function toVerify(key: string, params?: Record<string, string | number>): Finding {
  return { status: 'to_verify', reason: message(key, params) };
}

export function verdict(
  status: LicenceStatus,
  key: string,
  params?: Record<string, string | number>,
): Finding {
  return { status, reason: message(key, params) };
}

function firstFilled(own: string, linked: string | undefined): string {
  const trimmed = own.trim();
  return trimmed !== '' ? trimmed : (linked?.trim() ?? '');
}
