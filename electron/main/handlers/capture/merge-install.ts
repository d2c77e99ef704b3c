import type { Install, InstallDraft } from '../../../../shared/model';

/**
 * A recorded install updated with what a capture found. The capture knows what is installed (name,
 * version, edition) and what licensing reports (activation, OEM product id, KMS host); the clerk
 * knows how the licence was obtained and what papers exist. So the capture fills the licence channel
 * only while it is still unknown, and invoice, contract, COA, linked licence and notes stay as they are.
 */
export function mergeInstall(existing: Install, draft: InstallDraft): InstallDraft {
  const isNewProduct = draft.productId !== null && draft.productId !== existing.productId;
  return {
    productId: draft.productId ?? existing.productId,
    rawName: draft.rawName,
    version: draft.version || existing.version,
    edition: isNewProduct ? draft.edition : draft.edition || existing.edition,
    // A name the catalog does not know keeps the category (and product) the clerk gave it.
    category: draft.productId !== null ? draft.category : existing.category,
    channel: existing.channel === 'unknown' ? draft.channel : existing.channel,
    evidence: {
      ...existing.evidence,
      activation:
        draft.evidence.activation !== 'unknown' ? draft.evidence.activation : existing.evidence.activation,
      productIdOem: draft.evidence.productIdOem ?? existing.evidence.productIdOem,
      kmsHost: draft.evidence.kmsHost || existing.evidence.kmsHost,
    },
    entitlementId: existing.entitlementId,
    notes: existing.notes,
  };
}
