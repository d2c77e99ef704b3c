import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => execFileSync('node', ['bin/zhengban.js', ...args], { encoding: 'utf8' });

describe('zhengban command line', () => {
  it('prints usage with --help on plain Node', () => {
    expect(run('--help')).toMatch(/Usage: zhengban <command>/);
  });

  it('prints the package version with --version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(run('--version').trim()).toBe(pkg.version);
  });

  it('exits with status 2 on an unknown command', () => {
    expect(() => run('frobnicate')).toThrow(/unknown command/);
  });
});
