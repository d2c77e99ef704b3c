import { describe, expect, it } from 'vitest';
import { detectPackageLayout, parsePackageList } from '../../../shared/capture/packages';
import { readFixture, readFixtureText } from './fixtures';

describe('reading dpkg and rpm package lists', () => {
  it('reads the collector/scanner dpkg layout, leaving out packages that were removed', () => {
    const result = parsePackageList(readFixture('dpkg-scan.tsv'));
    const programs = result.machines[0]?.programs ?? [];
    // 8 lines in the fixture, one of them "rc" (configuration files only).
    expect(programs).toHaveLength(7);
    expect(result.problems).toEqual([{ key: 'capture:problems.packagesNotInstalled', params: { count: 1 } }]);
    expect(result.machines[0]?.source).toBe('dpkg');
  });

  it('shows applications such as WPS and hides libraries, fonts, base system and OS components', () => {
    const programs = parsePackageList(readFixture('dpkg-scan.tsv')).machines[0]?.programs ?? [];
    const visible = programs.filter((program) => !program.hidden).map((program) => program.name);
    expect(visible).toEqual(['wps-office', 'qaxbrowser-safe-stable']);
    const kindOf = (name: string) => programs.find((program) => program.name === name)?.kind;
    expect(kindOf('fonts-wqy-zenhei')).toBe('library');
    expect(kindOf('coreutils')).toBe('system-component');
    expect(kindOf('kylin-software-center')).toBe('system-component');
  });

  it('keeps both architectures of a multi-arch library, marking the second as a repeat', () => {
    const programs = parsePackageList(readFixture('dpkg-scan.tsv')).machines[0]?.programs ?? [];
    const libc = programs.filter((program) => program.name === 'libc6');
    expect(libc.map((program) => program.rawId)).toEqual(['libc6:amd64', 'libc6:i386']);
    expect(libc[1]?.duplicateOf).toBe('libc6:amd64');
    expect(programs.find((program) => program.name === 'wps-office')?.publisher).toBe('Kingsoft');
  });

  it('reads plain `dpkg-query -W` output (name and version only)', () => {
    const result = parsePackageList('bash\t5.2.15-2+b2\nlibc6:amd64\t2.36-9\n');
    expect(result.machines[0]?.programs.map((program) => [program.name, program.version])).toEqual([
      ['bash', '5.2.15-2+b2'],
      ['libc6', '2.36-9'],
    ]);
  });

  it('reads rpm query output with vendor, group and install time', () => {
    expect(detectPackageLayout(readFixtureText('rpm-list.tsv'))).toBe('rpm');
    const machine = parsePackageList(readFixture('rpm-list.tsv')).machines[0];
    expect(machine?.source).toBe('rpm');
    // 1704067200 is 2024-01-01T00:00:00Z.
    expect(machine?.programs[0]).toMatchObject({
      name: 'wps-office',
      version: '11.1.0.11719-1',
      publisher: 'Kingsoft',
      installDate: '2024-01-01',
      kind: 'application',
    });
    expect(machine?.programs.map((program) => program.kind)).toEqual([
      'application',
      'library',
      'system-component',
    ]);
    expect(machine?.programs[1]?.publisher).toBe('');
    expect(machine?.arch).toBe('x86');
  });

  it('takes the machine architecture from the packages, not from arch-independent ones', () => {
    const text = 'a\t1\tarm64\tm\ts\nb\t1\tall\tm\ts\nc\t1\tarm64\tm\ts\n';
    expect(parsePackageList(text).machines[0]?.arch).toBe('arm');
  });

  it('reports a line that is not a package and does not throw on garbage', () => {
    const result = parsePackageList('bash\t5.2\tamd64\tx\ty\n!!! nonsense\n', 'dpkg-plain');
    expect(result.problems).toEqual([{ key: 'capture:problems.packageBadLine', params: { line: 2 } }]);
    expect(parsePackageList(new Uint8Array([0xff, 0x00, 0x13])).problems).toEqual([
      { key: 'capture:problems.packagesUnrecognized' },
    ]);
  });
});
