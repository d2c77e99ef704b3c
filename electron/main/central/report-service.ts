import type { SheetSpec } from '../../../shared/budget/sheet';
import { ApiFailure } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n';
import type { StoredReturn } from '../../../shared/merge/merge-types';
import type { UnitProfile } from '../../../shared/model';
import { renderSummaryFormHtml, type SummaryFormInput } from '../../../shared/report/summary-form-html';
import type { CentralSummary } from '../../../shared/stats/central-summary';
import { buildStatsView } from '../../../shared/stats/central-view';
import type { CentralContext } from './central-context';
import type { ReportTask, ReportWritten } from './return-file-tasks';
import { returnFilePath, returnsDir } from './return-store';

/** A report of many large returns takes longer than one file. */
const REPORT_TIMEOUT_MS = 30 * 60_000;

/**
 * The most software rows one consolidated workbook carries. Building it holds every row in memory
 * (3 million rows ran the report worker out of heap at 4.6 GB), and millions of rows pass what Excel,
 * WPS and the return-file reader (500 MB unpacked) open, so the upper level could not use it anyway.
 * Half a million rows is a city of about 15,000 computers.
 */
export const MAX_REPORT_INSTALLS = 500_000;

/**
 * Writes the consolidated report of a period: a return file of the consolidating unit carrying every
 * current return's rows (tagged by unit) and a summary row per unit, built in a worker.
 */
export async function exportConsolidatedReport(
  ctx: CentralContext,
  period: string,
  profile: UnitProfile,
  programVersion: string,
  outPath: string,
  extraSheets: SheetSpec[] = [],
): Promise<ReportWritten> {
  const doc = ctx.doc.data;
  const roster = doc.rosters.find((r) => r.period === period)?.units ?? [];
  const byCode = new Map(roster.map((u) => [u.code, u]));
  const dir = returnsDir(ctx.dir);
  assertReportFits(doc.returns, period);
  const current = doc.returns.filter((r) => r.period === period && r.state === 'current');
  const sources = current
    .map((r) => {
      const unit = byCode.get(r.assignedCode);
      return {
        path: returnFilePath(dir, r.sha),
        unitCode: r.assignedCode,
        unitName: unit?.name ?? r.unitName,
        parentCode: unit?.parentCode ?? r.parentCode,
      };
    })
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode));
  const packageId = doc.issuedPackages.filter((p) => p.period === period).at(-1)?.id ?? '';
  const task: ReportTask = {
    kind: 'report',
    outPath,
    input: {
      profile,
      period,
      meta: { programVersion, exportedAt: ctx.now().toISOString(), packageId, ruleOptionsDigest: '' },
    },
    sources,
    extraSheets,
  };
  return ctx.pool.run<ReportWritten>(task, REPORT_TIMEOUT_MS);
}

/** Refuses, with the reason in the user's language, a report too large to build or to open. */
export function assertReportFits(returns: readonly StoredReturn[], period: string): void {
  const installs = returns
    .filter((r) => r.period === period && r.state === 'current')
    .reduce((n, r) => n + countInstalls(r.summary), 0);
  if (installs > MAX_REPORT_INSTALLS) {
    throw new ApiFailure('conflict', {
      key: 'central:errors.reportTooLarge',
      params: {
        period,
        installs: installs.toLocaleString('zh-CN'),
        limit: MAX_REPORT_INSTALLS.toLocaleString('zh-CN'),
      },
    });
  }
}

/** Installs a return's summary counts, every category. */
function countInstalls(summary: CentralSummary): number {
  return Object.values(summary.byCategory).reduce((n, c) => n + c.installed, 0);
}

/** The signatures and date typed on the report screen. */
export interface FormSigners {
  preparer: string;
  reviewer: string;
  head: string;
  date: string;
}

/** The summary form of a period as printable HTML, from the stored summaries alone. */
export function buildSummaryFormHtml(
  ctx: CentralContext,
  period: string,
  profile: UnitProfile,
  signers: FormSigners,
  lang: Language,
): string {
  const doc = ctx.doc.data;
  const { stats } = buildStatsView(period, doc.rosters, doc.returns);
  const input: SummaryFormInput = {
    unitName: profile.name,
    unitCode: profile.code,
    period,
    figures: stats.total.figures,
    expected: stats.total.expected,
    returned: stats.total.returned,
    rows: stats.units.map((u) => ({ code: u.unit.code, name: u.unit.name, figures: u.figures })),
    signers: { preparer: signers.preparer, reviewer: signers.reviewer, head: signers.head },
    date: signers.date,
  };
  return renderSummaryFormHtml(input, lang);
}
