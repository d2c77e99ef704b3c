import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface CaptureJson {
  files: { read: number; skipped: number };
  machines: Array<{
    file: string;
    source: string;
    machine: { hostname: string; serial: string; uuid: string; brand: string };
    installs: Array<{
      rawName: string;
      productId: string | null;
      category: string;
      channel: string;
      status: string;
    }>;
    hidden: Record<string, number>;
    duplicates: number;
    programs?: Array<{ name: string; hidden: boolean }>;
  }>;
  problems: Array<{ key: string; text: string }>;
}

function run(...args: string[]) {
  const result = spawnSync('node', ['bin/zhengban.js', 'capture', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runJson(...args: string[]): { status: number | null; json: CaptureJson } {
  const result = run(...args, '--json');
  return { status: result.status, json: JSON.parse(result.stdout) as CaptureJson };
}

const FIXTURES = 'test/fixtures/capture';

describe('zhengban capture', () => {
  it('prints the machine and the installs of a GLPI inventory, normalized with the built-in catalog', () => {
    const { status, json } = runJson(`${FIXTURES}/glpi-machine.json`);
    expect(status).toBe(0);
    expect(json.machines).toHaveLength(1);
    const [machine] = json.machines;
    expect(machine?.machine).toMatchObject({ hostname: 'ZFB-PC-023', serial: '5XYZ123', brand: 'Dell Inc.' });
    expect(machine?.installs.map((i) => [i.rawName, i.productId, i.category])).toEqual([
      ['Microsoft Windows 10 专业版', 'ms-windows-10', 'os'],
      ['WPS Office (11.1.0.14309)', 'wps-office', 'office'],
      ['火绒安全软件', 'huorong', 'security'],
    ]);
    // The KB update and the Intel component are hidden, counted, and listed on request.
    expect(machine?.hidden).toMatchObject({ update: 1, 'system-component': 1 });
    expect(machine?.programs).toBeUndefined();
    const withPrograms = runJson(`${FIXTURES}/glpi-machine.json`, '--programs').json.machines[0];
    expect(withPrograms?.programs?.filter((p) => p.hidden).map((p) => p.name)).toEqual([
      'KB5034441',
      'Intel(R) Management Engine Components',
    ]);
  });

  it('reads the XML inventory of the same computer to the same machine and installs', () => {
    const fromJson = runJson(`${FIXTURES}/glpi-machine.json`).json.machines[0];
    const fromXml = runJson(`${FIXTURES}/glpi-machine.xml`).json.machines[0];
    expect(fromXml?.source).toBe('glpi-xml');
    expect(fromXml?.machine).toEqual(fromJson?.machine);
    expect(fromXml?.installs).toEqual(fromJson?.installs);
  });

  it('carries activation facts into the installs (OEM Windows, Office on a KMS server)', () => {
    const installs = runJson(`${FIXTURES}/collector-windows.json`).json.machines[0]?.installs ?? [];
    expect(installs.find((i) => i.category === 'os')?.channel).toBe('oem');
    expect(installs.find((i) => i.category === 'office')?.channel).toBe('volume');
  });

  it('reads a whole folder and says which files had problems', () => {
    const { status, json } = runJson(FIXTURES, '--lang', 'en');
    // Every fixture is one computer's inventory (or part of one).
    expect(json.files.read).toBe(11);
    expect(json.machines.map((m) => m.file)).toContain('glpi-machine.xml');
    expect(status).toBe(1);
    expect(json.problems.map((p) => p.key)).toContain('capture:problems.packagesNotInstalled');
    expect(json.problems.every((p) => !/[\u4e00-\u9fff]/.test(p.text))).toBe(true);
  });

  it('prints a readable summary without --json and exits 2 when nothing could be captured', () => {
    const text = run(`${FIXTURES}/glpi-machine.json`);
    expect(text.stdout).toContain('ZFB-PC-023');
    expect(text.stdout).toContain('[ms-windows-10/pro]');
    const dir = mkdtempSync(join(tmpdir(), 'zb-cli-capture-'));
    writeFileSync(join(dir, 'notes.txt'), 'not an inventory');
    const nothing = run(join(dir, 'notes.txt'));
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('notes.txt');
    expect(run().status).toBe(2);
  });
});
