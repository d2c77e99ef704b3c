import { z } from 'zod';
import { activationSchema, categorySchema, channelSchema, coaSchema, dateSchema } from './codes';

/** What the clerk can show for an install's licence; the rules engine reads only these facts. */
export const evidenceSchema = z.object({
  invoiceNo: z.string().max(128),
  contractNo: z.string().max(128),
  coa: coaSchema,
  /** Product ID contains "OEM": true / false / null when not checked. */
  productIdOem: z.boolean().nullable(),
  activation: activationSchema,
  kmsHost: z.string().max(255),
  /** True when the clerk confirms the licence came with this very machine (OEM). */
  originalMachine: z.boolean().nullable(),
  /** Subscription or trial end date. */
  expiry: dateSchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** One piece of software installed on one machine (软件台账 row). */
export const installSchema = z.object({
  id: z.string().min(1).max(64),
  machineId: z.string().min(1).max(64),
  /** Catalog product id, or null when the name is not (yet) in the catalog. */
  productId: z.string().max(64).nullable(),
  /** The name as captured or typed, kept verbatim. */
  rawName: z.string().max(512),
  version: z.string().max(64),
  edition: z.string().max(64),
  category: categorySchema,
  channel: channelSchema,
  evidence: evidenceSchema,
  entitlementId: z.string().max(64).nullable(),
  notes: z.string().max(32767),
});
export type Install = z.infer<typeof installSchema>;

export const installDraftSchema = installSchema.omit({ id: true, machineId: true });
export type InstallDraft = z.infer<typeof installDraftSchema>;

/** Evidence with nothing recorded yet. */
export function createEmptyEvidence(): Evidence {
  return {
    invoiceNo: '',
    contractNo: '',
    coa: 'none',
    productIdOem: null,
    activation: 'unknown',
    kmsHost: '',
    originalMachine: null,
    expiry: '',
  };
}
