import { z } from 'zod';
import {
  CATEGORIES,
  type Category,
  categorySchema,
  entitlementSchema,
  installSchema,
  machineSchema,
  milestoneSchema,
  statusSchema,
  unitCodeSchema,
  unitProfileSchema,
} from '../model';

/** The newest return-file schema version this program writes and reads. */
export const RETURN_SCHEMA_VERSION = 1;

/**
 * Largest amount a return file carries exactly, in fen (99,999,999,999.99 yuan): money is written as
 * yuan with two decimals and spreadsheet programs keep 15 significant digits.
 */
export const MAX_AMOUNT_FEN = 9_999_999_999_999;

/** Longest text a spreadsheet cell holds (Excel, WPS and LibreOffice agree). */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text a workbook cell carries unchanged: no unpaired surrogates (XML cannot hold them) and no CR LF
 * pairs (spreadsheet readers turn them into LF). The encoder writes such text normalized.
 */
export function isPortableText(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\r\n/.test(text);
}

const portable = { message: 'text that a workbook cannot carry unchanged' };

/** Row owner in a consolidated return; absent means the file's own unit. */
const rowUnitSchema = unitCodeSchema.optional();

export const returnMetaSchema = z.object({
  schemaVersion: z.literal(RETURN_SCHEMA_VERSION),
  programVersion: z.string().max(64).refine(isPortableText, portable),
  /** ISO 8601 time the file was exported, kept verbatim. */
  exportedAt: z.iso.datetime({ offset: true }),
  /** The reporting package (填报通知包) the return was filled under; '' if none. */
  packageId: z.string().max(128).refine(isPortableText, portable),
  /** Digest of the rule-set options the verdicts were derived with; '' if none. */
  ruleOptionsDigest: z.string().max(128).refine(isPortableText, portable),
});
export type ReturnMeta = z.infer<typeof returnMetaSchema>;

export const returnMachineSchema = machineSchema.extend({ unitCode: rowUnitSchema });
export type ReturnMachine = z.infer<typeof returnMachineSchema>;

/** One rendered verdict reason: a whole sentence on one line. */
const reasonSchema = z
  .string()
  .min(1)
  .max(1000)
  .regex(/^[^\r\n]*$/)
  .refine(isPortableText, portable);

export const returnInstallSchema = installSchema.extend({
  /** Empty cell means "not in the catalog", so an empty id is not a distinct value. */
  productId: z.string().min(1).max(64).nullable(),
  entitlementId: z.string().min(1).max(64).nullable(),
  status: statusSchema,
  reasons: z.array(reasonSchema).max(30),
  unitCode: rowUnitSchema,
});
export type ReturnInstall = z.infer<typeof returnInstallSchema>;

export const returnEntitlementSchema = entitlementSchema.extend({
  amountFen: z.number().int().min(0).max(MAX_AMOUNT_FEN),
  unitCode: rowUnitSchema,
});
export type ReturnEntitlement = z.infer<typeof returnEntitlementSchema>;

export const returnMilestoneSchema = milestoneSchema.extend({ unitCode: rowUnitSchema });
export type ReturnMilestone = z.infer<typeof returnMilestoneSchema>;

export const budgetLineSchema = z.object({
  /** Scenario name such as 原价采购 or 国产替代. */
  scenario: z.string().min(1).max(128).refine(isPortableText, portable),
  category: categorySchema,
  amountFen: z.number().int().min(0).max(MAX_AMOUNT_FEN),
  unitCode: rowUnitSchema,
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

const countSchema = z.number().int().min(0).max(1_000_000_000);

export const categoryCountsSchema = z.object({
  installed: countSchema,
  genuine: countSchema,
  notGenuine: countSchema,
  toVerify: countSchema,
  /** Licences to buy: not genuine plus to verify. */
  needed: countSchema,
});
export type CategoryCounts = z.infer<typeof categoryCountsSchema>;

const byCategorySchema = z.object(
  Object.fromEntries(CATEGORIES.map((c) => [c, categoryCountsSchema])) as Record<
    Category,
    typeof categoryCountsSchema
  >, // fromEntries widens the keys; they are exactly CATEGORIES
);

/** One lower-level unit's totals in a consolidated (county/city) return. */
export const childSummarySchema = z.object({
  unitCode: unitCodeSchema,
  unitName: z.string().min(1).max(128).refine(isPortableText, portable),
  parentCode: z.union([z.literal(''), unitCodeSchema]),
  computers: countSchema,
  byCategory: byCategorySchema,
});
export type ChildSummary = z.infer<typeof childSummarySchema>;

/** Everything a return file carries, as the program reads it back. */
export const returnDataSchema = z.object({
  meta: returnMetaSchema,
  profile: unitProfileSchema,
  machines: z.array(returnMachineSchema),
  installs: z.array(returnInstallSchema),
  entitlements: z.array(returnEntitlementSchema),
  milestones: z.array(returnMilestoneSchema),
  budget: z.array(budgetLineSchema),
  /** Present only in a consolidated return of a county, city or province. */
  children: z.array(childSummarySchema).optional(),
});
export type ReturnData = z.infer<typeof returnDataSchema>;
