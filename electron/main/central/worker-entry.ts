import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const ENTRY = 'parse-worker';

/**
 * Parsing a workbook makes millions of short-lived objects; a young generation larger than the
 * default 48 MB lets most of them die before they are copied (about a tenth off an import; 64 and
 * 256 MB measured slower than 128).
 */
const PARSE_LIMITS = { maxYoungGenerationSizeMb: 128 };

/**
 * Starts the return-file worker in both ways the program runs:
 * - built by electron-vite, the worker is a second entry of the main build (out/main/parse-worker.js,
 *   beside index.js), found relative to this module's URL;
 * - from TypeScript sources (vitest, tsx, the command line), this module's URL ends in .ts. Node 20
 *   does not apply `execArgv: ['--import', 'tsx']` loader hooks inside worker threads, so the worker
 *   starts from a tiny evaluated script that registers tsx itself and then imports parse-worker.ts.
 * The file name is held in a variable so that the bundler leaves `new URL(…, import.meta.url)` alone.
 */
export function startParseWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const target = new URL(`./${ENTRY}.ts`, here).href;
    const tsx = resolveTsxApi(here);
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
    return new Worker(boot, { eval: true, resourceLimits: PARSE_LIMITS });
  }
  return new Worker(fileURLToPath(findBuiltEntry(here)), { resourceLimits: PARSE_LIMITS });
}

/** The ESM build of tsx's register API, found from this module so the working folder does not matter. */
function resolveTsxApi(here: string): string {
  const manifest = createRequire(here).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), entry)).href;
}

function findBuiltEntry(here: string): URL {
  const name = `${ENTRY}.js`;
  // The bundler may place this module in a chunk folder below the entries.
  const candidates = [new URL(`./${name}`, here), new URL(`../${name}`, here)];
  return candidates.find((url) => existsSync(fileURLToPath(url))) ?? candidates[0]!;
}
