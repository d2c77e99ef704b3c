import { buildBudgetSheets } from '../../../../shared/budget/budget-sheet';
import type { SheetSpec } from '../../../../shared/budget/sheet';
import { buildProgressSheets } from '../../../../shared/progress/progress-sheet';
import type { AppService } from '../../services/app-service';
import { readCatalog } from './catalog';
import { computeWorkspaceCentralBudget } from './central-budget-handlers';
import { readProgressMatrix } from './progress-handlers';

/** Names that cannot be mistaken for the return file's own 经费测算 / 工作进度 ledgers. */
const RENAME: Record<string, string> = {
  经费测算: '经费测算对比',
  经费测算明细: '经费测算对比明细',
  工作进度: '工作进度矩阵',
  工作进度明细: '工作进度矩阵明细',
};

/** The budget comparison and progress matrix sheets appended to the consolidated report. */
export function reportExtraSheets(app: AppService): SheetSpec[] {
  const lang = 'zh-CN';
  const budget = buildBudgetSheets(computeWorkspaceCentralBudget(app).budget, readCatalog(app), lang);
  const progress = buildProgressSheets(readProgressMatrix(app).matrix, lang);
  return [...budget, ...progress].map((spec) => ({
    ...spec,
    name: RENAME[spec.name] ?? `${spec.name}（对比）`,
  }));
}
