import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CapturedMachine, CaptureResult } from '../../shared/capture/captured';
import { decodeText } from '../../shared/capture/decode-text';
import { parseCaptureFile } from '../../shared/capture/detect';
import { ProblemList } from '../../shared/capture/problems';
import { readRegExportKeys } from '../../shared/capture/registry-export';

// Real inventories captured by other projects, kept beside the repository (../shared/fixtures/real).
// Every expected number below was counted with shell tools on the files themselves, as noted.
const REAL = fileURLToPath(new URL('../../../shared/fixtures/real/', import.meta.url));
const hasReal = existsSync(REAL);

function read(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${REAL}${name}`));
}

function parse(name: string): CaptureResult {
  return parseCaptureFile(name.replace(/^.*\//, ''), read(name));
}

function only(result: CaptureResult): CapturedMachine {
  expect(result.machines).toHaveLength(1);
  const machine = result.machines[0];
  if (!machine) throw new Error('no machine');
  return machine;
}

describe.skipIf(!hasReal)('real inventories from other projects', () => {
  describe('Windows XP Uninstall export (glpi-agent/xp-Uninstall.reg, UTF-16LE with BOM)', () => {
    const xp = 'glpi-agent/xp-Uninstall.reg';

    it('has one program per subkey with a DisplayName: 419', () => {
      // iconv -f utf-16 -t utf-8 xp-Uninstall.reg | grep -c '^"DisplayName"='  → 419 (README agrees)
      // grep -c '^\['  → 536: the Uninstall key itself and 535 subkeys.
      const result = parse(xp);
      expect(only(result).programs).toHaveLength(419);
      expect(result.problems).toEqual([]);
      const keys = readRegExportKeys(decodeText(read(xp)).text, new ProblemList());
      expect(keys).toHaveLength(536);
    });

    it('classifies every KB hotfix and every entry with an update ReleaseType as an update', () => {
      const programs = only(parse(xp)).programs;
      // grep '^"DisplayName"=' | grep -cE 'KB[0-9]{6,7}'  → 310
      const kbNamed = programs.filter((program) => /KB\d{6,7}/.test(program.name));
      expect(kbNamed).toHaveLength(310);
      expect(kbNamed.every((program) => program.kind === 'update' && program.hidden)).toBe(true);
      // awk 'BEGIN{RS="\r\n\r\n"} /\n"DisplayName"=/ && /\n"ReleaseType"="(Security Update|Update|Hotfix|HotFix|
      //   %HOTFIX%|Software Update)"/ {n++} END{print n}'  → 255
      const keys = readRegExportKeys(decodeText(read(xp)).text, new ProblemList());
      const released = keys.filter((key) => key.values.has('displayname') && key.values.has('releasetype'));
      expect(released).toHaveLength(255);
      const kindByKey = new Map(programs.map((program) => [program.rawId, program.kind]));
      expect(released.every((key) => kindByKey.get(key.path) === 'update')).toBe(true);
      // The same awk with (ParentKeyName or ReleaseType or a KB number in the name) → 332 entries at least.
      expect(programs.filter((program) => program.kind === 'update').length).toBeGreaterThanOrEqual(332);
    });

    it('keeps both Office 2010 keys and marks one as a repeat', () => {
      // grep -c '"DisplayName"="Microsoft Office Professional Plus 2010"'  → 2
      const office = only(parse(xp)).programs.filter(
        (program) => program.name === 'Microsoft Office Professional Plus 2010',
      );
      expect(office).toHaveLength(2);
      expect(office.filter((program) => program.duplicateOf === null && !program.hidden)).toHaveLength(1);
    });

    it('parses quickly (time printed for the report)', () => {
      const bytes = read(xp);
      parseCaptureFile('xp-Uninstall.reg', bytes);
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        parseCaptureFile('xp-Uninstall.reg', bytes);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.info(`xp-Uninstall.reg (${bytes.length} bytes): median parse ${times[2]?.toFixed(1)} ms`);
      expect(times[2]).toBeLessThan(2_000);
    });
  });

  it('reads the SQL Server machine export: 7 DisplayNames', () => {
    // iconv -f utf-16 -t utf-8 mssql-Uninstall.reg | grep -c '^"DisplayName"'  → 7
    const programs = only(parse('glpi-agent/mssql-Uninstall.reg')).programs;
    expect(programs.map((program) => program.name)).toContain('Microsoft SQL Server 2017');
    expect(programs).toHaveLength(7);
  });

  it('finds the Office KMS client with its KMS host in the licensing dump', () => {
    // The dump says: Description=Office 16, VOLUME_KMSCLIENT channel; KeyManagementServiceMachine=mydomain.ms.com;
    // KeyManagementServicePort=1688; LicenseStatus=1; PartialProductKey=WE9H9.
    const machine = only(parse('glpi-agent/office_2016_01-SoftwareLicensingProduct.wmi'));
    expect(machine.activation).toHaveLength(1);
    expect(machine.activation[0]).toMatchObject({
      target: 'office',
      channel: 'volume_kms',
      kmsHost: 'mydomain.ms.com',
      kmsPort: 1688,
      licenseStatus: 1,
      status: 'activated',
      partialProductKey: 'WE9H9',
    });
  });

  it('reads the Windows 7 Win32_OperatingSystem dump', () => {
    // The dump says Caption=Microsoft Windows 7 Professionnel (with a trailing space), OSArchitecture=32 bits,
    // BuildNumber=7600, CSName=LUBIANKA — despite "sp1-x64" in the file name.
    const machine = only(parse('glpi-agent/win7-sp1-x64-Win32_OperatingSystem.wmi'));
    expect(machine.os).toMatchObject({
      name: 'Microsoft Windows 7 Professionnel',
      arch: '32 bits',
      build: '7600',
    });
    expect(machine.arch).toBe('x86');
    expect(machine.hostname).toBe('LUBIANKA');
  });

  it('reads the agent dpkg list: 17 lines, one removed package left out', () => {
    // wc -l dpkg → 17; grep -c deinstall dpkg → 1
    const result = parse('glpi-agent/dpkg');
    expect(only(result).programs).toHaveLength(16);
    expect(result.problems).toEqual([
      { key: 'capture:problems.packagesNotInstalled', params: { count: 1, file: 'dpkg' } },
    ]);
  });

  it('reads the agent rpm list: 10 packages, the lib* ones hidden', () => {
    // wc -l rpm → 10; cut -f1 rpm | grep -c '^lib' → 5
    const programs = only(parse('glpi-agent/rpm')).programs;
    expect(programs).toHaveLength(10);
    const libraries = programs.filter((program) => program.name.startsWith('lib'));
    expect(libraries).toHaveLength(5);
    expect(libraries.every((program) => program.hidden)).toBe(true);
  });

  it('reads the Debian 12 package list: 900 packages, all 573 lib* libraries hidden', () => {
    // wc -l debian12-dpkg-query.tsv → 900; cut -f1 | grep '^lib' | grep -vc '^libreoffice' → 573
    // (LibreOffice's packages start with "lib" too but are an office suite, not a library).
    const programs = only(parse('debian12-dpkg-query.tsv')).programs;
    expect(programs).toHaveLength(900);
    const libraries = programs.filter((program) => /^lib(?!reoffice)/.test(program.name));
    expect(libraries).toHaveLength(573);
    expect(libraries.every((program) => program.hidden)).toBe(true);
  });

  it('reads the French macOS application list: 349 apps, the 145 under /System hidden', () => {
    // grep -c '^    [^ ].*:$' sample1.SPApplicationsDataType → 349; grep -c 'Location: /System/' → 145
    const programs = only(parse('glpi-agent/sample1.SPApplicationsDataType')).programs;
    expect(programs).toHaveLength(349);
    const system = programs.filter((program) => program.rawId.startsWith('/System/'));
    expect(system).toHaveLength(145);
    expect(system.every((program) => program.kind === 'system-component')).toBe(true);
    expect(programs.map((program) => program.name)).toContain('Mise à jour de logiciels');
  });

  it('reads GLPI computer_1.json (a Fedora laptop)', () => {
    // content.hardware.name, .uuid; content.bios.ssn, .smanufacturer, .smodel; 6 entries in content.softwares.
    const machine = only(parse('inventory_format/computer_1.json'));
    expect(machine).toMatchObject({
      source: 'glpi-json',
      hostname: 'glpixps',
      uuid: '4C4C4544-0034-3010-8048-B6C04F503732',
      serial: '640HP72',
      manufacturer: 'Dell Inc.',
      model: 'XPS 13 9350',
      machineType: 'laptop',
    });
    expect(machine.os?.name).toBe('Fedora 31 (Workstation Edition)');
    expect(machine.programs).toHaveLength(6);
  });

  it('reads GLPI 2.xml (a Windows 8.1 laptop with Kaspersky)', () => {
    // grep -c '<SOFTWARES>' 2.xml → 8, plus 2 <ANTIVIRUS> products not among them → 10 programs.
    const machine = only(parse('inventory_format/2.xml'));
    expect(machine).toMatchObject({
      source: 'glpi-xml',
      hostname: 'pc-arg-23',
      serial: 'CZC0479792',
      uuid: '33E737A8-F827-11DF-9297-47C0A301005A',
      model: 'HP EliteBook 2540p',
      arch: 'x86',
    });
    expect(machine.os).toMatchObject({
      name: 'Microsoft Windows 8.1 Professionnel',
      productId: '00259-40825-10721-AAOEM',
    });
    expect(machine.programs).toHaveLength(10);
    expect(machine.programs.map((program) => program.name)).toContain(
      'Kaspersky Endpoint Security 10 for Windows',
    );
    // <LICENSEINFOS> has <OEM>1</OEM>; WINPRODID ends in AAOEM.
    expect(machine.activation.map((record) => [record.target, record.channel])).toEqual([
      ['office', 'oem'],
      ['os', 'oem'],
    ]);
  });

  it('does not mistake the inventory JSON Schema for an inventory', () => {
    expect(parse('inventory_format/inventory.schema.json').problems[0]?.key).toBe(
      'capture:problems.unknownJson',
    );
  });
});
