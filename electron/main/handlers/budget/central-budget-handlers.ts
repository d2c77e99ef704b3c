import {
  buildBudgetSheets,
  type CentralBudget,
  type CentralBudgetView,
  computeCentralBudget,
  writeSheetsWorkbook,
} from '../../../../shared/budget';
import { ApiFailure, type budgetMethods } from '../../../../shared/contract';
import type { AppService } from '../../services/app-service';
import type { HandlerMap } from '../types';
import { readCatalog } from './catalog';
import { readCentralUnits, toUnitNeeds } from './central-source';
import { saveWorkbook, toFileDate } from './files';
import { createRevisionMemo, readFilesRevision } from './revision';

type CentralMethods =
  | 'budget:central'
  | 'budget:centralRows'
  | 'budget:saveUnitFunds'
  | 'budget:exportCentral';

const memo = createRevisionMemo<{ budget: CentralBudget; view: CentralBudgetView }>();

/**
 * The central budget of the current period: every current return priced with the workspace's list.
 * Computed once per version of the documents it reads (a thousand units take about half a second).
 */
export function computeWorkspaceCentralBudget(app: AppService): {
  budget: CentralBudget;
  view: CentralBudgetView;
} {
  const ws = app.workspace();
  const revision = readFilesRevision([ws.central.file, ws.budget.file, ws.office.file]);
  return memo(revision, () => computeUncached(app));
}

function computeUncached(app: AppService): { budget: CentralBudget; view: CentralBudgetView } {
  const ws = app.workspace();
  const settings = ws.budget.data;
  const central = readCentralUnits(ws.central.data);
  const budget = computeCentralBudget(
    toUnitNeeds(central),
    settings.priceList,
    settings.scenarios,
    readCatalog(app),
    settings.unitFunds,
  );
  const view: CentralBudgetView = {
    period: central.period,
    expected: central.units.length,
    returned: central.units.filter((u) => u.ret !== null).length,
    notReturned: central.units
      .filter((u) => u.ret === null)
      .map(({ unit }) => ({ code: unit.code, name: unit.name, parentName: unit.parentName })),
    scenarios: budget.scenarios.map((s) => ({
      ...s,
      units: s.units.map(({ rows: _rows, ...unit }) => unit),
    })),
    comparison: budget.comparison,
    unitFunds: settings.unitFunds,
    examplePriceCount: settings.priceList.filter((e) => e.isExample).length,
  };
  return { budget, view };
}

/** The central side's budget screen and its workbook. */
export const centralBudgetHandlers = {
  'budget:central': async (_input, { app }) => computeWorkspaceCentralBudget(app).view,

  'budget:centralRows': async ({ scenarioId, unitCode }, { app }) => {
    const { budget } = computeWorkspaceCentralBudget(app);
    const unit = budget.scenarios
      .find((s) => s.scenarioId === scenarioId)
      ?.units.find((u) => u.unitCode === unitCode);
    if (!unit) throw new ApiFailure('not_found', { key: 'budget:errors.unitNotFound' });
    return unit.rows;
  },

  'budget:saveUnitFunds': async ({ unitCode, fundsFen, note }, { app }) => {
    await app.workspace().budget.update((d) => {
      const rest = d.unitFunds.filter((f) => f.unitCode !== unitCode);
      d.unitFunds = fundsFen === null ? rest : [...rest, { unitCode, fundsFen, note }];
    });
    return computeWorkspaceCentralBudget(app).view;
  },

  'budget:exportCentral': async (_input, ctx) => {
    const { app } = ctx;
    const { budget, view } = computeWorkspaceCentralBudget(app);
    const bytes = writeSheetsWorkbook(buildBudgetSheets(budget, readCatalog(app), app.language));
    const name = app.language === 'en' ? 'budget' : '经费测算';
    const stamp = view.period ?? toFileDate(app.options.now());
    return saveWorkbook(ctx, 'budget:dialog.exportCentral', `${name}-${stamp}.xlsx`, bytes);
  },
} satisfies HandlerMap<CentralMethods & keyof typeof budgetMethods>;
