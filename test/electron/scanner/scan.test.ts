import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../electron/main/scanner/run-command';
import { runCommand } from '../../../electron/main/scanner/run-command';
import { scanThisComputer } from '../../../electron/main/scanner/scan';
import type { ScanHost } from '../../../electron/main/scanner/scan-host';
import { readFixture } from '../../shared/capture/fixtures';

// dpkg-query's own ${Field} syntax, not template placeholders.
// biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query field syntax.
const COUNT_NOT_INSTALLED = "dpkg-query -W -f='${db:Status-Abbrev}\\n' | grep -vc '^.i' || true";
// biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query field syntax.
const COUNT_LIB_PACKAGES = "dpkg-query -W -f='${Package}\\n' | grep -c '^lib' || true";
const hasDpkg = process.platform === 'linux' && spawnSync('dpkg-query', ['--version']).status === 0;

describe.runIf(hasDpkg)('scanning this Linux computer', () => {
  it('finds the OS from /etc/os-release and every installed dpkg package', async () => {
    const result = await scanThisComputer();
    const machine = result.machines[0];
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    expect(machine?.os?.name).toBe(/^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1]);
    expect(machine?.os?.version).toBe(/^VERSION_ID="?([^"\n]*)"?$/m.exec(osRelease)?.[1] ?? '');
    expect(machine?.hostname).toBe(hostname());
    expect(machine?.source).toBe('scan');

    const listed = Number(execFileSync('sh', ['-c', 'dpkg-query -W | wc -l'], { encoding: 'utf8' }).trim());
    // Packages removed but with configuration left ("rc") are listed by dpkg-query -W yet not installed.
    const notInstalled = Number(
      execFileSync('sh', ['-c', COUNT_NOT_INSTALLED], {
        encoding: 'utf8',
      }).trim(),
    );
    expect(machine?.programs).toHaveLength(listed - notInstalled);

    const libraries = Number(
      execFileSync('sh', ['-c', COUNT_LIB_PACKAGES], {
        encoding: 'utf8',
      }).trim(),
    );
    const hidden = machine?.programs.filter((program) => program.hidden).length ?? 0;
    console.info(`scan: ${machine?.programs.length} packages, ${hidden} hidden, ${libraries} named lib*`);
    expect(hidden).toBeGreaterThanOrEqual(libraries);
    expect(hidden).toBeLessThan(machine?.programs.length ?? 0);
  });
});

function fakeHost(
  platform: NodeJS.Platform,
  answer: (file: string, args: string[]) => CommandResult,
): ScanHost {
  return {
    platform,
    env: { SystemRoot: 'C:\\Windows' },
    hostname: () => 'fallback-name',
    machineArch: () => 'x86_64',
    readText: async () => null,
    run: async (file, args) => answer(file, args),
  };
}

const ok = (bytes: Uint8Array): CommandResult => ({ ok: true, stdout: bytes });
const encode = (text: string) => new TextEncoder().encode(text);

describe('scanning Windows (with recorded command output)', () => {
  it('merges reg query programs with WMI hardware and licensing', async () => {
    const calls: string[] = [];
    const host = fakeHost('win32', (file, args) => {
      calls.push(`${file} ${args.slice(0, 2).join(' ')}`);
      if (
        file.endsWith('reg.exe') &&
        args[1]?.endsWith('\\Uninstall') &&
        args[1].startsWith('HKLM\\SOFTWARE\\Microsoft')
      ) {
        return ok(readFixture('reg-query-uninstall.txt'));
      }
      if (file.endsWith('powershell.exe')) return ok(readFixture('ps-licensing.json'));
      return { ok: false, reason: 'failed', exitCode: 1 };
    });
    const result = await scanThisComputer(host);
    const machine = result.machines[0];
    expect(result.problems).toEqual([]);
    expect(machine).toMatchObject({
      source: 'scan',
      hostname: 'ZFB-PC-017',
      serial: 'PF2ABCDE',
      arch: 'x86',
    });
    expect(machine?.programs.map((program) => program.name)).toContain('7-Zip 23.01 (x64)');
    expect(machine?.activation.map((record) => record.channel)).toContain('oem');
    expect(calls.some((call) => call.startsWith('C:\\Windows\\System32\\reg.exe query'))).toBe(true);
  });

  it('reports a command that timed out and still returns what it found', async () => {
    const host = fakeHost('win32', (file) =>
      file.endsWith('powershell.exe')
        ? { ok: false, reason: 'timeout', exitCode: null }
        : ok(readFixture('reg-query-uninstall.txt')),
    );
    const result = await scanThisComputer(host);
    expect(result.problems.map((problem) => problem.key)).toEqual([
      'capture:scan.commandTimedOut',
      'capture:scan.commandTimedOut',
    ]);
    expect(result.machines[0]?.hostname).toBe('fallback-name');
    expect(result.machines[0]?.programs.length).toBeGreaterThan(0);
  });
});

describe('scanning macOS and other systems (with recorded command output)', () => {
  it('reads system_profiler -json', async () => {
    const host = fakeHost('darwin', (file) =>
      file.endsWith('system_profiler')
        ? ok(readFixture('macos.json'))
        : { ok: false, reason: 'missing', exitCode: null },
    );
    const machine = (await scanThisComputer(host)).machines[0];
    expect(machine).toMatchObject({ source: 'scan', serial: 'C02ZX1Y2Z3', arch: 'arm' });
    expect(machine?.os?.name).toBe('macOS 14.2.1');
  });

  it('falls back to sw_vers when system_profiler fails', async () => {
    const host = fakeHost('darwin', (file) =>
      file.endsWith('sw_vers')
        ? ok(encode('ProductName:\t\tmacOS\nProductVersion:\t\t13.6.3\nBuildVersion:\t\t22G436\n'))
        : { ok: false, reason: 'failed', exitCode: 2 },
    );
    const result = await scanThisComputer(host);
    expect(result.machines[0]?.os).toMatchObject({ name: 'macOS 13.6.3', build: '22G436' });
    expect(result.problems).toEqual([
      { key: 'capture:scan.commandFailed', params: { command: 'system_profiler -json' } },
    ]);
  });

  it('says which platform it cannot scan', async () => {
    const result = await scanThisComputer(
      fakeHost('aix', () => ({ ok: false, reason: 'missing', exitCode: null })),
    );
    expect(result).toEqual({
      machines: [],
      problems: [{ key: 'capture:scan.unsupportedPlatform', params: { platform: 'aix' } }],
    });
  });
});

describe('running commands', () => {
  it.runIf(process.platform !== 'win32')('stops a command at its time limit', async () => {
    const result = await runCommand('sleep', ['5'], 200);
    expect(result).toEqual({ ok: false, reason: 'timeout', exitCode: null });
  });

  it('tells a missing program from a failing one', async () => {
    expect(await runCommand('zhengban-no-such-program', [], 5_000)).toMatchObject({
      ok: false,
      reason: 'missing',
    });
  });
});
