import { describe, expect, it } from 'vitest';
import { parseCaptureFile } from '../../../shared/capture/detect';
import { readFixture } from './fixtures';

describe('reading macOS system_profiler output', () => {
  it('reads the text listing: one program per application, OS parts hidden', () => {
    const result = parseCaptureFile('apps.txt', readFixture('macos-apps.txt'));
    const programs = result.machines[0]?.programs ?? [];
    expect(result.machines[0]?.source).toBe('macos-text');
    expect(programs.map((program) => [program.name, program.version, program.kind])).toEqual([
      ['Safari', '17.2', 'application'],
      ['Finder', '14.2', 'system-component'],
      ['WPS Office', '6.3.0', 'application'],
      ['HP Utility', '5.2', 'driver'],
    ]);
    expect(programs[2]?.publisher).toBe('Kingsoft Office Software Corporation Limited');
    expect(programs[0]?.publisher).toBe('Apple');
  });

  it('reads the -json output with hardware and OS', () => {
    const machine = parseCaptureFile('profile.json', readFixture('macos.json')).machines[0];
    expect(machine).toMatchObject({
      source: 'macos-json',
      hostname: 'Office-MacBook-Air',
      serial: 'C02ZX1Y2Z3',
      uuid: '1A2B3C4D-0000-1111-2222-333344445555',
      manufacturer: 'Apple',
      model: 'Mac14,2',
      arch: 'arm',
      machineType: 'laptop',
    });
    expect(machine?.os).toMatchObject({ name: 'macOS 14.2.1', version: '14.2.1', build: '23C71' });
    expect(machine?.programs.map((program) => [program.name, program.kind, program.installDate])).toEqual([
      ['Microsoft Word', 'application', '2024-01-10'],
      ['Siri', 'system-component', ''],
    ]);
    expect(machine?.programs[0]?.publisher).toBe('Microsoft Corporation');
  });
});
