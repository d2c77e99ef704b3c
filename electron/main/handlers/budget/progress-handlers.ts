import type { ProgressMatrixView, ProgressView } from '../../../../shared/budget';
import type { budgetMethods } from '../../../../shared/contract';
import {
  buildProgressMatrix,
  encodeProgressWorkbook,
  filterProgressRows,
  findMilestoneWarnings,
  normalizeMilestones,
} from '../../../../shared/progress';
import type { AppService } from '../../services/app-service';
import { toLocalDate } from '../office/derive';
import type { HandlerMap } from '../types';
import { readCentralUnits, toUnitProgress } from './central-source';
import { saveWorkbook } from './files';

type ProgressMethods = 'progress:get' | 'progress:save' | 'progress:matrix' | 'progress:exportMatrix';

function toProgressView(app: AppService): ProgressView {
  const milestones = normalizeMilestones(app.workspace().office.data.milestones);
  return { milestones, warnings: findMilestoneWarnings(milestones, toLocalDate(app.options.now())) };
}

/** The units × milestones matrix of the current period. */
export function readProgressMatrix(app: AppService): ProgressMatrixView {
  const central = readCentralUnits(app.workspace().central.data);
  const counties = new Map<string, string>();
  for (const { unit } of central.units) {
    if (unit.parentCode !== '' && !counties.has(unit.parentCode))
      counties.set(unit.parentCode, unit.parentName);
  }
  return {
    period: central.period,
    matrix: buildProgressMatrix(toUnitProgress(central)),
    counties: [...counties]
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** Progress (工作进度): the unit's own milestones, and the central matrix. */
export const progressHandlers = {
  'progress:get': async (_input, { app }) => toProgressView(app),

  'progress:save': async ({ milestones }, { app }) => {
    await app.workspace().office.update((d) => {
      d.milestones = normalizeMilestones(milestones);
    });
    return toProgressView(app);
  },

  'progress:matrix': async (_input, { app }) => readProgressMatrix(app),

  'progress:exportMatrix': async ({ filter }, ctx) => {
    const { app } = ctx;
    const { period, matrix } = readProgressMatrix(app);
    const rows = filterProgressRows(matrix.rows, filter);
    const bytes = encodeProgressWorkbook(matrix, app.language, rows);
    const name = app.language === 'en' ? 'progress' : '工作进度';
    return saveWorkbook(ctx, 'progress:dialog.export', `${name}-${period ?? 'all'}.xlsx`, bytes);
  },
} satisfies HandlerMap<ProgressMethods & keyof typeof budgetMethods>;
