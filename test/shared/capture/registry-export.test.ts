import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../shared/capture/problems';
import { parseRegExport, readRegExportKeys } from '../../../shared/capture/registry-export';
import { encodeUtf16leWithBom, readFixtureText } from './fixtures';

const SAMPLE = readFixtureText('uninstall-sample.reg');
const UNINSTALL = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

function byKey(name: string) {
  const machine = parseRegExport(encodeUtf16leWithBom(SAMPLE)).machines[0];
  const program = machine?.programs.find((entry) => entry.rawId === `${UNINSTALL}\\${name}`);
  if (!program) throw new Error(`no program under key ${name}`);
  return program;
}

describe('reading a reg export of the Uninstall key', () => {
  it('turns every subkey with a DisplayName into one program, and nothing else', () => {
    const result = parseRegExport(encodeUtf16leWithBom(SAMPLE));
    // Counted by hand in the fixture: 8 subkeys carry a DisplayName value; the root and AddressBook do not.
    expect(result.machines[0]?.programs).toHaveLength(8);
    expect(result.machines[0]?.source).toBe('reg-export');
  });

  it('reads the same programs whether the file is UTF-16LE with BOM or UTF-8', () => {
    const fromUtf16 = parseRegExport(encodeUtf16leWithBom(SAMPLE)).machines[0]?.programs;
    const fromUtf8 = parseRegExport(new TextEncoder().encode(SAMPLE)).machines[0]?.programs;
    expect(fromUtf8).toEqual(fromUtf16);
  });

  it('keeps Chinese names and turns 20230415 into a date', () => {
    expect(byKey('Huorong').name).toBe('火绒安全软件');
    expect(byKey('Huorong').publisher).toBe('北京火绒网络科技有限公司');
    expect(byKey('Kingsoft Office')).toMatchObject({ version: '11.8.2.12085', installDate: '2023-04-15' });
  });

  it('classifies updates, runtimes, drivers and system components, and hides them by default', () => {
    expect(byKey('KB4462117')).toMatchObject({ kind: 'update', hidden: true });
    expect(byKey('{5FCE6D76-F5DC-37AB-B2B8-22AB8CEDB1D4}')).toMatchObject({ kind: 'runtime', hidden: true });
    expect(byKey('RealtekHDA')).toMatchObject({ kind: 'driver', hidden: true });
    expect(byKey('Kingsoft Office')).toMatchObject({ kind: 'application', hidden: false });
  });

  it('marks the MSI key of Office as a repeat of the visible Office entry, keeping both', () => {
    const office = byKey('Office16.PROPLUS');
    const msi = byKey('{90160000-0011-0000-0000-0000000FF1CE}');
    expect(office).toMatchObject({ kind: 'application', duplicateOf: null });
    expect(msi).toMatchObject({ kind: 'system-component', duplicateOf: office.rawId });
  });

  it('names an entry with an empty DisplayName after its key instead of leaving it blank', () => {
    expect(byKey('NoNameComponent')).toMatchObject({ name: 'NoNameComponent', kind: 'system-component' });
  });

  it('reports a line it cannot read with its line number and carries on', () => {
    const result = parseRegExport(SAMPLE);
    const garbageLine = SAMPLE.split('\n').findIndex((line) => line.startsWith('this line is garbage')) + 1;
    expect(result.problems).toEqual([{ key: 'capture:problems.regBadLine', params: { line: garbageLine } }]);
  });

  it('joins hex values continued over several lines and decodes REG_EXPAND_SZ as UTF-16LE', () => {
    const keys = readRegExportKeys(SAMPLE, new ProblemList());
    const office = keys.find((key) => key.path.endsWith('\\Office16.PROPLUS'));
    expect(office?.values.get('uninstallstring')).toBe('"C:\\Program Files"');
  });

  it('reads a GBK (ANSI) export from a Chinese Windows', () => {
    // "WPS Office 2019 个人版" in GBK (Python's 'gbk' codec): 个 = b8 f6, 人 = c8 cb, 版 = b0 e6.
    const name = [
      87, 80, 83, 32, 79, 102, 102, 105, 99, 101, 32, 50, 48, 49, 57, 32, 184, 246, 200, 203, 176, 230,
    ];
    const head = new TextEncoder().encode(
      `Windows Registry Editor Version 5.00\r\n\r\n[${UNINSTALL}\\Kingsoft Office]\r\n"DisplayName"="`,
    );
    const tail = new TextEncoder().encode('"\r\n');
    const result = parseRegExport(new Uint8Array([...head, ...name, ...tail]));
    expect(result.machines[0]?.programs.map((program) => program.name)).toEqual(['WPS Office 2019 个人版']);
  });

  it('reads OS and computer name when the export includes those keys', () => {
    const text = [
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]',
      '"ProductName"="Windows 10 Pro"',
      '"EditionID"="Professional"',
      '"DisplayVersion"="22H2"',
      '"CurrentBuild"="22631"',
      '"UBR"=dword:00000c2f',
      '"ProductId"="00330-80000-00000-AA585"',
      '',
      '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName]',
      '"ComputerName"="ZFB-PC-001"',
    ].join('\r\n');
    const machine = parseRegExport(text).machines[0];
    expect(machine?.hostname).toBe('ZFB-PC-001');
    // Build 22631 is Windows 11 even though ProductName still says 10; UBR 0xc2f = 3119.
    expect(machine?.os).toMatchObject({
      name: 'Windows 11 Pro',
      edition: 'Professional',
      build: '22631.3119',
    });
  });

  it('never throws on garbage and says there were no keys', () => {
    const result = parseRegExport(new Uint8Array([0, 1, 2, 255, 254, 0, 0, 13, 10]));
    expect(result.machines[0]?.programs).toEqual([]);
    expect(result.problems.map((problem) => problem.key)).toContain('capture:problems.regNoKeys');
  });
});
