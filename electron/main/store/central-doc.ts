import { z } from 'zod';

/** central.json: the central side's roster, return index and per-return summaries (never every row). */
export const centralDocSchema = z.object({
  schemaVersion: z.literal(1),
});
export type CentralDoc = z.output<typeof centralDocSchema>;

export const CENTRAL_DOC_VERSION = 1;

/** A fresh, empty central.json. */
export function createCentralDoc(): CentralDoc {
  return centralDocSchema.parse({ schemaVersion: 1 });
}
