import { z } from 'zod';
import { type Product, productSchema } from '../catalog/product';
import { type RuleOptions, ruleOptionsSchema } from '../licensing/rule-options';
import {
  archSchema,
  CATEGORIES,
  dateSchema,
  entitlementSchema,
  installDraftSchema,
  type Machine,
  machineDraftSchema,
  machineStatusSchema,
  machineTypeSchema,
  STATUSES,
  zoneSchema,
} from '../model';
import { imageDraftSchema, type StandardImage } from '../office/image';
import type { MachineRow } from '../office/machine-row';
import type { Overview } from '../office/overview';
import {
  type CatalogEntry,
  type DeleteResult,
  type EntitlementView,
  type EntryDefaults,
  INSTALL_ISSUES,
  type InstallRow,
  type InstallView,
  type MachineDetail,
  type ReconcileView,
  type SoftwareList,
} from '../office/views';
import { method } from './define';

const empty = z.object({}).strict();
const id = z.string().min(1).max(64);
const ids = z.array(id).min(1).max(200_000);

const machinePatchSchema = z
  .object({
    user: z.string().max(64),
    department: z.string().max(128),
    type: machineTypeSchema,
    brand: z.string().max(64),
    model: z.string().max(128),
    arch: archSchema,
    zone: zoneSchema,
    purchaseDate: dateSchema,
    status: machineStatusSchema,
    notes: z.string().max(32767),
  })
  .partial()
  .strict();

export const installFilterSchema = z
  .object({
    productId: z.string().max(64),
    rawName: z.string().max(512),
    category: z.enum(CATEGORIES),
    status: z.enum(STATUSES),
    issue: z.enum(INSTALL_ISSUES),
    entitlementId: z.string().max(64),
  })
  .partial()
  .strict();

const entitlementDraftSchema = entitlementSchema.omit({ id: true }).strict();

/** The office side (单位填报): machines, installs, images, catalog, licences, rules and the overview. */
export const officeMethods = {
  'office:overview': method<Overview>()(empty),

  'machines:list': method<MachineRow[]>()(empty),
  'machines:get': method<MachineDetail>()(z.object({ id }).strict()),
  'machines:entryDefaults': method<EntryDefaults>()(empty),
  /** Creates a machine; with an image, its installs are recorded in the same write. */
  'machines:create': method<Machine>()(
    z.object({ draft: machineDraftSchema.strict(), imageId: id.nullable().default(null) }).strict(),
  ),
  'machines:update': method<Machine>()(z.object({ id, draft: machineDraftSchema.strict() }).strict()),
  /** Copies a machine and its installs under a new asset number. */
  'machines:copy': method<Machine>()(z.object({ id, assetNo: z.string().max(64) }).strict()),
  'machines:bulkUpdate': method<{ changed: number }>()(z.object({ ids, patch: machinePatchSchema }).strict()),
  'machines:delete': method<DeleteResult>()(z.object({ ids }).strict()),
  /** Brings back the machines of one deletion (the latest when no id is given). */
  'machines:undoDelete': method<{ machines: number; installs: number }>()(
    z.object({ trashId: id.optional() }).strict(),
  ),

  'installs:save': method<InstallView>()(
    z.object({ machineId: id, id: id.optional(), draft: installDraftSchema.strict() }).strict(),
  ),
  'installs:delete': method<{ deleted: number }>()(z.object({ ids }).strict()),
  'installs:query': method<InstallRow[]>()(z.object({ filter: installFilterSchema }).strict()),

  'software:list': method<SoftwareList>()(empty),

  'images:list': method<StandardImage[]>()(empty),
  'images:save': method<StandardImage>()(
    z.object({ id: id.optional(), draft: imageDraftSchema.strict() }).strict(),
  ),
  'images:delete': method<{ deleted: number }>()(z.object({ id }).strict()),
  /** Applies an image to machines in one write; software already there takes the image's licence facts. */
  'images:apply': method<{ added: number; updated: number }>()(z.object({ id, machineIds: ids }).strict()),

  'catalog:list': method<CatalogEntry[]>()(empty),
  'catalog:save': method<Product>()(z.object({ product: productSchema }).strict()),
  'catalog:remove': method<{ removed: number }>()(z.object({ id }).strict()),
  'catalog:reset': method<Product>()(z.object({ id }).strict()),
  /** Maps a raw installed name to a product: present installs now, later ones as they come. */
  'catalog:mapName': method<{ changed: number }>()(
    z
      .object({ rawName: z.string().min(1).max(512), productId: id, edition: z.string().max(64).default('') })
      .strict(),
  ),

  'entitlements:list': method<EntitlementView[]>()(empty),
  'entitlements:save': method<EntitlementView>()(
    z.object({ id: id.optional(), draft: entitlementDraftSchema }).strict(),
  ),
  'entitlements:delete': method<{ deleted: number }>()(z.object({ ids }).strict()),
  'entitlements:reconcile': method<ReconcileView[]>()(empty),

  'rules:get': method<RuleOptions>()(empty),
  'rules:save': method<RuleOptions>()(ruleOptionsSchema.strict()),
};
