import { z } from 'zod';
import type { BatchCounts, FileResult, ImportBatch, KeyConflict, StoredReturn } from '../merge/merge-types';
import { dateSchema, periodSchema, unitCodeSchema } from '../model';
import type { IssuedPackage, ReportingPackage } from '../report/reporting-package';
import type { Recovery } from '../roster/recovery';
import { type RosterUnit, rosterUnitSchema } from '../roster/roster';
import type { RosterIssue } from '../roster/roster-rows';
import { type DrillRow, drillMetricSchema, drillScopeSchema } from '../stats/central-drill';
import type { StatsView } from '../stats/central-view';
import { method } from './define';

export type { RosterIssue };

/** The period the central screens work on and what is known about it. */
export interface CentralOverview {
  period: string | null;
  /** Periods named by a roster or a return, newest first. */
  periods: string[];
  recovery: Recovery | null;
  counts: { current: number; superseded: number; unassigned: number; rejected: number; conflicts: number };
}

export interface RosterView {
  period: string;
  units: RosterUnit[];
  recovery: Recovery;
}

export interface RosterImportResult extends RosterView {
  added: number;
  updated: number;
  unchanged: number;
  issues: RosterIssue[];
}

/** A stored return as the lists show it: the index entry with its headline figures. */
export type ReturnListItem = Omit<StoredReturn, 'summary'> & {
  computers: number;
  installed: number;
  needed: number;
  genuineRate: number | null;
};

export interface ImportView extends ImportBatch {
  counts: BatchCounts;
}

export interface DrillView {
  total: number;
  offset: number;
  rows: DrillRow[];
  unitNames: Record<string, string>;
  files: number;
}

export interface SavedFile {
  path: string;
}

export interface ReportSaved extends SavedFile {
  units: number;
  machines: number;
  installs: number;
}

export type { FileResult, KeyConflict };

const empty = z.object({}).strict();
const periodInput = z.object({ period: periodSchema }).strict();
const signersSchema = z
  .object({
    preparer: z.string().trim().max(32),
    reviewer: z.string().trim().max(32),
    head: z.string().trim().max(32),
    date: dateSchema,
  })
  .strict();

/** Central side: roster and return rate, batch import, merge history, statistics, reports, packages. */
export const centralMethods = {
  'central:overview': method<CentralOverview>()(z.object({ period: periodSchema.optional() }).strict()),
  'central:setPeriod': method<CentralOverview>()(periodInput),
  'roster:get': method<RosterView>()(periodInput),
  'roster:upsert': method<RosterView>()(
    z
      .object({
        period: periodSchema,
        unit: rosterUnitSchema.strict(),
        previousCode: unitCodeSchema.optional(),
      })
      .strict(),
  ),
  'roster:remove': method<RosterView>()(z.object({ period: periodSchema, code: unitCodeSchema }).strict()),
  /** Copies another period's roster into this one (units already there are kept). */
  'roster:copy': method<RosterView>()(z.object({ period: periodSchema, from: periodSchema }).strict()),
  /** Asks for a workbook and adds its units (merge) or replaces the roster with them. */
  'roster:import': method<RosterImportResult | null>()(
    z.object({ period: periodSchema, mode: z.enum(['merge', 'replace']) }).strict(),
  ),
  'roster:export': method<SavedFile | null>()(periodInput),
  /** The chase list (催报名单): units that have not returned a usable file, with contacts. */
  'roster:exportChaseList': method<SavedFile | null>()(periodInput),
  /** Asks for return files or a folder, then imports them into the period. */
  'central:import': method<ImportView | null>()(
    z.object({ period: periodSchema, source: z.enum(['files', 'folder']) }).strict(),
  ),
  'central:lastImport': method<ImportView | null>()(empty),
  'central:returns': method<ReturnListItem[]>()(periodInput),
  'central:history': method<ReturnListItem[]>()(
    z.object({ period: periodSchema, code: unitCodeSchema }).strict(),
  ),
  /** Makes a superseded return current again; the current one goes to history. */
  'central:restore': method<ReturnListItem[]>()(
    z.object({ sha: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  ),
  /** Counts an unassigned return for a roster unit; with addToRoster the file's unit is added first. */
  'central:assign': method<ReturnListItem[]>()(
    z
      .object({
        sha: z.string().regex(/^[0-9a-f]{64}$/),
        code: unitCodeSchema.optional(),
        addToRoster: z.boolean(),
      })
      .strict(),
  ),
  'central:conflicts': method<KeyConflict[]>()(periodInput),
  'central:stats': method<StatsView>()(periodInput),
  /** Opens the return files behind a figure and lists the rows it counts. */
  'central:drill': method<DrillView>()(
    z
      .object({
        period: periodSchema,
        scope: drillScopeSchema,
        metric: drillMetricSchema,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** Writes the consolidated report: a return file of this unit with every unit's rows. */
  'central:exportReport': method<ReportSaved | null>()(periodInput),
  /** Writes the printable summary form as PDF (A4) with names for the signatures. */
  'central:exportPdf': method<SavedFile | null>()(
    z.object({ period: periodSchema, signers: signersSchema }).strict(),
  ),
  /** Issues a reporting package (填报通知包) for the period as a .zbpkg file. */
  'package:export': method<(SavedFile & { package: IssuedPackage }) | null>()(
    z
      .object({
        period: periodSchema,
        deadline: dateSchema,
        title: z.string().trim().max(200),
        notes: z.string().max(4000),
      })
      .strict(),
  ),
  'package:issued': method<IssuedPackage[]>()(empty),
  /** Asks for a .zbpkg file and makes it the package this unit fills its return under. */
  'package:import': method<ReportingPackage | null>()(empty),
  'package:get': method<ReportingPackage | null>()(empty),
};
