import { findScenarioConflicts, type Scenario, type ScenarioSettingsView } from '../../../../shared/budget';
import { ApiFailure, type budgetMethods } from '../../../../shared/contract';
import type { AppService } from '../../services/app-service';
import type { HandlerMap } from '../types';

type ScenarioMethods =
  | 'budget:scenarios'
  | 'budget:saveScenario'
  | 'budget:deleteScenario'
  | 'budget:setReturnScenarios';

function toView(app: AppService): ScenarioSettingsView {
  const d = app.workspace().budget.data;
  return { scenarios: d.scenarios, returnScenarioIds: d.returnScenarioIds };
}

/** Budget scenarios (测算口径) and the ones the return file carries. */
export const scenarioHandlers = {
  'budget:scenarios': async (_input, { app }) => toView(app),

  'budget:saveScenario': async ({ scenario }, { app }) => {
    const budget = app.workspace().budget;
    const isNew = scenario.id === '';
    if (!isNew && !budget.data.scenarios.some((s) => s.id === scenario.id)) {
      throw new ApiFailure('not_found', { key: 'budget:errors.scenarioNotFound' });
    }
    if (isNew && budget.data.scenarios.length >= 20) {
      throw new ApiFailure('conflict', { key: 'budget:errors.tooManyScenarios' });
    }
    const saved: Scenario = isNew
      ? { ...scenario, id: `s-${app.options.newId()}`, kind: 'custom' }
      : { ...scenario, name: scenario.name.trim() };
    const next = isNew
      ? [...budget.data.scenarios, saved]
      : budget.data.scenarios.map((s) => (s.id === saved.id ? saved : s));
    if (findScenarioConflicts(next).length > 0) {
      const message = { key: 'budget:errors.scenarioNameTaken', params: { name: saved.name } };
      throw new ApiFailure('conflict', message, [{ path: 'name', message }]);
    }
    await budget.update((d) => {
      d.scenarios = next;
    });
    return toView(app);
  },

  'budget:deleteScenario': async ({ id }, { app }) => {
    const budget = app.workspace().budget;
    if (!budget.data.scenarios.some((s) => s.id === id)) {
      throw new ApiFailure('not_found', { key: 'budget:errors.scenarioNotFound' });
    }
    if (budget.data.scenarios.length <= 1)
      throw new ApiFailure('conflict', { key: 'budget:errors.lastScenario' });
    await budget.update((d) => {
      d.scenarios = d.scenarios.filter((s) => s.id !== id);
      d.returnScenarioIds = d.returnScenarioIds.filter((s) => s !== id);
    });
    return toView(app);
  },

  'budget:setReturnScenarios': async ({ ids }, { app }) => {
    const budget = app.workspace().budget;
    const known = new Set(budget.data.scenarios.map((s) => s.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown !== undefined) throw new ApiFailure('not_found', { key: 'budget:errors.scenarioNotFound' });
    await budget.update((d) => {
      // Kept in the scenarios' own order so that the return file lists them as the screen does.
      d.returnScenarioIds = d.scenarios.map((s) => s.id).filter((id) => ids.includes(id));
    });
    return toView(app);
  },
} satisfies HandlerMap<ScenarioMethods & keyof typeof budgetMethods>;
