import { writeFile } from 'node:fs/promises';
import { ApiFailure, type RosterView } from '../../../../shared/contract';
import { reconcileWithRoster } from '../../../../shared/merge/history';
import { buildChaseListRows } from '../../../../shared/roster/chase-list';
import {
  mergeRosterUnits,
  type RosterUnit,
  removeRosterUnit,
  upsertRosterUnit,
} from '../../../../shared/roster/roster';
import { rosterToRows } from '../../../../shared/roster/roster-rows';
import type { CentralContext } from '../../central/central-context';
import { findPeriodConflicts } from '../../central/import-service';
import { returnsDir } from '../../central/return-store';
import { readRosterWorkbook, writeRowsWorkbook } from '../../central/workbooks';
import type { HandlerMap } from '../types';
import { centralContext, dialogText, recoveryOf, rosterOf, safeFileName, setRoster } from './central-context';

type RosterMethods =
  | 'roster:get'
  | 'roster:upsert'
  | 'roster:remove'
  | 'roster:copy'
  | 'roster:import'
  | 'roster:export'
  | 'roster:exportChaseList';

const EXCEL = [{ name: 'Excel', extensions: ['xlsx'] }];

/** The roster of a period with its return rate. */
export function rosterView(ctx: CentralContext, period: string): RosterView {
  const doc = ctx.doc.data;
  return { period, units: rosterOf(doc, period), recovery: recoveryOf(doc, period) };
}

/**
 * Saves a period's roster and brings the returns in line with it (held returns of added units
 * count, returns of removed units are held), in one write.
 */
export async function saveRoster(ctx: CentralContext, period: string, units: RosterUnit[]): Promise<void> {
  const doc = ctx.doc.data;
  const codes = new Set(units.map((u) => u.code));
  const state = reconcileWithRoster({ returns: doc.returns, rejected: doc.rejected }, period, codes);
  const conflicts = await findPeriodConflicts(returnsDir(ctx.dir), state.returns, period);
  await ctx.doc.update((d) => {
    setRoster(d, period, units);
    d.returns = state.returns;
    d.conflicts = [...d.conflicts.filter((c) => c.period !== period), ...conflicts];
    d.currentPeriod ??= period;
  });
}

/** 名单: the units expected to report in a period, typed in or imported, and the chase list. */
export const rosterHandlers = {
  'roster:get': async ({ period }, { app, host }) => rosterView(centralContext(app, host), period),
  'roster:upsert': async ({ period, unit, previousCode }, { app, host }) => {
    const ctx = centralContext(app, host);
    const units = rosterOf(ctx.doc.data, period);
    if (unit.code !== previousCode && units.some((u) => u.code === unit.code))
      throw new ApiFailure('conflict', { key: 'central:errors.codeTaken', params: { code: unit.code } });
    await saveRoster(ctx, period, upsertRosterUnit(units, unit, previousCode));
    return rosterView(ctx, period);
  },
  'roster:remove': async ({ period, code }, { app, host }) => {
    const ctx = centralContext(app, host);
    await saveRoster(ctx, period, removeRosterUnit(rosterOf(ctx.doc.data, period), code));
    return rosterView(ctx, period);
  },
  'roster:copy': async ({ period, from }, { app, host }) => {
    const ctx = centralContext(app, host);
    const merged = mergeRosterUnits(rosterOf(ctx.doc.data, period), rosterOf(ctx.doc.data, from));
    await saveRoster(ctx, period, merged.units);
    return rosterView(ctx, period);
  },
  'roster:import': async ({ period, mode }, { app, host }) => {
    const [path] = await host.chooseOpenFiles({
      title: dialogText(app, 'importRoster'),
      multiple: false,
      folders: false,
      filters: [{ name: 'Excel', extensions: ['xlsx', 'xls', 'csv', 'ods'] }],
    });
    if (!path) return null;
    const ctx = centralContext(app, host);
    const read = await readRosterWorkbook(path);
    if (read.units.length === 0) {
      return { ...rosterView(ctx, period), added: 0, updated: 0, unchanged: 0, issues: read.issues };
    }
    await ctx.backup('before-import');
    const merged = mergeRosterUnits(mode === 'replace' ? [] : rosterOf(ctx.doc.data, period), read.units);
    await saveRoster(ctx, period, merged.units);
    const { added, updated, unchanged } = merged;
    return { ...rosterView(ctx, period), added, updated, unchanged, issues: read.issues };
  },
  'roster:export': async ({ period }, { app, host }) => {
    const path = await host.chooseSaveFile({
      title: dialogText(app, 'exportRoster'),
      defaultName: safeFileName(dialogText(app, 'rosterFileName', { period })),
      filters: EXCEL,
    });
    if (!path) return null;
    await writeFile(
      path,
      writeRowsWorkbook(period, rosterToRows(rosterOf(app.workspace().central.data, period))),
    );
    return { path };
  },
  'roster:exportChaseList': async ({ period }, { app, host }) => {
    const path = await host.chooseSaveFile({
      title: dialogText(app, 'exportChaseList'),
      defaultName: safeFileName(dialogText(app, 'chaseFileName', { period })),
      filters: EXCEL,
    });
    if (!path) return null;
    const rows = buildChaseListRows(recoveryOf(app.workspace().central.data, period), period, app.language);
    await writeFile(path, writeRowsWorkbook(period, rows));
    return { path };
  },
} satisfies HandlerMap<RosterMethods>;
