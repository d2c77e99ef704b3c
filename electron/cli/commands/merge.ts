import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiFailure } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import type { FileResult } from '../../../shared/merge/merge-types';
import { periodSchema, type UnitProfile, unitCodeSchema } from '../../../shared/model';
import { buildStatsView } from '../../../shared/stats/central-view';
import {
  createScratchContext,
  formatIssue,
  issueToJson,
  parseArgs,
  readLanguage,
} from '../../main/central/cli-support';
import { importReturnFiles } from '../../main/central/import-service';
import { exportConsolidatedReport } from '../../main/central/report-service';
import { readRosterWorkbook } from '../../main/central/workbooks';
import { recoveryOf } from '../../main/handlers/central/central-context';
import { saveRoster } from '../../main/handlers/central/roster-handlers';
import type { Command } from '../command';

function programVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** `zhengban merge`: imports return files into a period and writes the consolidated report. */
export const mergeCommand: Command = {
  name: 'merge',
  summary: '合并回传文件并生成汇总报告 (merge returns into a consolidated report)',
  usage: [
    'Usage: zhengban merge FILE|DIR... --period P --out REPORT.xlsx [--roster R.xlsx]',
    '                      [--unit-code CODE --unit-name NAME] [--json] [--lang zh-CN|en]',
    '',
    'Imports the return files with the same merge rules as the program (a newer export of a unit',
    'supersedes an older one, the same file twice counts once, files of another period are refused)',
    'and writes the consolidated report, itself a return file the level above can import.',
    'Without --roster every unit found in the files is expected. The report is issued in the name of',
    '--unit-code/--unit-name, by default the parent unit all the files name.',
    '',
    'Exit status: 0 all files accepted, 1 report written but some files rejected or with warnings,',
    '2 usage error or nothing to merge.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseArgs(args, ['period', 'out', 'roster', 'unit-code', 'unit-name', 'lang'], ['json']);
    const period = parsed.options.get('period') ?? '';
    const out = parsed.options.get('out');
    if (
      parsed.positional.length === 0 ||
      parsed.unknown.length > 0 ||
      !out ||
      !periodSchema.safeParse(period).success
    ) {
      io.err(this.usage);
      return 2;
    }
    const lang = readLanguage(parsed);
    const t = (key: string, params?: Record<string, string | number>) =>
      translate(lang, { key: `central:cli.${key}`, params });
    const printResults = (results: FileResult[]) => {
      for (const r of results) {
        io.out(`${r.fileName}: ${translate(lang, { key: `central:fileStatus.${r.status}` })}`);
        for (const issue of r.issues) io.out(`  ${formatIssue(issue, lang)}`);
      }
    };
    const ctx = await createScratchContext();
    try {
      const rosterPath = parsed.options.get('roster');
      if (rosterPath) {
        const roster = await readRosterWorkbook(rosterPath);
        for (const issue of roster.issues) io.err(translate(lang, issue.message));
        if (roster.units.length === 0) return 2;
        await saveRoster(ctx, period, roster.units);
      }
      const batch = await importReturnFiles(
        ctx,
        period,
        parsed.positional.map((p) => resolve(p)),
      );
      if (!rosterPath) {
        // No roster: every unit that sent a usable file is expected.
        const units = new Map<
          string,
          { code: string; name: string; parentCode: string; parentName: string }
        >();
        for (const r of ctx.doc.data.returns)
          if (r.period === period)
            units.set(r.unitCode, {
              code: r.unitCode,
              name: r.unitName,
              parentCode: r.parentCode,
              parentName: r.parentName,
            });
        await saveRoster(
          ctx,
          period,
          [...units.values()].map((u) => ({ ...u, contact: '', phone: '' })),
        );
      }
      const current = ctx.doc.data.returns.filter((r) => r.period === period && r.state === 'current');
      if (current.length === 0) {
        if (parsed.flags.has('json'))
          io.out(JSON.stringify({ period, counts: batch.counts, files: batch.results }, null, 2));
        else printResults(batch.results);
        io.err(t('nothingAccepted'));
        return 2;
      }
      const parents = new Set(current.map((r) => `${r.parentCode}\u0000${r.parentName}`));
      const [onlyParentCode = '', onlyParentName = ''] =
        parents.size === 1 ? [...parents][0]!.split('\u0000') : [];
      const code = parsed.options.get('unit-code') ?? onlyParentCode;
      const name = parsed.options.get('unit-name') ?? onlyParentName;
      if (!unitCodeSchema.safeParse(code).success || name.trim() === '') {
        io.err(t('needUnit'));
        return 2;
      }
      const profile: UnitProfile = {
        code,
        name,
        parentCode: '',
        parentName: '',
        level: 'county',
        headcount: 0,
        contact: '',
        phone: '',
        period,
      };
      let written: Awaited<ReturnType<typeof exportConsolidatedReport>>;
      try {
        written = await exportConsolidatedReport(ctx, period, profile, programVersion(), resolve(out));
      } catch (error) {
        if (!(error instanceof ApiFailure)) throw error;
        io.err(translate(lang, error.userMessage));
        return 1;
      }
      const view = buildStatsView(period, ctx.doc.data.rosters, ctx.doc.data.returns);
      const recovery = recoveryOf(ctx.doc.data, period);
      if (parsed.flags.has('json')) {
        io.out(
          JSON.stringify(
            {
              period,
              out: resolve(out),
              counts: batch.counts,
              files: batch.results.map((r) => ({ ...r, issues: r.issues.map((i) => issueToJson(i, lang)) })),
              recovery: {
                expected: recovery.expected,
                returned: recovery.returned,
                missing: recovery.missing.map((m) => ({
                  code: m.unit.code,
                  name: m.unit.name,
                  kind: m.kind,
                })),
              },
              report: written,
              total: view.stats.total.figures,
            },
            null,
            2,
          ),
        );
      } else {
        printResults(batch.results);
        io.out(t('recovery', { returned: recovery.returned, expected: recovery.expected }));
        for (const m of recovery.missing)
          io.out(
            `  ${m.unit.code} ${m.unit.name}: ${translate(lang, { key: `central:recovery.kind.${m.kind}` })}`,
          );
        io.out(
          t('written', {
            path: resolve(out),
            units: written.units,
            machines: written.machines,
            installs: written.installs,
          }),
        );
      }
      const c = batch.counts;
      return c.rejected > 0 || c.acceptedWithWarnings > 0 ? 1 : 0;
    } finally {
      await ctx.dispose();
    }
  },
};
