import { z } from 'zod';
import {
  entitlementSchema,
  installSchema,
  machineSchema,
  milestoneSchema,
  unitProfileSchema,
} from '../../../shared/model';

/** office.json: one unit's own inventory. Kept to one unit so the document stays small. */
export const officeDocSchema = z.object({
  schemaVersion: z.literal(1),
  profile: unitProfileSchema.nullable().default(null),
  machines: z.array(machineSchema).default([]),
  installs: z.array(installSchema).default([]),
  entitlements: z.array(entitlementSchema).default([]),
  milestones: z.array(milestoneSchema).default([]),
});
export type OfficeDoc = z.output<typeof officeDocSchema>;

export const OFFICE_DOC_VERSION = 1;

/** A fresh, empty office.json. */
export function createOfficeDoc(): OfficeDoc {
  return officeDocSchema.parse({ schemaVersion: 1 });
}
