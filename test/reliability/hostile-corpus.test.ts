import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchContext, formatIssue } from '../../electron/main/central/cli-support';
import { type ImportOutcome, importReturnFiles } from '../../electron/main/central/import-service';
import { createTaskEnv, PING_TASK, parseForImport } from '../../electron/main/central/return-file-tasks';
import { BUILTIN_PRODUCTS } from '../../shared/catalog/builtin-products';
import { translate } from '../../shared/i18n';
import type { FileIssue } from '../../shared/merge/merge-types';
import {
  billionLaughs,
  csvRenamed,
  DDE_FORMULA,
  EXTERNAL_FORMULA,
  editedData,
  emptyFile,
  formulaLinks,
  GBK_CSV,
  gbkCsvRenamed,
  type HostileFile,
  LONGEST_CELL,
  legacyXls,
  longCells,
  MACHINES,
  makeSourceReturns,
  millionRowReturn,
  missingSheet,
  newerVersion,
  PROTO_NAMES,
  passwordProtected,
  prototypeNames,
  RENAMED_KEY,
  randomBytes,
  type SourceReturn,
  sha256,
  shuffledColumns,
  truncatedReturn,
  zipBomb,
} from './hostile-files';
import { EXTERNAL_LINK_PARTS } from './hostile-sheets';
import { changedPaths, hashTree, isChinese, prototypeKeys } from './hostile-store';

const PERIOD = '2026';
/** Far below the pool's own per-file limit (120 s): a refusal by the guards takes well under a second. */
const HANG_SECONDS = 30;

type Scratch = Awaited<ReturnType<typeof createScratchContext>>;

interface ExpectedIssue {
  key: string;
  params?: Record<string, string | number>;
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
}

interface HostileCase {
  name: string;
  make: (src: SourceReturn) => HostileFile;
  /** Rejected, or accepted with the warnings listed (benign but odd files). */
  status: 'rejected' | 'accepted_with_warnings';
  /** The errors of a rejected file, or the warnings of an accepted one, in order. */
  issues: ExpectedIssue[];
  /** A guard must refuse the file before any parsing, so it is refused quickly. */
  quickSeconds?: number;
  /** What the data digest says about an accepted file's data. */
  digestState?: 'unchanged' | 'edited';
}

const issueKey = (key: string) => `returnFile:issue.${key}`;

const CASES: HostileCase[] = [
  { name: 'empty file', make: emptyFile, status: 'rejected', issues: [{ key: 'fileEmpty' }] },
  { name: 'random bytes', make: () => randomBytes(), status: 'rejected', issues: [{ key: 'notZip' }] },
  { name: 'CSV renamed .xlsx', make: csvRenamed, status: 'rejected', issues: [{ key: 'textNotWorkbook' }] },
  {
    name: 'GBK CSV renamed .xlsx',
    make: gbkCsvRenamed,
    status: 'rejected',
    issues: [{ key: 'textNotWorkbook' }],
  },
  { name: 'truncated zip', make: truncatedReturn, status: 'rejected', issues: [{ key: 'truncated' }] },
  {
    name: 'zip bomb (> 1 GB sheet)',
    make: zipBomb,
    status: 'rejected',
    issues: [{ key: 'zipRatio', params: { entry: 'xl/worksheets/sheet3.xml', limit: 200 } }],
    quickSeconds: 5,
  },
  {
    name: '1,000,000 rows',
    make: (src) => millionRowReturn(src),
    status: 'rejected',
    issues: [{ key: 'zipTooLarge', params: { limit: '500.0 MB' } }],
    quickSeconds: 5,
  },
  {
    name: '32,767-character cells',
    make: longCells,
    status: 'rejected',
    issues: [
      {
        key: 'tooLong',
        params: { sheet: MACHINES, cell: 'C4', header: '使用人', length: LONGEST_CELL, max: 64 },
        sheet: MACHINES,
        row: 4,
        column: 'C 使用人',
      },
    ],
  },
  {
    name: 'formula / DDE / external link',
    make: formulaLinks,
    status: 'rejected',
    issues: [
      ...EXTERNAL_LINK_PARTS.map((entry) => ({ key: 'externalLink', params: { entry } })),
      {
        key: 'formulaLink',
        params: { sheet: MACHINES, cell: 'C3', formula: `=${DDE_FORMULA}` },
        sheet: MACHINES,
        row: 3,
        column: 'C',
      },
      {
        key: 'formulaLink',
        params: { sheet: MACHINES, cell: 'D3', formula: `=${EXTERNAL_FORMULA}` },
        sheet: MACHINES,
        row: 3,
        column: 'D',
      },
    ],
  },
  {
    name: 'DOCTYPE and billion laughs',
    make: billionLaughs,
    status: 'rejected',
    issues: [{ key: 'xmlDoctype', params: { entry: 'xl/sharedStrings.xml' } }],
  },
  {
    name: '__proto__ / constructor / prototype names',
    make: prototypeNames,
    status: 'accepted_with_warnings',
    digestState: 'unchanged',
    issues: PROTO_NAMES.map((key, i) => {
      const column = String.fromCharCode(81 + i);
      return {
        key: 'unknownColumn',
        params: { sheet: MACHINES, column, key },
        sheet: MACHINES,
        row: 2,
        column,
      };
    }),
  },
  {
    name: 'password-protected workbook',
    make: passwordProtected,
    status: 'rejected',
    issues: [{ key: 'passwordProtected' }],
  },
  { name: 'legacy .xls (BIFF8)', make: legacyXls, status: 'rejected', issues: [{ key: 'legacyXls' }] },
  {
    name: 'newer schema version',
    make: newerVersion,
    status: 'rejected',
    issues: [{ key: 'newerVersion', params: { found: 2, supported: 1 } }],
  },
  {
    name: 'missing sheet',
    make: (src) => missingSheet(src, '授权台账'),
    status: 'rejected',
    issues: [{ key: 'missingSheet', params: { sheet: '授权台账' }, sheet: '授权台账' }],
  },
  {
    name: 'columns shuffled and renamed',
    make: shuffledColumns,
    status: 'accepted_with_warnings',
    digestState: 'unchanged',
    // uuid was column N (14th of 16); reversed, it is the 3rd.
    issues: [
      {
        key: 'unknownColumn',
        params: { sheet: MACHINES, column: 'C', key: RENAMED_KEY.to },
        sheet: MACHINES,
        row: 2,
        column: 'C',
      },
    ],
  },
  {
    name: 'digest does not match',
    make: editedData,
    status: 'accepted_with_warnings',
    digestState: 'edited',
    issues: [{ key: 'digestEdited', sheet: '封面' }],
  },
];

describe('every hostile file of the corpus goes through the real central import safely', () => {
  let ctx: Scratch;
  let inbox: string;
  let sources: SourceReturn[];
  const backups: string[] = [];
  const shown: string[] = [];
  let cleanPrototype: string[];

  beforeAll(async () => {
    cleanPrototype = prototypeKeys();
    inbox = await mkdtemp(join(tmpdir(), 'zb-hostile-'));
    sources = makeSourceReturns(CASES.length + 1, PERIOD);
    ctx = await createScratchContext();
    ctx.backup = async (reason) => {
      backups.push(reason);
    };
    await ctx.pool.warm(PING_TASK);
    // A store with a return in it, so that "unchanged" covers a real returns folder.
    const baseline = join(inbox, 'baseline.xlsx');
    await writeFile(baseline, sources[0]!.bytes);
    const first = await importReturnFiles(ctx, PERIOD, [baseline]);
    expect(first.counts.accepted).toBe(1);
  });

  afterAll(async () => {
    await ctx?.dispose();
    if (inbox) await rm(inbox, { recursive: true, force: true });
    console.log(shown.join('\n'));
  });

  it('builds the GBK case from real GBK bytes', () => {
    expect(new TextDecoder('gbk').decode(GBK_CSV)).toBe('资产编号,使用人\r\n000123,张三\r\n');
  });

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, index) => {
    const src = sources[index + 1]!;
    const file = c.make(src);
    const path = join(inbox, file.fileName);
    await writeFile(path, file.segments);
    const docBefore = JSON.parse(await readFile(ctx.doc.file, 'utf8')) as Record<string, unknown>;
    const treeBefore = await hashTree(ctx.dir);
    const backupsBefore = backups.length;

    // (2) The import returns: no crash, no hang.
    const started = performance.now();
    const outcome = await withinSeconds(importReturnFiles(ctx, PERIOD, [path]), HANG_SECONDS, file.fileName);
    const seconds = (performance.now() - started) / 1000;
    if (c.quickSeconds !== undefined) expect(seconds).toBeLessThan(c.quickSeconds);

    // (1) The outcome and its messages.
    expect(outcome.results).toHaveLength(1);
    const result = outcome.results[0]!;
    expect(result).toMatchObject({ fileName: file.fileName, status: c.status });
    const listed =
      c.status === 'rejected' ? result.issues.filter((i) => i.severity === 'error') : result.issues;
    expect(listed.map((i) => i.message.key)).toEqual(c.issues.map((e) => issueKey(e.key)));
    c.issues.forEach((expected, i) => {
      expectIssue(listed[i]!, expected);
    });
    for (const issue of result.issues) expectReadable(issue);
    for (const issue of listed) shown.push(showLine(c.name, file.fileName, issue));

    // (3) Nothing polluted, here or in the parsing code run in this process on the same file.
    const inProcess = await parseForImport(
      { kind: 'parse-for-import', path, maxBytes: ctx.limits.maxBytes },
      createTaskEnv(BUILTIN_PRODUCTS),
    );
    const again = inProcess.file.kind === 'rejected' ? inProcess.file.reasons : inProcess.file.ret.warnings;
    expect(again.map((i) => i.message.key)).toEqual(result.issues.map((i) => i.message.key));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeKeys()).toEqual(cleanPrototype);

    // (4) The store: the scratch workspace takes no backup itself (the program's backups live outside
    // the workspace folder), so every file of the workspace is compared.
    expect(backups.slice(backupsBefore)).toEqual(['before-import']);
    const treeAfter = await hashTree(ctx.dir);
    const docAfter = JSON.parse(await readFile(ctx.doc.file, 'utf8')) as Record<string, unknown>;
    if (c.status === 'rejected')
      await expectRefusalStoresNothing(file, result, { treeBefore, treeAfter, docBefore, docAfter });
    else {
      await expectOnlyTheFileAdded(file, result, { treeBefore, treeAfter, docBefore, docAfter });
      const stored = ctx.doc.data.returns.find((r) => r.sha === result.sha);
      expect(stored?.digestState).toBe(c.digestState);
    }
  });

  /** What changed in the workspace around one import. */
  interface Around {
    treeBefore: Map<string, string>;
    treeAfter: Map<string, string>;
    docBefore: Record<string, unknown>;
    docAfter: Record<string, unknown>;
  }

  /**
   * A refused file leaves every file byte-identical but central.json, whose only changes are the
   * refusal listed for the clerk (rejected) and the batch's summary (lastImport).
   */
  async function expectRefusalStoresNothing(
    file: HostileFile,
    result: ImportOutcome['results'][number],
    around: Around,
  ) {
    expect(changedPaths(around.treeBefore, around.treeAfter)).toEqual(['central.json']);
    const { rejected: before, lastImport: _b, ...restBefore } = around.docBefore;
    const { rejected: after, lastImport, ...restAfter } = around.docAfter;
    expect(JSON.stringify(restAfter)).toBe(JSON.stringify(restBefore));
    expect(after).toEqual([
      ...(before as unknown[]),
      expect.objectContaining({ fileName: file.fileName, period: PERIOD, reasons: result.issues }),
    ]);
    expect(lastImport).toMatchObject({
      period: PERIOD,
      results: [{ fileName: file.fileName, status: 'rejected' }],
    });
    expect((await stat(join(ctx.dir, 'returns'))).isDirectory()).toBe(true);
  }

  /** An accepted odd file adds itself (as received, under its hash) and its keys; nothing else moves. */
  async function expectOnlyTheFileAdded(
    file: HostileFile,
    result: ImportOutcome['results'][number],
    around: Around,
  ) {
    const bytes = Buffer.concat(file.segments);
    const sha = sha256(bytes);
    expect(result.sha).toBe(sha);
    expect(changedPaths(around.treeBefore, around.treeAfter)).toEqual(
      ['central.json', join('returns', `${sha}.keys.json`), join('returns', `${sha}.xlsx`)].sort(),
    );
    expect(around.treeAfter.get(join('returns', `${sha}.xlsx`))).toBe(sha);
    const { returns: before, lastImport: _b, ...restBefore } = around.docBefore;
    const { returns: after, lastImport: _a, ...restAfter } = around.docAfter;
    expect(JSON.stringify(restAfter)).toBe(JSON.stringify(restBefore));
    expect(after).toEqual([
      ...(before as unknown[]),
      expect.objectContaining({ sha, fileName: file.fileName }),
    ]);
  }
});

/** The promise's value, or a failure naming the file when it takes longer than `seconds`. */
async function withinSeconds<T>(promise: Promise<T>, seconds: number, fileName: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the import hung on ${fileName}`)), seconds * 1000);
  });
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

/** The issue has the expected params and place, and the clerk's line names them. */
function expectIssue(issue: FileIssue, expected: ExpectedIssue): void {
  if (expected.params) expect(issue.message.params).toMatchObject(expected.params);
  expect({ sheet: issue.sheet, row: issue.row, column: issue.column }).toEqual({
    sheet: expected.sheet ?? null,
    row: expected.row ?? null,
    column: expected.column ?? null,
  });
  const line = formatIssue(issue, 'zh-CN');
  if (expected.sheet) expect(line).toContain(expected.sheet);
  if (expected.row) expect(line).toContain(`第 ${expected.row} 行`);
  if (expected.column) expect(line).toContain(expected.column);
}

/** Rendered in both languages with every placeholder filled; the Chinese is Chinese and names each value. */
function expectReadable(issue: FileIssue): void {
  const zh = translate('zh-CN', issue.message);
  const en = translate('en', issue.message);
  for (const text of [zh, en]) {
    expect(text).not.toBe(issue.message.key);
    expect(text).not.toContain('{{');
  }
  expect(isChinese(zh)).toBe(true);
  for (const value of Object.values(issue.message.params ?? {})) expect(zh).toContain(String(value));
}

function showLine(name: string, fileName: string, issue: FileIssue): string {
  return [name, fileName, issue.message.key, formatIssue(issue, 'zh-CN'), formatIssue(issue, 'en')].join(
    ' | ',
  );
}
