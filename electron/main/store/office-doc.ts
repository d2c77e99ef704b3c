import { z } from 'zod';
import { productSchema } from '../../../shared/catalog/product';
import { ruleOptionsSchema } from '../../../shared/licensing/rule-options';
import {
  entitlementSchema,
  installSchema,
  machineSchema,
  milestoneSchema,
  unitProfileSchema,
} from '../../../shared/model';
import { imageSchema } from '../../../shared/office/image';
import { nameMappingSchema } from '../../../shared/office/name-mapping';
import { trashEntrySchema } from '../../../shared/office/trash';

/** What the entry forms remember between sessions, so the next machine takes a few keystrokes. */
export const entryPrefsSchema = z.object({
  lastImageId: z.string().max(64).nullable(),
  lastAssetNo: z.string().max(64),
});

/**
 * office.json: one unit's own inventory. Kept to one unit so the document stays small. Fields added
 * after the first release carry defaults, so documents written before them still load.
 */
export const officeDocSchema = z.object({
  schemaVersion: z.literal(1),
  profile: unitProfileSchema.nullable().default(null),
  machines: z.array(machineSchema).default([]),
  installs: z.array(installSchema).default([]),
  entitlements: z.array(entitlementSchema).default([]),
  milestones: z.array(milestoneSchema).default([]),
  images: z.array(imageSchema).default([]),
  ruleOptions: ruleOptionsSchema.default(() => ruleOptionsSchema.parse({})),
  /** Products the user added, and built-in products the user edited (those win over built-in updates). */
  userCatalog: z.array(productSchema).default([]),
  nameMappings: z.array(nameMappingSchema).default([]),
  trash: z.array(trashEntrySchema).default([]),
  entryPrefs: entryPrefsSchema.default(() => ({ lastImageId: null, lastAssetNo: '' })),
});
export type OfficeDoc = z.output<typeof officeDocSchema>;

export const OFFICE_DOC_VERSION = 1;

/** A fresh, empty office.json. */
export function createOfficeDoc(): OfficeDoc {
  return officeDocSchema.parse({ schemaVersion: 1 });
}
