import { ApiFailure } from '../../../../shared/contract';
import {
  assignReturn,
  type HistoryOutcome,
  listUnitHistory,
  restoreReturn,
} from '../../../../shared/merge/history';
import { countResults } from '../../../../shared/merge/merge-types';
import { upsertRosterUnit } from '../../../../shared/roster/roster';
import type { CentralContext } from '../../central/central-context';
import { forgetDrill } from '../../central/drill-service';
import { findPeriodConflicts, importReturnFiles } from '../../central/import-service';
import { returnsDir } from '../../central/return-store';
import type { HandlerMap } from '../types';
import { centralContext, dialogText, rosterOf, toListItem } from './central-context';
import { saveRoster } from './roster-handlers';

type ImportMethods =
  | 'central:import'
  | 'central:lastImport'
  | 'central:returns'
  | 'central:history'
  | 'central:restore'
  | 'central:assign'
  | 'central:conflicts';

const STATE_ORDER = { current: 0, unassigned: 1, superseded: 2 } as const;

function listReturns(ctx: CentralContext, period: string) {
  return ctx.doc.data.returns
    .filter((r) => r.period === period)
    .sort(
      (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.assignedCode.localeCompare(b.assignedCode),
    )
    .map(toListItem);
}

/** Saves the outcome of a history action and the period's conflicts, or says why it was refused. */
async function applyHistory(ctx: CentralContext, outcome: HistoryOutcome, period: string): Promise<void> {
  if (!outcome.ok) throw new ApiFailure('conflict', { key: `central:errors.history.${outcome.reason}` });
  const conflicts = await findPeriodConflicts(returnsDir(ctx.dir), outcome.state.returns, period);
  await ctx.doc.update((d) => {
    d.returns = outcome.state.returns;
    d.conflicts = [...d.conflicts.filter((c) => c.period !== period), ...conflicts];
  });
  forgetDrill();
}

/** 导入: batch import of return files, the returns received, their history and conflicts. */
export const importHandlers = {
  'central:import': async ({ period, source }, { app, host }) => {
    const paths = await host.chooseOpenFiles({
      title: dialogText(app, source === 'folder' ? 'importFolder' : 'importFiles'),
      multiple: true,
      folders: source === 'folder',
      filters: [{ name: dialogText(app, 'returnFiles'), extensions: ['xlsx'] }],
    });
    if (paths.length === 0) return null;
    const outcome = await importReturnFiles(centralContext(app, host), period, paths);
    forgetDrill();
    return outcome;
  },
  'central:lastImport': async (_input, { app }) => {
    const batch = app.workspace().central.data.lastImport;
    return batch ? { ...batch, counts: countResults(batch.results) } : null;
  },
  'central:returns': async ({ period }, { app, host }) => listReturns(centralContext(app, host), period),
  'central:history': async ({ period, code }, { app }) =>
    listUnitHistory(app.workspace().central.data.returns, period, code).map(toListItem),
  'central:restore': async ({ sha }, { app, host }) => {
    const ctx = centralContext(app, host);
    const target = ctx.doc.data.returns.find((r) => r.sha === sha);
    if (!target) throw new ApiFailure('not_found', { key: 'central:errors.history.not_found' });
    await ctx.backup('before-restore-return');
    await applyHistory(ctx, restoreReturn(ctx.doc.data, sha), target.period);
    return listReturns(ctx, target.period);
  },
  'central:assign': async ({ sha, code, addToRoster }, { app, host }) => {
    const ctx = centralContext(app, host);
    const target = ctx.doc.data.returns.find((r) => r.sha === sha);
    if (!target) throw new ApiFailure('not_found', { key: 'central:errors.history.not_found' });
    const period = target.period;
    if (addToRoster) {
      const unit = {
        code: target.unitCode,
        name: target.unitName,
        parentCode: target.parentCode,
        parentName: target.parentName,
        contact: '',
        phone: '',
      };
      await saveRoster(ctx, period, upsertRosterUnit(rosterOf(ctx.doc.data, period), unit));
      forgetDrill();
    } else {
      if (!code) throw new ApiFailure('invalid_input', { key: 'central:errors.history.not_on_roster' });
      const codes = new Set(rosterOf(ctx.doc.data, period).map((u) => u.code));
      await applyHistory(ctx, assignReturn(ctx.doc.data, sha, code, codes), period);
    }
    return listReturns(ctx, period);
  },
  'central:conflicts': async ({ period }, { app }) =>
    app.workspace().central.data.conflicts.filter((c) => c.period === period),
} satisfies HandlerMap<ImportMethods>;
