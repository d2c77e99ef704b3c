import type { LocalizedName, Product } from '../catalog/product';
import type { Milestone } from '../model';
import type { MilestoneWarning, ProgressMatrix } from '../progress';
import type { CentralBudget, CentralScenarioBudget, UnitBudgetLine } from './central-budget';
import type { OfficeBudget } from './office-budget';
import type { PriceEntry } from './price-list';
import type { PriceImportIssue } from './price-workbook';
import type { Scenario } from './scenario';

/** What the budget screens need to name and pick a product. */
export interface ProductBrief {
  id: string;
  name: LocalizedName;
  publisher: string;
  vendor: string;
  category: Product['category'];
  domestic: boolean;
  editions: Array<{ id: string; name: LocalizedName }>;
}

/** Shrinks a catalog product to what the budget screens show. */
export function toProductBrief(product: Product): ProductBrief {
  return {
    id: product.id,
    name: product.name,
    publisher: product.publisher,
    vendor: product.vendor,
    category: product.category,
    domestic: product.domestic,
    editions: product.editions.map((e) => ({ id: e.id, name: e.name })),
  };
}

export interface PriceListView {
  entries: PriceEntry[];
  /** Lines still marked as example (示例): the screens warn while there are any. */
  exampleCount: number;
}

export interface PriceImportView {
  fileName: string;
  rowCount: number;
  imported: number;
  issues: PriceImportIssue[];
  /** False when nothing usable was found and the list was left as it was. */
  isApplied: boolean;
}

export interface ScenarioSettingsView {
  scenarios: Scenario[];
  returnScenarioIds: string[];
}

export interface OfficeBudgetView extends OfficeBudget {
  fundsNote: string;
  /** Lines of the price list still marked as example. */
  examplePriceCount: number;
}

/** A unit's line without the rows behind it (those are fetched for one unit at a time). */
export type UnitBudgetSummary = Omit<UnitBudgetLine, 'rows'>;

export interface CentralScenarioView extends Omit<CentralScenarioBudget, 'units'> {
  units: UnitBudgetSummary[];
}

export interface CentralBudgetView {
  period: string | null;
  expected: number;
  returned: number;
  /** Roster units with no current return: not in any total. */
  notReturned: Array<{ code: string; name: string; parentName: string }>;
  scenarios: CentralScenarioView[];
  comparison: CentralBudget['comparison'];
  unitFunds: Array<{ unitCode: string; fundsFen: number; note: string }>;
  examplePriceCount: number;
}

export interface ProgressView {
  milestones: Milestone[];
  warnings: MilestoneWarning[];
}

export interface ProgressMatrixView {
  period: string | null;
  matrix: ProgressMatrix;
  counties: Array<{ code: string; name: string }>;
}

export interface SavedFileView {
  path: string;
  fileName: string;
}
