import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LINUX_COLLECTOR_SCRIPT, LINUX_SCRIPT_NAME } from '../../../../shared/capture/collector/linux-script';
import { parseCaptureFile } from '../../../../shared/capture/detect';

const hasShell = process.platform === 'linux' && spawnSync('sh', ['-c', 'true']).status === 0;
const hasDpkg = hasShell && spawnSync('dpkg-query', ['--version']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'zhengban-collector-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runCollector(
  stick: string,
  env: NodeJS.ProcessEnv = process.env,
): { machine: ReturnType<typeof parseCaptureFile> } {
  writeFileSync(join(stick, LINUX_SCRIPT_NAME), LINUX_COLLECTOR_SCRIPT);
  execFileSync('sh', [join(stick, LINUX_SCRIPT_NAME)], { cwd: tmpdir(), env, stdio: 'pipe' });
  const output = readdirSync(stick).find((name) => name.endsWith('.json'));
  if (!output) throw new Error('the collector wrote no file');
  return { machine: parseCaptureFile(output, new Uint8Array(readFileSync(join(stick, output)))) };
}

describe.runIf(hasShell)('the Linux collector script', () => {
  it('passes a syntax check by the strict POSIX shell', () => {
    const path = join(work, 'syntax.sh');
    writeFileSync(path, LINUX_COLLECTOR_SCRIPT);
    expect(spawnSync('sh', ['-n', path]).status).toBe(0);
  });

  it.runIf(hasDpkg)('collects this computer: host name, OS and every installed package', () => {
    const stick = mkdtempSync(join(work, 'stick-'));
    const { machine } = runCollector(stick);
    expect(machine.problems).toEqual([]);
    const collected = machine.machines[0];
    expect(collected?.source).toBe('collector');
    expect(collected?.hostname).toBe(hostname());
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1];
    expect(collected?.os?.name).toBe(pretty);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query field syntax, not a placeholder.
    const statuses = execFileSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}\\n'], { encoding: 'utf8' });
    const installed = statuses.split('\n').filter((line) => line[1] === 'i').length;
    expect(collected?.programs).toHaveLength(installed);
    expect(readdirSync(stick).some((name) => name.startsWith(`${hostname()}_`))).toBe(true);
  });

  it('escapes quotes, backslashes and control characters in package data', () => {
    const stick = mkdtempSync(join(work, 'stick-'));
    const bin = mkdtempSync(join(work, 'bin-'));
    // A stand-in dpkg-query printing hostile maintainer and summary fields in the collector's layout.
    const fake = [
      '#!/bin/sh',
      'printf \'evil\\t1.0\\tamd64\\tA "quoted" \\\\ back\\001slash\\tsum\\tii \\tutils\\toptional\\n\'',
      "printf 'wps-office\\t11.1\\tamd64\\tKingsoft 金山\\tWPS\\tii \\toffice\\toptional\\n'",
    ].join('\n');
    writeFileSync(join(bin, 'dpkg-query'), `${fake}\n`);
    chmodSync(join(bin, 'dpkg-query'), 0o755);
    const { machine } = runCollector(stick, { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(machine.problems).toEqual([]);
    expect(machine.machines[0]?.programs.map((program) => [program.name, program.publisher])).toEqual([
      ['evil', 'A "quoted" \\ back slash'],
      ['wps-office', 'Kingsoft 金山'],
    ]);
  });
});
