import { describe, expect, it } from 'vitest';
import { parseCollectorValue } from '../../../../shared/capture/collector/parse-collector';
import { parseCaptureFile } from '../../../../shared/capture/detect';
import { readFixture, readFixtureText } from '../fixtures';

describe('importing collector files', () => {
  const result = parseCaptureFile(
    'CZJ-XZK-01_To_be_filled_by_O.E.M..json',
    readFixture('collector-windows.json'),
  );
  const machine = result.machines[0];

  it('reads machine facts and keeps placeholders for the matcher to ignore', () => {
    expect(result.problems).toEqual([]);
    expect(machine).toMatchObject({
      source: 'collector',
      hostname: 'CZJ-XZK-01',
      serial: 'To be filled by O.E.M.',
      arch: 'x86',
      machineType: 'desktop',
    });
    expect(machine?.os).toMatchObject({
      name: 'Microsoft Windows 7 旗舰版',
      productId: '00426-OEM-8992662-00006',
    });
  });

  it('classifies programs the same way as a registry export', () => {
    expect(machine?.programs.map((program) => [program.name, program.kind, program.installDate])).toEqual([
      ['Microsoft Office Professional Plus 2010', 'application', '2015-06-12'],
      ['Security Update for Microsoft Excel 2010 (KB2553154) 32-Bit Edition', 'update', ''],
      ['360安全卫士', 'application', '2023-11-01'],
    ]);
  });

  it('reads OEM and KMS licensing, taking the discovered KMS host when none is set', () => {
    expect(
      machine?.activation.map((record) => [record.target, record.channel, record.kmsHost, record.kmsPort]),
    ).toEqual([
      ['os', 'oem', '', null],
      ['office', 'volume_kms', 'kms.czj.gov.local', 1688],
    ]);
  });

  it('rejects a file with a field of the wrong type, naming the field', () => {
    const value = JSON.parse(readFixtureText('collector-windows.json'));
    value.programs[1].name = 42;
    const broken = parseCollectorValue(value);
    expect(broken.machines).toEqual([]);
    expect(broken.problems).toEqual([
      { key: 'capture:problems.collectorInvalid', params: { path: 'programs.1.name' } },
    ]);
  });

  it('asks for an upgrade when the file comes from a newer collector', () => {
    const value = { ...JSON.parse(readFixtureText('collector-windows.json')), version: 2 };
    expect(parseCollectorValue(value).problems).toEqual([
      { key: 'capture:problems.collectorNewerVersion', params: { version: 2, supported: 1 } },
    ]);
  });
});
