import { captureProblem } from '../../../shared/capture/captured';
import type { Message } from '../../../shared/i18n';
import type { CommandResult } from './run-command';

/** The message for a command that did not deliver, or null when it did. */
export function commandProblem(command: string, result: CommandResult, timeoutMs: number): Message | null {
  if (result.ok) return null;
  if (result.reason === 'timeout') {
    return captureProblem('scan.commandTimedOut', { command, seconds: Math.round(timeoutMs / 1000) });
  }
  return captureProblem('scan.commandFailed', { command });
}

/** Parser problems speak of a file; in a scan the "file" is the command whose output was read. */
export function labelProblems(problems: Message[], command: string): Message[] {
  return problems.map((problem) => ({ ...problem, params: { ...problem.params, file: command } }));
}
