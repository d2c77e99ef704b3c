import { Worker } from 'node:worker_threads';

export interface FloorResult {
  /** Wall time of the work alone, from handing out the files to the last worker's answer. */
  ms: number;
  /** CPU time of the whole process (every thread) over the same span. */
  cpuMs: number;
  /** Time to start the workers and load their code, measured apart. */
  startMs: number;
  rows: number;
}

/**
 * Runs one floor over the files on `threads` worker threads. The workers are started and loaded first
 * and only then given their files, so start-up is timed apart, as it is for the import's warm pool.
 */
export async function measureFloor(
  files: string[],
  mode: 'sheetjs' | 'physical',
  threads: number,
): Promise<FloorResult> {
  const shares: string[][] = Array.from({ length: threads }, () => []);
  for (const [i, f] of files.entries()) shares[i % threads]?.push(f);
  const booting = performance.now();
  const workers = await Promise.all(shares.map(() => startFloorWorker()));
  const startMs = performance.now() - booting;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const results = await Promise.all(
    workers.map(
      (worker, i) =>
        new Promise<number>((resolve, reject) => {
          worker.once('message', (m: { rows: number }) => resolve(m.rows));
          worker.once('error', reject);
          worker.postMessage({ files: shares[i] ?? [], mode });
        }),
    ),
  );
  const ms = performance.now() - started;
  const cpuMs = cpuMsSince(cpu);
  await Promise.all(workers.map((w) => w.terminate()));
  return { ms, cpuMs, startMs, rows: results.reduce((a, b) => a + b, 0) };
}

/** CPU milliseconds the process (all its threads) used since `from`. */
export function cpuMsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

function startFloorWorker(): Promise<Worker> {
  // Node 20 applies no --import loader hooks in workers: the worker registers tsx itself.
  const target = new URL('./floor-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  const worker = new Worker(boot, { eval: true });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}
