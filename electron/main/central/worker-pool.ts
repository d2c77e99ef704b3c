import type { Worker } from 'node:worker_threads';

/** A task ran past its time limit; its worker was terminated and replaced. */
export class TaskTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`task exceeded ${ms} ms`);
  }
}

/** The worker died while running a task (crash, out of memory). */
export class WorkerCrashError extends Error {}

interface Job {
  message: unknown;
  timeoutMs: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  configVersion: number;
}

export interface PoolOptions {
  size: number;
  /** Starts one worker; called again to replace a worker that was killed or died. */
  create: () => Worker;
  /** Default per-task time limit. */
  timeoutMs: number;
}

/** A worker's reply to one task. */
export type WorkerReply = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * A fixed pool of worker threads running one task each at a time. A task over its time limit gets
 * its worker terminated (the only way to stop synchronous parsing) and a fresh worker in its place.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private config: unknown = null;
  private configVersion = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  get size(): number {
    return this.options.size;
  }

  /** Sends a configuration message to every worker before its next task (and to replacements). */
  configure(message: unknown): void {
    this.config = message;
    this.configVersion++;
  }

  /** Runs a task on the next free worker; resolves with the worker's value. */
  run<T>(message: unknown, timeoutMs = this.options.timeoutMs): Promise<T> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise<T>((resolve, reject) => {
      // The worker protocol carries unknown values; each caller knows its task's result type.
      this.queue.push({ message, timeoutMs, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /**
   * Starts every worker and waits until each has answered `message` (a task that does no work), so
   * that the next tasks find the workers loaded.
   */
  async warm(message: unknown): Promise<void> {
    await Promise.all(Array.from({ length: this.options.size }, () => this.run(message)));
  }

  /** Terminates every worker; queued tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('pool closed'));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.reject(new Error('pool closed'));
        return slot.worker.terminate();
      }),
    );
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.options.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift();
      if (!job) return;
      this.dispatch(slot, job);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: this.options.create(), job: null, timer: null, configVersion: 0 };
    this.attach(slot);
    this.slots.push(slot);
    return slot;
  }

  private attach(slot: Slot): void {
    slot.worker.on('message', (reply: WorkerReply) => {
      const job = this.finish(slot);
      if (!job) return;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new Error(reply.error));
    });
    slot.worker.on('error', (error) => this.replace(slot, new WorkerCrashError(String(error))));
    slot.worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot))
        this.replace(slot, new WorkerCrashError(`worker exited (${code})`));
    });
    // An idle pool must not keep a command-line run alive.
    slot.worker.unref();
  }

  private dispatch(slot: Slot, job: Job): void {
    if (slot.configVersion !== this.configVersion) {
      slot.worker.postMessage({ configure: this.config });
      slot.configVersion = this.configVersion;
    }
    slot.job = job;
    slot.timer = setTimeout(() => {
      void this.kill(slot, new TaskTimeoutError(job.timeoutMs));
    }, job.timeoutMs);
    slot.worker.postMessage({ task: job.message });
  }

  private finish(slot: Slot): Job | null {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    setImmediate(() => this.pump());
    return job;
  }

  private async kill(slot: Slot, error: Error): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const job = this.finish(slot);
    job?.reject(error);
    await slot.worker.terminate();
  }

  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const job = this.finish(slot);
    job?.reject(error);
    void slot.worker.terminate();
  }
}
