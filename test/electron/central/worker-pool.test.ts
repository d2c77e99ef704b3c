import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { importReturnFiles } from '../../../electron/main/central/import-service';
import { TaskTimeoutError, WorkerCrashError, WorkerPool } from '../../../electron/main/central/worker-pool';
import { translate } from '../../../shared/i18n';
import { encodeReturn } from '../../../shared/return-file';
import { createTestContext } from '../../fixtures/central/central-context';
import { generateReturn, generateRoster, returnFileName } from '../../fixtures/central/generate-returns';
import { sha256 } from '../../fixtures/central/write-returns';

// A worker that echoes, spins forever on "hang" and dies on "die": enough to test the pool itself.
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.configure !== undefined) return;
  if (m.task === 'hang') for (;;) {}
  if (m.task === 'die') process.exit(3);
  parentPort.postMessage({ ok: true, value: m.task });
});`;

describe('worker pool', () => {
  const pool = new WorkerPool({
    size: 2,
    create: () => new Worker(SCRIPT, { eval: true }),
    timeoutMs: 2_000,
  });
  afterAll(() => pool.close());

  it('runs tasks on both workers and answers each with its own result', async () => {
    const out = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((x) => pool.run<string>(x)));
    expect(out).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('kills a worker that runs past the time limit and carries on with a fresh one', async () => {
    const started = Date.now();
    await expect(pool.run('hang', 300)).rejects.toBeInstanceOf(TaskTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await Promise.all([pool.run('after-1'), pool.run('after-2'), pool.run('after-3')])).toEqual([
      'after-1',
      'after-2',
      'after-3',
    ]);
  });

  it('reports a worker that dies and replaces it', async () => {
    await expect(pool.run('die')).rejects.toBeInstanceOf(WorkerCrashError);
    expect(await pool.run('still here')).toBe('still here');
  });
});

describe('per-file limits of the import', () => {
  it('refuses a file over the size limit without reading it, and one that takes too long', async () => {
    const ctx = await createTestContext({ maxBytes: 20_000 });
    const unit = generateRoster(1)[0]!;
    const bytes = encodeReturn(
      generateReturn(unit, 0, { period: '2026', exportedAt: '2026-03-01T09:00:00+08:00' }),
      { digest: sha256 },
    );
    const path = join(ctx.dir, returnFileName(unit, '2026'));
    await writeFile(path, bytes);
    const big = await importReturnFiles(ctx, '2026', [path]);
    expect(big.results[0]?.issues[0]?.message.key).toBe('central:import.tooLarge');
    ctx.limits.maxBytes = 100 * 1024 * 1024;
    ctx.limits.timeoutMs = 1;
    const slow = await importReturnFiles(ctx, '2026', [path]);
    expect(slow.results[0]?.issues[0]?.message).toMatchObject({ key: 'central:import.timeout' });
    ctx.limits.timeoutMs = 60_000;
    const fine = await importReturnFiles(ctx, '2026', [path]);
    expect(fine.results[0]?.status).toBe('accepted');
    await ctx.pool.close();
  });
});

describe('a reader that stops', () => {
  it('refuses the file with a message that says so in Chinese, and imports nothing', async () => {
    const ctx = await createTestContext();
    await ctx.pool.close();
    // A reader that dies on every file, as one that runs out of memory would.
    const dying = new WorkerPool({
      size: 1,
      create: () =>
        new Worker(
          `require('node:worker_threads').parentPort.on('message', (m) => { if (m.configure === undefined) process.exit(134); });`,
          { eval: true },
        ),
      timeoutMs: 10_000,
    });
    const unit = generateRoster(1)[0]!;
    const path = join(ctx.dir, returnFileName(unit, '2026'));
    await writeFile(
      path,
      encodeReturn(generateReturn(unit, 0, { period: '2026', exportedAt: '2026-03-01T09:00:00+08:00' }), {
        digest: sha256,
      }),
    );
    const outcome = await importReturnFiles({ ...ctx, pool: dying }, '2026', [path]);
    await dying.close();
    expect(outcome.results[0]?.status).toBe('rejected');
    const message = outcome.results[0]?.issues[0]?.message;
    expect(message?.key).toBe('central:import.workerStopped');
    expect(translate('zh-CN', message ?? { key: '' })).toMatch(/意外停止.*未导入/);
    expect(ctx.doc.data.returns).toEqual([]);
  });
});
