import { join } from 'node:path';
import type { EventMap, EventName } from '../../shared/contract';
import type { Host } from '../main/host';

/** Dialog answers queued by a test; events fanned out to connected pages. */
export class HarnessHost implements Host {
  /** Where save dialogs "save": the suggested name inside this folder. */
  saveDir: string;
  /** Each open dialog takes the next answer; an empty queue means the user cancelled. */
  readonly openAnswers: string[][] = [];
  readonly saved: string[] = [];
  private readonly subscribers = new Set<(event: string, payload: unknown) => void>();

  constructor(saveDir: string) {
    this.saveDir = saveDir;
  }

  async chooseSaveFile({ defaultName }: { defaultName: string }): Promise<string | null> {
    const path = join(this.saveDir, defaultName);
    this.saved.push(path);
    return path;
  }

  async chooseOpenFiles(): Promise<string[]> {
    return this.openAnswers.shift() ?? [];
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const send of this.subscribers) send(event, payload);
  }

  subscribe(send: (event: string, payload: unknown) => void): () => void {
    this.subscribers.add(send);
    return () => this.subscribers.delete(send);
  }
}
