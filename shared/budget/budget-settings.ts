import { z } from 'zod';
import { translate } from '../i18n';
import { unitCodeSchema } from '../model/codes';
import { createExamplePriceList } from './example-prices';
import { priceListSchema } from './price-list';
import { createDefaultScenarios, type DefaultScenarioNames, scenariosSchema } from './scenario';

const MAX_FUNDS_FEN = 9_999_999_999_999;

/** Funds a unit of the roster has been allocated, as the central side records them. */
export const unitFundsSchema = z.object({
  unitCode: unitCodeSchema,
  fundsFen: z.number().int().min(0).max(MAX_FUNDS_FEN),
  note: z.string().max(512),
});
export type UnitFunds = z.infer<typeof unitFundsSchema>;

/** The scenario names a new workspace starts with, in Chinese. */
export function getDefaultScenarioNames(): DefaultScenarioNames {
  return {
    list: translate('zh-CN', { key: 'budget:scenario.default.list' }),
    agreement: translate('zh-CN', { key: 'budget:scenario.default.agreement' }),
    substitution: translate('zh-CN', { key: 'budget:scenario.default.substitution' }),
  };
}

/**
 * Everything the budget keeps between sessions; every field has a default so that older documents
 * load. The example price list is the default until the user edits or imports a list of their own.
 */
export const budgetSettingsShape = {
  priceList: priceListSchema.default(() => createExamplePriceList('zh-CN')),
  scenarios: scenariosSchema.default(() => createDefaultScenarios(getDefaultScenarioNames())),
  /** 已落实资金 of this unit, in fen; null until recorded. */
  fundsAllocatedFen: z.number().int().min(0).max(MAX_FUNDS_FEN).nullable().default(null),
  fundsNote: z.string().max(512).default(''),
  /** Scenarios whose totals go into the return file's summary sheet. */
  returnScenarioIds: z
    .array(z.string().min(1).max(64))
    .max(20)
    .default(['list', 'agreement', 'substitution']),
  /** Central side: funds allocated to each unit of the roster. */
  unitFunds: z.array(unitFundsSchema).max(100_000).default([]),
};

export const budgetSettingsSchema = z.object(budgetSettingsShape);
export type BudgetSettings = z.output<typeof budgetSettingsSchema>;
