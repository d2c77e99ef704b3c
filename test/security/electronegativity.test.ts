import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = resolve(import.meta.dirname, '../..');
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;

const reportSchema = z.object({
  checks: z.number(),
  seconds: z.number(),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
  findings: z.array(
    z.object({
      check: z.string(),
      severity: z.enum(SEVERITIES),
      confidence: z.string(),
      file: z.string(),
      line: z.number(),
      column: z.number(),
      sample: z.string(),
      description: z.string(),
    }),
  ),
});
type Finding = z.infer<typeof reportSchema>['findings'][number];

const allowlistSchema = z.array(
  z
    .object({
      check: z.string().regex(/^[A-Z_]+_CHECK$/),
      file: z.string().min(1),
      // A reason says why the finding is wrong or harmless here, not just "accepted".
      reason: z.string().min(60),
    })
    .strict(),
);

/** A window made the way we must never make one: proves the scanner is really looking. */
const CANARY = `import { BrowserWindow } from 'electron';
export const insecure = new BrowserWindow({
  webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false },
});
`;
const CANARY_FILE = 'canary/insecure-window.ts';

let work: string;
let report: z.infer<typeof reportSchema>;
let wallSeconds: number;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'zb-electronegativity-'));
  const stage = join(work, 'scan');
  // Only our sources: electron/ and renderer/, never node_modules or the built out/.
  const skip = (src: string) => !/[\\/](node_modules|out|dist)([\\/]|$)/.test(src.slice(ROOT.length));
  for (const folder of ['electron', 'renderer']) {
    await cp(join(ROOT, folder), join(stage, folder), { recursive: true, filter: skip });
  }
  // package.json tells the scanner which Electron version the checks apply to.
  await cp(join(ROOT, 'package.json'), join(stage, 'package.json'));
  await mkdir(join(stage, 'canary'));
  await writeFile(join(stage, CANARY_FILE), CANARY);
  const out = join(work, 'findings.json');
  const started = performance.now();
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(ROOT, '.electronegativity/scan.ts'), stage, out],
    { cwd: ROOT, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
  );
  wallSeconds = Math.round((performance.now() - started) / 100) / 10;
  report = reportSchema.parse(JSON.parse(await readFile(out, 'utf8')));
}, 90_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const describeFinding = (f: Finding) =>
  `${f.check} (${f.severity}) in ${f.file}:${f.line}:${f.column} — ${f.description}: ${f.sample}`;

describe('the Electronegativity security scan of electron/ and renderer/', () => {
  it('parses every source file and runs its checks', () => {
    console.info(
      `electronegativity: ${report.checks} checks, ${report.findings.length} findings, scan ${report.seconds} s, ` +
        `with start-up ${wallSeconds} s`,
    );
    expect(report.errors.filter((e) => !e.tolerable)).toEqual([]);
    expect(report.checks).toBeGreaterThan(30);
  });

  it('still catches an insecure window, so a clean result means something', () => {
    const caught = report.findings.filter((f) => f.file === CANARY_FILE).map((f) => f.check);
    expect(caught).toEqual(
      expect.arrayContaining([
        'NODE_INTEGRATION_JS_CHECK',
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'WEB_SECURITY_JS_CHECK',
      ]),
    );
  });

  it('finds nothing above informational that the allowlist does not justify', async () => {
    const allowlist = allowlistSchema.parse(
      JSON.parse(await readFile(join(ROOT, '.electronegativity/allowlist.json'), 'utf8')),
    );
    const serious = report.findings.filter(
      (f) => f.file !== CANARY_FILE && SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf('INFORMATIONAL'),
    );
    const isAllowed = (f: Finding) => allowlist.some((a) => a.check === f.check && a.file === f.file);
    expect(serious.filter((f) => !isAllowed(f)).map(describeFinding)).toEqual([]);
    // An entry nothing matches any more must go, so the list never hides a future finding.
    const stale = allowlist.filter((a) => !serious.some((f) => f.check === a.check && f.file === a.file));
    expect(stale).toEqual([]);
  });
});
