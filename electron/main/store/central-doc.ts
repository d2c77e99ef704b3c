import { z } from 'zod';
import type {
  FileResult,
  ImportBatch,
  KeyConflict,
  RejectedFile,
  StoredReturn,
} from '../../../shared/merge/merge-types';
import { categorySchema, periodSchema } from '../../../shared/model';
import { type IssuedPackage, reportingPackageSchema } from '../../../shared/report/reporting-package';
import {
  categoryCountsSchema,
  childSummarySchema,
  returnMilestoneSchema,
} from '../../../shared/return-file/return-data';
import { rosterSchema } from '../../../shared/roster/roster';
import type { CentralSummary } from '../../../shared/stats/central-summary';

const messageSchema = z.object({
  key: z.string().max(200),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const fileIssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: messageSchema,
});

const byCategorySchema = z.object({
  os: categoryCountsSchema,
  office: categoryCountsSchema,
  security: categoryCountsSchema,
  other: categoryCountsSchema,
});

const summarySchema = z.object({
  computers: z.number().int().min(0),
  byCategory: byCategorySchema,
  genuineRate: z.number().nullable(),
  vendors: z.array(categoryCountsSchema.extend({ vendor: z.string(), category: categorySchema })),
  domestic: byCategorySchema,
  neededByProduct: z.array(
    z.object({
      productId: z.string().nullable(),
      edition: z.string(),
      category: categorySchema,
      count: z.number().int().min(0),
      rawName: z.string().optional(),
    }),
  ),
  milestones: z.array(returnMilestoneSchema),
  entitlements: z.number().int().min(0),
  children: z.array(childSummarySchema),
}) satisfies z.ZodType<CentralSummary>;

const storedReturnSchema = z.object({
  sha: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string(),
  bytes: z.number().int().min(0),
  period: periodSchema,
  unitCode: z.string(),
  unitName: z.string(),
  parentCode: z.string(),
  parentName: z.string(),
  exportedAt: z.string(),
  packageId: z.string(),
  digestState: z.enum(['unchanged', 'edited', 'missing']),
  warnings: z.array(fileIssueSchema),
  summary: summarySchema,
  assignedCode: z.string(),
  state: z.enum(['current', 'superseded', 'unassigned']),
  importedAt: z.string(),
  supersededBy: z.string().nullable(),
}) satisfies z.ZodType<StoredReturn>;

const rejectedFileSchema = z.object({
  sha: z.string().nullable(),
  fileName: z.string(),
  period: z.string(),
  unitCode: z.string().nullable(),
  unitName: z.string(),
  at: z.string(),
  reasons: z.array(fileIssueSchema),
}) satisfies z.ZodType<RejectedFile>;

const conflictSchema = z.object({
  period: z.string(),
  kind: z.enum(['asset_no', 'serial']),
  value: z.string(),
  units: z.array(z.object({ unitCode: z.string(), sha: z.string() })),
}) satisfies z.ZodType<KeyConflict>;

const fileResultSchema = z.object({
  fileName: z.string(),
  sha: z.string().nullable(),
  unitCode: z.string().nullable(),
  unitName: z.string(),
  status: z.enum(['accepted', 'accepted_with_warnings', 'already_imported', 'rejected']),
  issues: z.array(fileIssueSchema),
  notes: z.array(messageSchema),
}) satisfies z.ZodType<FileResult>;

/** The outcome of the last import batch, so the import screen can show it again. */
const importBatchSchema = z.object({
  period: periodSchema,
  startedAt: z.string(),
  durationMs: z.number().min(0),
  results: z.array(fileResultSchema),
}) satisfies z.ZodType<ImportBatch>;

const issuedPackageSchema = z.object({
  id: z.string(),
  title: z.string(),
  period: periodSchema,
  deadline: z.string(),
  issuedAt: z.string(),
  catalogAdditions: z.number().int().min(0),
  prices: z.number().int().min(0),
}) satisfies z.ZodType<IssuedPackage>;

/** central.json: the central side's roster, return index and per-return summaries (never every row). */
export const centralDocSchema = z.object({
  schemaVersion: z.literal(1),
  /** The period the central screens show; null until a roster or return names one. */
  currentPeriod: periodSchema.nullable().default(null),
  rosters: z.array(rosterSchema).default([]),
  returns: z.array(storedReturnSchema).default([]),
  rejected: z.array(rejectedFileSchema).default([]),
  conflicts: z.array(conflictSchema).default([]),
  lastImport: importBatchSchema.nullable().default(null),
  issuedPackages: z.array(issuedPackageSchema).default([]),
  /** The reporting package this unit received and fills its return under. */
  activePackage: reportingPackageSchema.nullable().default(null),
});
export type CentralDoc = z.output<typeof centralDocSchema>;

export const CENTRAL_DOC_VERSION = 1;

/** A fresh, empty central.json. */
export function createCentralDoc(): CentralDoc {
  return centralDocSchema.parse({ schemaVersion: 1 });
}
