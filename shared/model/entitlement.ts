import { z } from 'zod';
import { channelSchema, dateSchema } from './codes';

/** A licence the unit owns (授权台账 row). Money is integer fen. */
export const entitlementSchema = z.object({
  id: z.string().min(1).max(64),
  productId: z.string().min(1).max(64),
  edition: z.string().max(64),
  channel: channelSchema,
  quantity: z.number().int().min(0).max(10_000_000),
  contractNo: z.string().max(128),
  invoiceNo: z.string().max(128),
  supplier: z.string().max(128),
  purchaseDate: dateSchema,
  amountFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  expiry: dateSchema,
  notes: z.string().max(32767),
});
export type Entitlement = z.infer<typeof entitlementSchema>;
