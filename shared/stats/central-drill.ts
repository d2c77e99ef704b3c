import { z } from 'zod';
import { CATEGORIES, type Category, type LicenceStatus, STATUSES, unitCodeSchema } from '../model';
import type { ReturnData } from '../return-file/return-data';
import { type InstallFilter, matchesInstall, type ProductLookup, selectCountedRows } from './central-rows';

/** Which installs a drill-down lists (see InstallFilter). */
export const installFilterSchema = z
  .object({
    category: z.enum(CATEGORIES),
    status: z.enum([...STATUSES, 'needed']),
    vendor: z.string().max(64),
    domestic: z.boolean(),
    productId: z.string().max(64).nullable(),
    edition: z.string().max(64),
    rawName: z.string().max(512),
  })
  .partial()
  .strict() satisfies z.ZodType<InstallFilter>;

/** The kind of rows behind a number: computers, or installs matching a filter. */
export const drillMetricSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('computers') }).strict(),
  z.object({ kind: z.literal('installs'), filter: installFilterSchema }).strict(),
]);
export type DrillMetric = z.infer<typeof drillMetricSchema>;

/** Whose rows: the whole area, one county (by parent code) or one unit. */
export const drillScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('total') }).strict(),
  z.object({ kind: z.literal('parent'), code: z.union([z.literal(''), unitCodeSchema]) }).strict(),
  z.object({ kind: z.literal('unit'), code: unitCodeSchema }).strict(),
]);
export type DrillScope = z.infer<typeof drillScopeSchema>;

/** A computer behind a figure. */
export interface DrillMachineRow {
  kind: 'machine';
  unitCode: string;
  assetNo: string;
  user: string;
  department: string;
  type: string;
  brand: string;
  model: string;
  serial: string;
  hostname: string;
}

/** An install behind a figure, with the verdict and its reasons as the unit exported them. */
export interface DrillInstallRow {
  kind: 'install';
  unitCode: string;
  assetNo: string;
  user: string;
  rawName: string;
  productId: string | null;
  vendor: string;
  edition: string;
  version: string;
  category: Category;
  channel: string;
  status: LicenceStatus;
  reasons: string[];
}

export type DrillRow = DrillMachineRow | DrillInstallRow;

/**
 * The rows of one return behind a figure. Rows without a unit code belong to the return's own unit
 * (`ownCode`); rows of a consolidated return keep the lower unit's code.
 */
export function selectDrillRows(
  data: Pick<ReturnData, 'machines' | 'installs'>,
  metric: DrillMetric,
  lookup: ProductLookup,
  ownCode: string,
): DrillRow[] {
  const { machines, installs } = selectCountedRows(data);
  if (metric.kind === 'computers') {
    return machines.map((m) => ({
      kind: 'machine',
      unitCode: m.unitCode ?? ownCode,
      assetNo: m.assetNo,
      user: m.user,
      department: m.department,
      type: m.type,
      brand: m.brand,
      model: m.model,
      serial: m.serial,
      hostname: m.hostname,
    }));
  }
  const byMachine = new Map(machines.map((m) => [`${m.unitCode ?? ''}\u0000${m.id}`, m]));
  const rows: DrillRow[] = [];
  for (const i of installs) {
    if (!matchesInstall(i, metric.filter, lookup)) continue;
    const machine = byMachine.get(`${i.unitCode ?? ''}\u0000${i.machineId}`);
    rows.push({
      kind: 'install',
      unitCode: i.unitCode ?? ownCode,
      assetNo: machine?.assetNo ?? '',
      user: machine?.user ?? '',
      rawName: i.rawName,
      productId: i.productId,
      vendor: lookup.facts(i.productId).vendor,
      edition: i.edition,
      version: i.version,
      category: i.category,
      channel: i.channel,
      status: i.status,
      reasons: i.reasons,
    });
  }
  return rows;
}
