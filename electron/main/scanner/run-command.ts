import { execFile } from 'node:child_process';

export type CommandResult =
  | { ok: true; stdout: Uint8Array }
  | { ok: false; reason: 'missing' | 'timeout' | 'failed'; exitCode: number | null };

/** Output larger than this is cut off; no listing of one machine's software comes close. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Runs a program without a shell, with a time limit, and returns its raw stdout bytes. */
export function runCommand(file: string, args: string[], timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        encoding: 'buffer',
        timeout: timeoutMs,
        maxBuffer: MAX_OUTPUT_BYTES,
        windowsHide: true,
        killSignal: 'SIGKILL',
      },
      (error, stdout) => {
        if (!error) {
          resolve({ ok: true, stdout: new Uint8Array(stdout) });
          return;
        }
        if (error.code === 'ENOENT') resolve({ ok: false, reason: 'missing', exitCode: null });
        else if (error.killed && error.signal !== null)
          resolve({ ok: false, reason: 'timeout', exitCode: null });
        else
          resolve({
            ok: false,
            reason: 'failed',
            exitCode: typeof error.code === 'number' ? error.code : null,
          });
      },
    );
  });
}
