import {
  computeOfficeBudget,
  computeReturnBudget,
  type OfficeBudgetView,
  type ReturnBudgetLine,
} from '../../../../shared/budget';
import type { budgetMethods } from '../../../../shared/contract';
import type { AppService } from '../../services/app-service';
import type { HandlerMap } from '../types';
import { readCatalog } from './catalog';
import { readOfficeInstallsWithStatus } from './office-inputs';

/** The unit's own budget in every scenario with its funding gap (also for the office overview). */
export function readOfficeBudget(app: AppService): OfficeBudgetView {
  const settings = app.workspace().budget.data;
  const budget = computeOfficeBudget(readOfficeInstallsWithStatus(app), readCatalog(app), settings);
  return {
    ...budget,
    fundsNote: settings.fundsNote,
    examplePriceCount: settings.priceList.filter((e) => e.isExample).length,
  };
}

/** The budget lines the return file carries, for the scenarios the unit chose (for the exporter). */
export function readReturnBudget(app: AppService): ReturnBudgetLine[] {
  return computeReturnBudget(
    readOfficeInstallsWithStatus(app),
    readCatalog(app),
    app.workspace().budget.data,
  );
}

/** The office side's budget screen. */
export const officeBudgetHandlers = {
  'budget:office': async (_input, { app }) => readOfficeBudget(app),

  'budget:saveFunds': async ({ fundsAllocatedFen, fundsNote }, { app }) => {
    await app.workspace().budget.update((d) => {
      d.fundsAllocatedFen = fundsAllocatedFen;
      d.fundsNote = fundsNote;
    });
    return readOfficeBudget(app);
  },
} satisfies HandlerMap<('budget:office' | 'budget:saveFunds') & keyof typeof budgetMethods>;
