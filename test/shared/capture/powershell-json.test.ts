import { describe, expect, it } from 'vitest';
import { parseCaptureFile } from '../../../shared/capture/detect';
import { parsePowerShellJson, parsePowerShellValue } from '../../../shared/capture/powershell-json';
import { encodeUtf16leWithBom, readFixture, readFixtureText } from './fixtures';

describe('reading PowerShell ConvertTo-Json output', () => {
  it('reads Uninstall entries written as UTF-16 with BOM (what "> file.json" does in PowerShell 5)', () => {
    const result = parseCaptureFile(
      'programs.json',
      encodeUtf16leWithBom(readFixtureText('ps-uninstall.json')),
    );
    const machine = result.machines[0];
    expect(machine?.source).toBe('ps-json');
    expect(machine?.programs.map((program) => [program.name, program.kind])).toEqual([
      ['Microsoft Office 专业增强版 2019 - zh-cn', 'application'],
      ['2019-11 适用于 Windows 10 Version 1909 的累积更新 (KB4524570)', 'update'],
      ['Intel(R) Chipset Device Software', 'driver'],
    ]);
    expect(machine?.programs[0]?.rawId).toBe(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\ProPlus2019Volume - zh-cn',
    );
    expect(machine?.programs[0]?.installDate).toBe('2024-01-05');
  });

  it('reads a single object the way ConvertTo-Json writes one result', () => {
    const result = parsePowerShellValue({
      DisplayName: '7-Zip 23.01',
      DisplayVersion: '23.01',
      PSChildName: '7-Zip',
    });
    expect(result.machines[0]?.programs).toHaveLength(1);
    expect(result.machines[0]?.programs[0]?.rawId).toBe('Uninstall\\7-Zip');
  });

  it('reads OS, hardware ids and licensing from WMI objects', () => {
    const machine = parseCaptureFile('wmi.json', readFixture('ps-licensing.json')).machines[0];
    expect(machine).toMatchObject({
      hostname: 'ZFB-PC-017',
      serial: 'PF2ABCDE',
      uuid: '4C4C4544-0042-3510-8052-B7C04F4E3432',
      manufacturer: 'LENOVO',
      model: 'ThinkCentre M720t',
      arch: 'x86',
      machineType: 'desktop',
    });
    expect(machine?.os).toEqual({
      name: 'Microsoft Windows 10 专业版',
      edition: 'Professional',
      version: '10.0.19045',
      build: '19045',
      productId: '00331-10000-00001-AA123',
      arch: '64 位',
    });
    expect(machine?.activation.map((record) => [record.target, record.channel, record.status])).toEqual([
      ['os', 'oem', 'activated'],
      ['office', 'volume_mak', 'expired'],
    ]);
  });

  it('says so when the JSON holds nothing it understands', () => {
    const result = parsePowerShellValue([{ Foo: 1 }]);
    expect(result.problems).toEqual([{ key: 'capture:problems.jsonUnrecognized' }]);
  });

  it('parses the bytes directly and reports JSON that does not parse', () => {
    const bytes = encodeUtf16leWithBom(readFixtureText('ps-uninstall.json'));
    expect(parsePowerShellJson(bytes).machines[0]?.programs).toHaveLength(3);
    expect(parsePowerShellJson('[{"DisplayName": ').problems).toEqual([
      { key: 'capture:problems.invalidJson' },
    ]);
  });
});
