import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog/builtin-products';
import { LANGUAGES, type Language, translate } from '../../../shared/i18n';
import type { FileIssue } from '../../../shared/merge/merge-types';
import { CENTRAL_DOC_VERSION, centralDocSchema, createCentralDoc } from '../store/central-doc';
import { closeDocuments, openDocument } from '../store/document';
import {
  type CentralContext,
  createParsePool,
  DEFAULT_FILE_TIMEOUT_MS,
  DEFAULT_MAX_FILE_BYTES,
} from './central-context';

/** Parsed command-line arguments: positional values and --name value / --flag options. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
  /** Options given that the command does not know. */
  unknown: string[];
}

/** Splits arguments into positional values, options that take a value and flags. */
export function parseArgs(
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): ParsedArgs {
  const out: ParsedArgs = { positional: [], options: new Map(), flags: new Set(), unknown: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      out.positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split('=', 2);
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) out.unknown.push(arg);
      else out.options.set(name, value);
    } else if (flags.includes(name)) out.flags.add(name);
    else out.unknown.push(arg);
  }
  return out;
}

/** The language messages are printed in: --lang, else Chinese. */
export function readLanguage(args: ParsedArgs): Language {
  const wanted = args.options.get('lang');
  return LANGUAGES.find((l) => l === wanted) ?? 'zh-CN';
}

/** One issue as a line of text: [错误] 工作表“X” 第 3 行 C 列：message. */
export function formatIssue(issue: FileIssue, lang: Language): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(lang, { key: `central:${key}`, params });
  const place = [
    issue.sheet ? t('issue.sheet', { sheet: issue.sheet }) : '',
    issue.row !== null ? t('issue.row', { row: issue.row }) : '',
    issue.column ? t('issue.column', { column: issue.column }) : '',
  ]
    .filter((p) => p !== '')
    .join(' ');
  return `[${t(`issue.${issue.severity}`)}]${place ? ` ${place}` : ''} ${translate(lang, issue.message)}`;
}

/** An issue as JSON output carries it: located, with the key and the rendered text. */
export function issueToJson(issue: FileIssue, lang: Language) {
  return { ...issue, text: translate(lang, issue.message) };
}

/**
 * A central context on a throw-away workspace, for the command line: the same import, merge and
 * report code as the program, without touching the user's store. `dispose` removes it all.
 */
export async function createScratchContext(): Promise<CentralContext & { dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'zhengban-cli-'));
  const doc = await openDocument(
    {
      file: join(dir, 'central.json'),
      schema: centralDocSchema,
      version: CENTRAL_DOC_VERSION,
      createDefault: createCentralDoc,
      migrations: {},
    },
    () => new Date(),
    () => {},
  );
  const pool = createParsePool();
  return {
    dir,
    doc,
    backup: async () => {},
    progress: () => {},
    catalog: () => BUILTIN_PRODUCTS,
    now: () => new Date(),
    pool,
    limits: { timeoutMs: DEFAULT_FILE_TIMEOUT_MS, maxBytes: DEFAULT_MAX_FILE_BYTES },
    async dispose() {
      await pool.close();
      closeDocuments(dir);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
