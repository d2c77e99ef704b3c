/**
 * Runs Electronegativity over one folder, offline, and writes its findings as JSON.
 * Usage: node --import tsx .electronegativity/scan.ts <folder> <findings.json>
 *
 * The library is called directly rather than through its command line: the CLI writes its CSV
 * header and its rows with two concurrent writeFile calls, so the rows can be lost or overwritten.
 */
import dns from 'node:dns';
import { writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { resolve } from 'node:path';

/** One finding as the library reports it (only the members we read). */
interface Issue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
}

interface RunResult {
  issues: Issue[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  globalChecks: number;
  atomicChecks: number;
}

type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

const requireHere = createRequire(import.meta.url);
const LIBRARY = requireHere.resolve('@doyensec/electronegativity');

/**
 * The scanner looks for newer translations and Electron's release list on the internet. This
 * program must stay offline and quick: its HTTP client is replaced by one that fails at once
 * (the real one would retry with back-off for seconds), and any other host lookup fails too.
 */
function refuseNetwork(): void {
  const gotPath = createRequire(LIBRARY).resolve('got');
  const offline = () => Promise.reject(Object.assign(new Error('offline'), { code: 'ENOTFOUND' }));
  const stub = Object.assign(offline, { head: offline, get: offline, extend: () => stub });
  const cached = new Module(gotPath);
  cached.filename = gotPath;
  cached.exports = stub;
  cached.loaded = true;
  requireHere.cache[gotPath] = cached;

  const lookup = dns.lookup;
  const local = new Set(['localhost', '127.0.0.1', '::1']);
  // Replaces the callback form used by net.connect; the signature is Node's own.
  dns.lookup = ((hostname: string, ...rest: unknown[]) => {
    if (local.has(hostname)) return Reflect.apply(lookup, dns, [hostname, ...rest]);
    const callback = rest.at(-1);
    const error = Object.assign(new Error(`offline: ${hostname}`), { code: 'ENOTFOUND', hostname });
    if (typeof callback === 'function') process.nextTick(callback, error);
    return undefined;
  }) as typeof dns.lookup;
}

async function main(): Promise<void> {
  const [folder, output] = process.argv.slice(2);
  if (!folder || !output) {
    process.stderr.write('usage: scan.ts <folder> <findings.json>\n');
    process.exit(2);
  }
  refuseNetwork();
  // The package is CommonJS with its runner as the main export.
  const run = requireHere(LIBRARY) as Run;
  const started = performance.now();
  const result = await run(
    {
      input: resolve(folder),
      isRelative: true,
      isVerbose: false,
      customScan: [],
      excludeFromScan: [],
      parserPlugins: [],
    },
    false,
  );
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file.split('\\').join('/'),
    line: issue.location.line,
    column: issue.location.column,
    sample: issue.sample ?? '',
    description: issue.description,
  }));
  const report = {
    checks: result.globalChecks + result.atomicChecks,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    errors: result.errors,
    findings,
  };
  writeFileSync(output, `${JSON.stringify(report, null, 2)}\n`);
  // The library's logger keeps handles open; the report is written, so stop here.
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
