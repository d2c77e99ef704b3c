import { z } from 'zod';
import type { BudgetRow } from '../budget/compute-scenario';
import { priceEntrySchema } from '../budget/price-list';
import { scenarioSchema } from '../budget/scenario';
import type {
  CentralBudgetView,
  OfficeBudgetView,
  PriceImportView,
  PriceListView,
  ProductBrief,
  ProgressMatrixView,
  ProgressView,
  SavedFileView,
  ScenarioSettingsView,
} from '../budget/views';
import { MILESTONE_STATES, MILESTONES, milestoneSchema, unitCodeSchema } from '../model';
import { method } from './define';

const empty = z.object({}).strict();
const id = z.string().min(1).max(64);
const fen = z.number().int().min(0).max(9_999_999_999_999);

const priceDraftSchema = priceEntrySchema
  .omit({ id: true, isExample: true })
  .extend({ id: id.nullable() })
  .strict();

const scenarioDraftSchema = scenarioSchema.extend({ id: z.string().max(64) }).strict();

export const progressFilterSchema = z
  .object({
    milestone: z.enum(MILESTONES).nullable(),
    show: z.enum(['all', 'lacking', 'no_return', ...MILESTONE_STATES]),
    parentCode: z.string().max(64).nullable(),
    search: z.string().max(128),
  })
  .strict();

/** Budget estimation (经费测算), price list, scenarios, funds, and progress (工作进度). */
export const budgetMethods = {
  'budget:products': method<ProductBrief[]>()(empty),

  'budget:prices': method<PriceListView>()(empty),
  /** Adds (id null) or replaces a price line; the saved line is the user's own, never an example. */
  'budget:savePrice': method<PriceListView>()(z.object({ entry: priceDraftSchema }).strict()),
  'budget:deletePrices': method<PriceListView>()(z.object({ ids: z.array(id).min(1).max(20_000) }).strict()),
  /** Opens a workbook; replace swaps the whole list (examples included), merge updates matching lines. */
  'budget:importPrices': method<PriceImportView | null>()(
    z.object({ mode: z.enum(['replace', 'merge']) }).strict(),
  ),
  'budget:exportPrices': method<SavedFileView | null>()(empty),
  'budget:removeExamples': method<PriceListView>()(empty),
  'budget:restoreExamples': method<PriceListView>()(empty),

  'budget:scenarios': method<ScenarioSettingsView>()(empty),
  /** Adds (id '') or replaces a scenario. */
  'budget:saveScenario': method<ScenarioSettingsView>()(z.object({ scenario: scenarioDraftSchema }).strict()),
  'budget:deleteScenario': method<ScenarioSettingsView>()(z.object({ id }).strict()),
  'budget:setReturnScenarios': method<ScenarioSettingsView>()(
    z.object({ ids: z.array(id).max(20) }).strict(),
  ),

  /** The unit's own budget in every scenario, with its funding gap. */
  'budget:office': method<OfficeBudgetView>()(empty),
  'budget:saveFunds': method<OfficeBudgetView>()(
    z.object({ fundsAllocatedFen: fen.nullable(), fundsNote: z.string().max(512) }).strict(),
  ),

  /** Every current return of the period priced per unit, county and city. */
  'budget:central': method<CentralBudgetView>()(empty),
  'budget:centralRows': method<BudgetRow[]>()(
    z.object({ scenarioId: id, unitCode: unitCodeSchema }).strict(),
  ),
  'budget:saveUnitFunds': method<CentralBudgetView>()(
    z.object({ unitCode: unitCodeSchema, fundsFen: fen.nullable(), note: z.string().max(512) }).strict(),
  ),
  'budget:exportCentral': method<SavedFileView | null>()(empty),

  'progress:get': method<ProgressView>()(empty),
  'progress:save': method<ProgressView>()(
    z.object({ milestones: z.array(milestoneSchema.strict()).max(20) }).strict(),
  ),
  'progress:matrix': method<ProgressMatrixView>()(empty),
  'progress:exportMatrix': method<SavedFileView | null>()(
    z.object({ filter: progressFilterSchema }).strict(),
  ),
};
