import { describe, expect, it } from 'vitest';
import { classifyPackage, classifyWindowsEntry } from '../../../shared/capture/classify';

const entry = (name: string, extra: Partial<Parameters<typeof classifyWindowsEntry>[0]> = {}) =>
  classifyWindowsEntry({
    name,
    keyName: '',
    publisher: '',
    parentKeyName: '',
    releaseType: '',
    isSystemComponent: false,
    isMinorUpgrade: false,
    ...extra,
  });

describe('telling applications from updates, drivers, runtimes and libraries', () => {
  it.each([
    ['Security Update for Windows XP (KB2079403)', 'update'],
    ['Hotfix for Microsoft .NET Framework 3.5 SP1 (KB953595)', 'update'],
    ['Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33130', 'runtime'],
    ['Microsoft .NET Framework 4.8', 'runtime'],
    ['Java 8 Update 391', 'runtime'],
    ['NVIDIA Graphics Driver 546.33', 'driver'],
    ['Windows Driver Package - Lenovo (ACPI) System', 'driver'],
    ['Microsoft Office Professional Plus 2016', 'application'],
    ['WPS Office (11.1.0.14309)', 'application'],
    ['奇安信天擎终端安全管理系统', 'application'],
  ])('Windows entry "%s" is %s', (name, kind) => {
    expect(entry(name)).toBe(kind);
  });

  it('treats entries with a parent key or an update release type as updates', () => {
    expect(entry('Microsoft Office 2010 Service Pack 1 (SP1)', { parentKeyName: 'Office14.PROPLUS' })).toBe(
      'update',
    );
    expect(entry('Something', { releaseType: 'Hotfix' })).toBe('update');
    expect(entry('Something', { isSystemComponent: true })).toBe('system-component');
  });

  it.each([
    ['libreoffice-writer', '', '', 'application'],
    ['libgtk-3-0', '', '', 'library'],
    ['python3-apt', '', '', 'library'],
    ['fonts-noto-cjk', '', '', 'library'],
    ['openjdk-17-jre', '', '', 'runtime'],
    ['firmware-realtek', '', '', 'driver'],
    ['linux-image-6.1.0-17-amd64', 'kernel', 'optional', 'system-component'],
    ['ukui-panel', '', '', 'system-component'],
    ['dde-file-manager', '', '', 'system-component'],
    ['mawk', 'interpreters', 'required', 'system-component'],
    ['filezilla', 'net', 'optional', 'application'],
    ['wps-office', 'office', 'optional', 'application'],
    ['glibc', 'System Environment/Libraries', '', 'library'],
  ])('package %s (section %s, priority %s) is %s', (name, section, priority, kind) => {
    expect(classifyPackage({ name, section, priority })).toBe(kind);
  });
});
