import { z } from 'zod';
import { categorySchema } from '../model/codes';

/** What kind of edition a product edition is; the rules engine reads this, not the edition's name. */
export const EDITION_KINDS = [
  'home',
  'personal',
  'student',
  'pro',
  'business',
  'enterprise',
  'government',
  'server',
  'education',
  'trial',
  'community',
  'standard',
  'reader',
  'other',
] as const;
export const editionKindSchema = z.enum(EDITION_KINDS);
export type EditionKind = z.infer<typeof editionKindSchema>;

/** Whether an institution (a government unit) may use the product without buying a licence. */
export const FREE_FOR_INSTITUTIONS = ['yes', 'no', 'personal_only', 'unverified'] as const;
export const freeForInstitutionsSchema = z.enum(FREE_FOR_INSTITUTIONS);
export type FreeForInstitutions = z.infer<typeof freeForInstitutionsSchema>;

/**
 * Use restrictions written into an edition's licence that decide the verdict before the channel does:
 * Windows Home, Office Home & Student, paid personal plans (Microsoft 365 Personal / Family) and
 * education-only editions.
 */
export const EDITION_RESTRICTIONS = [
  'windows_home',
  'office_home_student',
  'personal_use',
  'education_only',
] as const;
export const editionRestrictionSchema = z.enum(EDITION_RESTRICTIONS);
export type EditionRestriction = z.infer<typeof editionRestrictionSchema>;

/** Longest regex source accepted, to keep hostile or careless patterns from a package cheap to run. */
const MAX_PATTERN_LENGTH = 400;

const slugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/);

const patternSchema = z
  .string()
  .min(1)
  .max(MAX_PATTERN_LENGTH)
  .refine(isCompilablePattern, { message: 'pattern does not compile' });

export const localizedNameSchema = z.object({
  zh: z.string().min(1).max(128),
  en: z.string().min(1).max(128),
});
export type LocalizedName = z.infer<typeof localizedNameSchema>;

export const editionSchema = z.object({
  id: slugSchema,
  name: localizedNameSchema,
  kind: editionKindSchema,
  /** True when this edition costs nothing (e.g. WPS 个人版, Bandizip Standard). */
  free: z.boolean().optional(),
  /** Overrides the product's flag for this edition (a free personal edition of a paid suite). */
  freeForInstitutions: freeForInstitutionsSchema.optional(),
  restriction: editionRestrictionSchema.optional(),
});
export type Edition = z.infer<typeof editionSchema>;

/** One product of the software catalog (软件目录). */
export const productSchema = z.object({
  /** Stable slug such as 'ms-windows-10'; installs, entitlements and prices refer to it. */
  id: slugSchema,
  publisher: z.string().min(1).max(128),
  /** Short vendor key used for vendor shares, e.g. 'microsoft', 'kingsoft', 'other'. */
  vendor: slugSchema,
  name: localizedNameSchema,
  /** Other names people type or programs show, used by search and exact matching. */
  aliases: z.array(z.string().min(1).max(128)).max(32).optional(),
  category: categorySchema,
  /** 国产: made by a Chinese vendor. */
  domestic: z.boolean(),
  freeForInstitutions: freeForInstitutionsSchema,
  editions: z.array(editionSchema).max(64),
  /** Edition assumed when a raw name names none (e.g. "WPS Office (11.1…)" is the personal edition). */
  defaultEditionId: slugSchema.optional(),
  /** Case-insensitive regex sources matched against raw installed names. */
  patterns: z.array(patternSchema).max(32),
  /** Names matching any of these are not this product (installers, viewers, add-ins). */
  excludePatterns: z.array(patternSchema).max(32).optional(),
  /** Edition id → case-insensitive regex source; the longest match wins. */
  editionPatterns: z.record(z.string(), patternSchema).optional(),
  /** Verdict for an install with no channel and no licence record at all (LICENSING.md's table). */
  noRecordVerdict: z.enum(['not_genuine', 'to_verify']).optional(),
  /** The vendor activates each device against a paid term (Kylin, UOS), so "activated" is evidence. */
  isActivationEvidence: z.boolean().optional(),
  /** Version of the built-in entry, so a newer program can update entries the user has not edited. */
  builtinVersion: z.number().int().min(0),
  isBuiltin: z.boolean(),
  /** Set when the user changed a built-in entry; newer built-in versions then leave it alone. */
  isUserEdited: z.boolean().optional(),
});
export type Product = z.infer<typeof productSchema>;

export const catalogSchema = z.array(productSchema).max(20_000);

/** True when a regex source compiles with the flags the normalizer uses. */
export function isCompilablePattern(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

/** Finds an edition of a product by id, or by its Chinese or English name as a clerk may have typed it. */
export function findEdition(product: Product, edition: string): Edition | null {
  if (edition === '') return null;
  const wanted = edition.trim().toLowerCase();
  for (const candidate of product.editions) {
    if (candidate.id === wanted) return candidate;
  }
  for (const candidate of product.editions) {
    if (candidate.name.zh.toLowerCase() === wanted || candidate.name.en.toLowerCase() === wanted)
      return candidate;
  }
  return null;
}

/** The flag that applies to one edition: its own, "no" for a paid edition, else the product's. */
export function getFreeForInstitutions(product: Product, edition: Edition | null): FreeForInstitutions {
  if (edition?.freeForInstitutions) return edition.freeForInstitutions;
  if (edition?.free === false) return 'no';
  return product.freeForInstitutions;
}
