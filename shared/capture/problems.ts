import type { Message } from '../i18n';
import { captureProblem } from './captured';

const MAX_PROBLEMS = 50;

/** Collects problems, stopping at a limit so a garbage file does not produce a million messages. */
export class ProblemList {
  readonly messages: Message[] = [];
  private dropped = 0;

  /** Adds a capture-namespace problem. */
  add(path: string, params?: Record<string, string | number>): void {
    if (this.messages.length < MAX_PROBLEMS) this.messages.push(captureProblem(path, params));
    else this.dropped++;
  }

  /** The collected messages, with a closing note when some were left out. */
  toArray(): Message[] {
    if (this.dropped === 0) return [...this.messages];
    return [...this.messages, captureProblem('problems.moreProblems', { count: this.dropped })];
  }
}
