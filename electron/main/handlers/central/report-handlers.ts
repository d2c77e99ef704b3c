import { ApiFailure, type CentralOverview } from '../../../../shared/contract';
import { buildStatsView, listPeriods } from '../../../../shared/stats/central-view';
import { drillDown } from '../../central/drill-service';
import {
  assertReportFits,
  buildSummaryFormHtml,
  exportConsolidatedReport,
} from '../../central/report-service';
import { writeFileAtomic } from '../../store/atomic-file';
import type { CentralDoc } from '../../store/central-doc';
import { reportExtraSheets } from '../budget/report-sheets';
import type { HandlerMap } from '../types';
import { centralContext, dialogText, recoveryOf, requireProfile, safeFileName } from './central-context';

type ReportMethods =
  | 'central:overview'
  | 'central:setPeriod'
  | 'central:stats'
  | 'central:drill'
  | 'central:exportReport'
  | 'central:exportPdf';

/** What the central screens start from: the chosen period, the periods known and the counts. */
export function overviewOf(doc: CentralDoc, wanted?: string): CentralOverview {
  const periods = listPeriods(doc.rosters, doc.returns);
  const period = wanted ?? doc.currentPeriod ?? periods[0] ?? null;
  if (period !== null && !periods.includes(period)) periods.unshift(period);
  const inPeriod = doc.returns.filter((r) => r.period === period);
  return {
    period,
    periods,
    recovery: period === null ? null : recoveryOf(doc, period),
    counts: {
      current: inPeriod.filter((r) => r.state === 'current').length,
      superseded: inPeriod.filter((r) => r.state === 'superseded').length,
      unassigned: inPeriod.filter((r) => r.state === 'unassigned').length,
      rejected: doc.rejected.filter((r) => r.period === period).length,
      conflicts: doc.conflicts.filter((c) => c.period === period).length,
    },
  };
}

/** 统计 and 报告: figures per unit, county and total, drill-down, consolidated report and PDF form. */
export const reportHandlers = {
  'central:overview': async ({ period }, { app }) => overviewOf(app.workspace().central.data, period),
  'central:setPeriod': async ({ period }, { app }) => {
    const central = app.workspace().central;
    await central.update((d) => {
      d.currentPeriod = period;
    });
    return overviewOf(central.data, period);
  },
  'central:stats': async ({ period }, { app }) => {
    const doc = app.workspace().central.data;
    return buildStatsView(period, doc.rosters, doc.returns);
  },
  'central:drill': async (request, { app, host }) => drillDown(centralContext(app, host), request),
  'central:exportReport': async ({ period }, { app, host }) => {
    const profile = requireProfile(app);
    const ctx = centralContext(app, host);
    if (!ctx.doc.data.returns.some((r) => r.period === period && r.state === 'current'))
      throw new ApiFailure('not_found', { key: 'central:errors.nothingToReport', params: { period } });
    assertReportFits(ctx.doc.data.returns, period);
    const path = await host.chooseSaveFile({
      title: dialogText(app, 'exportReport'),
      defaultName: safeFileName(dialogText(app, 'reportFileName', { name: profile.name, period })),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
    if (!path) return null;
    const written = await exportConsolidatedReport(
      ctx,
      period,
      profile,
      app.options.version,
      path,
      reportExtraSheets(app),
    );
    return { path, units: written.units, machines: written.machines, installs: written.installs };
  },
  'central:exportPdf': async ({ period, signers }, { app, host }) => {
    const profile = requireProfile(app);
    const path = await host.chooseSaveFile({
      title: dialogText(app, 'exportPdf'),
      defaultName: safeFileName(dialogText(app, 'pdfFileName', { name: profile.name, period })),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!path) return null;
    const html = buildSummaryFormHtml(centralContext(app, host), period, profile, signers, app.language);
    await writeFileAtomic(path, await host.printToPdf(html));
    return { path };
  },
} satisfies HandlerMap<ReportMethods>;
