import { describe, expect, it } from 'vitest';
import { listCollectorStickFiles } from '../../../../shared/capture/collector';
import {
  collectorFileSchema,
  collectorLicenceSchema,
  collectorOsSchema,
  collectorProgramSchema,
} from '../../../../shared/capture/collector/collector-schema';
import {
  WINDOWS_COLLECTOR_LAUNCHER,
  WINDOWS_COLLECTOR_SCRIPT,
  WINDOWS_SCRIPT_NAME,
} from '../../../../shared/capture/collector/windows-script';

const SCHEMA_KEYS = new Set([
  ...Object.keys(collectorFileSchema.shape),
  ...Object.keys(collectorProgramSchema.shape),
  ...Object.keys(collectorLicenceSchema.shape),
  ...Object.keys(collectorOsSchema.shape),
]);

describe('the Windows collector script', () => {
  it('uses nothing beyond PowerShell 2.0 (Windows 7 as shipped)', () => {
    for (const newer of [
      /ConvertTo-Json/i,
      /\$PSScriptRoot/i,
      /\[ordered\]/i,
      /\[pscustomobject\]/i,
      /Get-CimInstance/i,
      /\s-(not)?in\s/i,
    ]) {
      expect(WINDOWS_COLLECTOR_SCRIPT).not.toMatch(newer);
    }
  });

  it('only reads: no network, no registry or file changes besides its own result', () => {
    for (const forbidden of [
      /Invoke-WebRequest/i,
      /Invoke-RestMethod/i,
      /Net\.WebClient/i,
      /BitsTransfer/i,
      /Set-ItemProperty/i,
      /New-ItemProperty/i,
      /Remove-Item/i,
      /Start-Process/i,
    ]) {
      expect(WINDOWS_COLLECTOR_SCRIPT).not.toMatch(forbidden);
    }
  });

  it('reads both registry views of HKLM and HKCU, and the WMI classes the ledger needs', () => {
    for (const source of [
      'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
      'HKLM:\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
      'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
      'Win32_OperatingSystem',
      'Win32_ComputerSystem',
      'Win32_BIOS',
      "'SoftwareLicensingProduct' 'PartialProductKey IS NOT NULL'",
    ]) {
      expect(WINDOWS_COLLECTOR_SCRIPT).toContain(source);
    }
  });

  it('writes only JSON keys the import schema knows', () => {
    const written = [...WINDOWS_COLLECTOR_SCRIPT.matchAll(/"([A-Za-z]+)":/g)].map((match) => match[1]);
    expect(written.length).toBeGreaterThan(30);
    expect(written.filter((key) => !SCHEMA_KEYS.has(key ?? ''))).toEqual([]);
  });

  it('writes UTF-8 without BOM next to itself, named host_serial.json', () => {
    expect(WINDOWS_COLLECTOR_SCRIPT).toContain('New-Object System.Text.UTF8Encoding($false)');
    expect(WINDOWS_COLLECTOR_SCRIPT).toContain("(Safe-Name $hostname) + '_' + (Safe-Name $serial) + '.json'");
    expect(WINDOWS_COLLECTOR_SCRIPT).toContain('Split-Path -Parent $MyInvocation.MyCommand.Definition');
  });

  it('has a plain-ASCII launcher that bypasses the execution policy', () => {
    expect(WINDOWS_COLLECTOR_LAUNCHER).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(WINDOWS_COLLECTOR_LAUNCHER).toContain(
      `-ExecutionPolicy Bypass -File "%~dp0${WINDOWS_SCRIPT_NAME}"`,
    );
    expect(WINDOWS_COLLECTOR_LAUNCHER.split('\r\n').length).toBeGreaterThan(3);
    expect(WINDOWS_COLLECTOR_LAUNCHER.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('the files for the collector stick', () => {
  it('holds launcher, scripts and a Chinese README that names them', () => {
    const files = listCollectorStickFiles();
    expect(files.map((file) => file.name)).toEqual([
      'zhengban-collect.cmd',
      'zhengban-collect.ps1',
      'zhengban-collect.sh',
      '使用说明.txt',
    ]);
    const readme = files[3]?.text ?? '';
    expect(readme).toContain('zhengban-collect.cmd');
    expect(readme).toContain('sh zhengban-collect.sh');
    // The PowerShell script carries Chinese messages: PowerShell 2.0 needs the BOM to read it as UTF-8.
    expect(files.find((file) => file.name.endsWith('.ps1'))?.hasBom).toBe(true);
    expect(files.find((file) => file.name.endsWith('.sh'))?.text).not.toContain('\r');
  });
});
