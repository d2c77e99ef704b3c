import { parentPort } from 'node:worker_threads';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog/builtin-products';
import type { Product } from '../../../shared/catalog/product';
import {
  createTaskEnv,
  type ReturnFileTask,
  runReturnFileTask,
  type TaskEnv,
  transferListOf,
} from './return-file-tasks';

/**
 * Worker thread entry: parses return files off the main thread. Messages are either
 * `{ configure: { catalog } }` or `{ task }`, answered with `{ ok, value | error }` in order.
 */
let env: TaskEnv = createTaskEnv(BUILTIN_PRODUCTS);

interface Incoming {
  configure?: { catalog: Product[] } | null;
  task?: ReturnFileTask;
}

parentPort?.on('message', (message: Incoming) => {
  if (message.configure) {
    env = createTaskEnv(message.configure.catalog);
    return;
  }
  const task = message.task;
  if (!task) return;
  runReturnFileTask(task, env).then(
    (value) => parentPort?.postMessage({ ok: true, value }, transferListOf(task, value)),
    (error: unknown) =>
      parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
