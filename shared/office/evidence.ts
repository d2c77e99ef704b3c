import { findEdition, getFreeForInstitutions, type Product } from '../catalog/product';
import type { Install } from '../model';

/** True when anything at all backs the install's licence: a linked licence, a document, a label, a key. */
export function hasEvidence(install: Install): boolean {
  const e = install.evidence;
  return (
    install.entitlementId !== null ||
    e.invoiceNo.trim() !== '' ||
    e.contractNo.trim() !== '' ||
    e.coa !== 'none' ||
    e.productIdOem === true ||
    e.originalMachine === true ||
    e.kmsHost.trim() !== ''
  );
}

/** True when the software costs a unit nothing, so no evidence is needed (7-Zip, free channels). */
export function isFreeForUnit(install: Install, product: Product | null): boolean {
  if (install.channel === 'free' || install.channel === 'open_source') return true;
  if (product === null) return false;
  return getFreeForInstitutions(product, findEdition(product, install.edition)) === 'yes';
}

/** True for a known, paid install that has no evidence recorded: the clerk must find some. */
export function isMissingEvidence(install: Install, product: Product | null): boolean {
  return product !== null && !isFreeForUnit(install, product) && !hasEvidence(install);
}

/**
 * The same test as isMissingEvidence for many installs: a unit's installs share a handful of
 * product editions, so each edition's price question is answered once.
 */
export function createMissingEvidenceTest(): (install: Install, product: Product | null) => boolean {
  const freeByEdition = new Map<string, boolean>();
  return (install, product) => {
    if (product === null || hasEvidence(install)) return false;
    if (install.channel === 'free' || install.channel === 'open_source') return false;
    const key = `${product.id}\u0001${install.edition}`;
    let isFree = freeByEdition.get(key);
    if (isFree === undefined) {
      isFree = isFreeForUnit(install, product);
      freeByEdition.set(key, isFree);
    }
    return !isFree;
  };
}
