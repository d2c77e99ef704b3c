import { Worker } from 'node:worker_threads';

/** Runs one floor over the files on `threads` worker threads; resolves to wall time (ms) and rows seen. */
export async function measureFloor(
  files: string[],
  mode: 'sheetjs' | 'physical',
  threads: number,
): Promise<{ ms: number; rows: number }> {
  const shares: string[][] = Array.from({ length: threads }, () => []);
  for (const [i, f] of files.entries()) shares[i % threads]?.push(f);
  const started = performance.now();
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          // Node 20 applies no --import loader hooks in workers: the worker registers tsx itself.
          const target = new URL('./floor-worker.ts', import.meta.url).href;
          const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
          const worker = new Worker(boot, { eval: true, workerData: { files: share, mode } });
          worker.once('message', (m: { rows: number }) => resolve(m.rows));
          worker.once('error', reject);
        }),
    ),
  );
  return { ms: performance.now() - started, rows: results.reduce((a, b) => a + b, 0) };
}
