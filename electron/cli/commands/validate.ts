import { basename } from 'node:path';
import { translate } from '../../../shared/i18n';
import type { FileIssue, ParsedFile } from '../../../shared/merge/merge-types';
import {
  createScratchContext,
  formatIssue,
  issueToJson,
  parseArgs,
  readLanguage,
} from '../../main/central/cli-support';
import { expandImportPaths } from '../../main/central/import-service';
import type { ParseTask } from '../../main/central/return-file-tasks';
import type { Command } from '../command';

type Verdict = 'valid' | 'warnings' | 'invalid' | 'unreadable';

function verdictOf(file: ParsedFile): Verdict {
  if (file.kind === 'parsed') return file.ret.warnings.length > 0 ? 'warnings' : 'valid';
  return file.reasons.some((r) => r.message.key === 'central:import.unreadable') ? 'unreadable' : 'invalid';
}

/** `zhengban validate`: checks return files exactly as the import does, without storing anything. */
export const validateCommand: Command = {
  name: 'validate',
  summary: '校验回传文件 (check return files)',
  usage: [
    'Usage: zhengban validate FILE|DIR... [--json] [--lang zh-CN|en]',
    '',
    'Checks return files (.xlsx) the way the central import does: format, totals, duplicates,',
    'data digest. Folders are searched for .xlsx files.',
    '',
    'Exit status: 0 every file valid, 1 problems found (errors or warnings), 2 a file could not be read.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseArgs(args, ['lang'], ['json']);
    if (parsed.positional.length === 0 || parsed.unknown.length > 0) {
      io.err(this.usage);
      return 2;
    }
    const lang = readLanguage(parsed);
    const files = await expandImportPaths(parsed.positional);
    const ctx = await createScratchContext();
    try {
      const results = await Promise.all(
        files.map(async (path) => {
          const task: ParseTask = { kind: 'parse', path, storeDir: null, maxBytes: ctx.limits.maxBytes };
          const file = await ctx.pool.run<ParsedFile>(task);
          return { path, file, verdict: verdictOf(file) };
        }),
      );
      const issuesOf = (f: ParsedFile): FileIssue[] => (f.kind === 'parsed' ? f.ret.warnings : f.reasons);
      if (parsed.flags.has('json')) {
        io.out(
          JSON.stringify(
            {
              files: results.map(({ path, file, verdict }) => ({
                file: path,
                verdict,
                sha256: file.kind === 'parsed' ? file.ret.sha : file.sha,
                unit:
                  file.kind === 'parsed'
                    ? { code: file.ret.unitCode, name: file.ret.unitName, period: file.ret.period }
                    : null,
                digestState: file.kind === 'parsed' ? file.ret.digestState : null,
                issues: issuesOf(file).map((i) => issueToJson(i, lang)),
              })),
            },
            null,
            2,
          ),
        );
      } else {
        for (const { path, file, verdict } of results) {
          const head =
            file.kind === 'parsed'
              ? `${file.ret.unitName} (${file.ret.unitCode}) ${file.ret.period}`
              : translate(lang, { key: 'central:import.unknownUnit' });
          io.out(
            `${basename(path)}: ${translate(lang, { key: `central:cli.verdict.${verdict}` })} — ${head}`,
          );
          for (const issue of issuesOf(file)) io.out(`  ${formatIssue(issue, lang)}`);
        }
      }
      if (files.length === 0 || results.some((r) => r.verdict === 'unreadable')) return 2;
      return results.every((r) => r.verdict === 'valid') ? 0 : 1;
    } finally {
      await ctx.dispose();
    }
  },
};
