import { resolve } from 'node:path';
import { translate } from '../../../shared/i18n';
import { CATEGORIES } from '../../../shared/model';
import type { ReturnData } from '../../../shared/return-file';
import { figuresOf } from '../../../shared/stats/central-aggregate';
import { createProductLookup } from '../../../shared/stats/central-rows';
import { summarizeForCentral } from '../../../shared/stats/central-summary';
import { createScratchContext, parseArgs, readLanguage } from '../../main/central/cli-support';
import type { LoadTask } from '../../main/central/return-file-tasks';
import type { Command } from '../command';

/** Splits a (consolidated) return into one return per row unit, rows without a code being the file's own. */
function splitByUnit(data: ReturnData): Map<string, ReturnData> {
  const parts = new Map<string, ReturnData>();
  const part = (code: string) => {
    let p = parts.get(code);
    if (!p) {
      p = { ...data, machines: [], installs: [], entitlements: [], milestones: [], budget: [], children: [] };
      parts.set(code, p);
    }
    return p;
  };
  for (const m of data.machines) part(m.unitCode ?? data.profile.code).machines.push(m);
  for (const i of data.installs) part(i.unitCode ?? data.profile.code).installs.push(i);
  return parts;
}

/** `zhengban stats`: the summary-form figures of a return or consolidated report, in total and per unit. */
export const statsCommand: Command = {
  name: 'stats',
  summary: '统计回传文件或汇总报告 (figures of a return or consolidated report)',
  usage: [
    'Usage: zhengban stats FILE.xlsx [--json] [--lang zh-CN|en]',
    '',
    'Prints computers, installs per category (genuine / not genuine / to verify / to buy), the',
    'genuine rate and vendor and domestic counts, in total and per unit of a consolidated report,',
    'counted by the same code as the statistics screen.',
    '',
    'Exit status: 0 printed, 2 the file could not be read as a return file.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseArgs(args, ['lang'], ['json']);
    const [file] = parsed.positional;
    if (!file || parsed.positional.length > 1 || parsed.unknown.length > 0) {
      io.err(this.usage);
      return 2;
    }
    const lang = readLanguage(parsed);
    const ctx = await createScratchContext();
    try {
      const task: LoadTask = { kind: 'load', path: resolve(file) };
      let data: ReturnData;
      try {
        data = await ctx.pool.run<ReturnData>(task);
      } catch {
        io.err(translate(lang, { key: 'central:cli.notReadable', params: { file } }));
        return 2;
      }
      const lookup = createProductLookup(ctx.catalog());
      const total = figuresOf([summarizeForCentral(data, lookup)]);
      const names = new Map((data.children ?? []).map((c) => [c.unitCode, c.unitName]));
      names.set(data.profile.code, data.profile.name);
      const units = [...splitByUnit(data)].map(([code, part]) => ({
        unitCode: code,
        unitName: names.get(code) ?? '',
        figures: figuresOf([summarizeForCentral(part, lookup)]),
      }));
      if (parsed.flags.has('json')) {
        io.out(
          JSON.stringify({ file: resolve(file), unit: data.profile, meta: data.meta, total, units }, null, 2),
        );
        return 0;
      }
      const t = (key: string, params?: Record<string, string | number>) =>
        translate(lang, { key: `central:${key}`, params });
      io.out(`${data.profile.name} (${data.profile.code}) ${data.profile.period}`);
      io.out(`${t('form.computers')}: ${total.computers}`);
      for (const c of CATEGORIES) {
        const n = total.byCategory[c];
        io.out(
          `${t(`form.categories.${c}`)}: ${t('cli.countsLine', { installed: n.installed, genuine: n.genuine, notGenuine: n.notGenuine, toVerify: n.toVerify, needed: n.needed })}`,
        );
      }
      const rate = total.genuineRate === null ? '—' : `${(total.genuineRate * 100).toFixed(1)}%`;
      io.out(`${t('form.genuineRate')}: ${rate}`);
      if (units.length > 1) {
        for (const u of units)
          io.out(
            `  ${u.unitCode} ${u.unitName}: ${t('cli.unitLine', { computers: u.figures.computers, installed: u.figures.total.installed, needed: u.figures.total.needed })}`,
          );
      }
      return 0;
    } finally {
      await ctx.dispose();
    }
  },
};
