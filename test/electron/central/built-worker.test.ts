import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../electron/main/central/worker-pool';
import type { ParsedFile } from '../../../shared/merge/merge-types';
import { encodeReturn } from '../../../shared/return-file';
import { generateReturn, generateRoster } from '../../fixtures/central/generate-returns';
import { sha256 } from '../../fixtures/central/write-returns';

const BUILT = resolve('out/main/parse-worker.js');

describe.skipIf(!existsSync(BUILT))('the worker as electron-vite builds it', () => {
  it('parses a return file from out/main/parse-worker.js, the second entry of the main build', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zb-built-'));
    const unit = generateRoster(1)[0]!;
    const data = generateReturn(unit, 0, {
      period: '2026',
      exportedAt: '2026-03-01T09:00:00+08:00',
      machines: 4,
    });
    const path = join(dir, 'r.xlsx');
    await writeFile(path, encodeReturn(data, { digest: sha256 }));
    const pool = new WorkerPool({ size: 1, create: () => new Worker(BUILT), timeoutMs: 30_000 });
    try {
      const out = await pool.run<ParsedFile>({ kind: 'parse', path, storeDir: null, maxBytes: 10_000_000 });
      expect(out.kind === 'parsed' && [out.ret.unitCode, out.ret.summary.computers]).toEqual([
        unit.code,
        data.machines.filter((m) => m.status !== 'scrapped').length,
      ]);
    } finally {
      await pool.close();
    }
  });
});
