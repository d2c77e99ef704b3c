import { readFile } from 'node:fs/promises';
import { arch, hostname, machine } from 'node:os';
import type { CommandResult } from './run-command';
import { runCommand } from './run-command';

/** What a scan needs from the computer; tests of the Windows and macOS paths supply a stand-in. */
export interface ScanHost {
  platform: NodeJS.Platform;
  /** Environment variables (SystemRoot on Windows). */
  env: Readonly<Record<string, string | undefined>>;
  hostname(): string;
  /** The machine architecture (x86_64, aarch64, loongarch64, arm64 …). */
  machineArch(): string;
  /** A text file's content, or null when it is missing or unreadable. */
  readText(path: string): Promise<string | null>;
  run(file: string, args: string[], timeoutMs: number): Promise<CommandResult>;
}

/** The real computer this process runs on. */
export function createNodeScanHost(): ScanHost {
  return {
    platform: process.platform,
    env: process.env,
    hostname: () => hostname(),
    machineArch: () => {
      try {
        return machine();
      } catch {
        return arch();
      }
    },
    readText: async (path) => {
      try {
        return await readFile(path, 'utf8');
      } catch {
        return null;
      }
    },
    run: runCommand,
  };
}
