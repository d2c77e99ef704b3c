import type { CapturedOs, CapturedProgram } from './captured';
import { createCapturedOs } from './captured';
import { classifyWindowsEntry } from './classify';
import { markDuplicates } from './dedupe';
import { cleanText, normalizeInstallDate, parseInteger } from './fields';

export type RegistryData = string | number | string[];

/** One registry key with its values, names lower-cased (registry names are case-insensitive). */
export interface RegistryKey {
  path: string;
  values: Map<string, RegistryData>;
}

/** Reads a value as text; multi-strings are joined with spaces. */
export function readString(key: RegistryKey, name: string): string {
  const value = key.values.get(name.toLowerCase());
  if (value === undefined) return '';
  return cleanText(Array.isArray(value) ? value.join(' ') : value);
}

/** Reads a value as an integer (DWORD or a string holding digits). */
export function readNumber(key: RegistryKey, name: string): number | null {
  const value = key.values.get(name.toLowerCase());
  return value === undefined || Array.isArray(value) ? null : parseInteger(value);
}

/** The last component of a registry path. */
export function leafName(path: string): string {
  const at = path.lastIndexOf('\\');
  return at < 0 ? path : path.slice(at + 1);
}

/** True when the file holds at least one key under an Uninstall key, so other keys are not programs. */
function hasUninstallKeys(keys: RegistryKey[]): boolean {
  return keys.some((key) => /(^|\\)uninstall\\[^\\]+$/i.test(key.path));
}

/**
 * Turns the subkeys of Uninstall keys into programs: every key with a DisplayName value (even an
 * empty one, then named after its key) becomes one entry, classified and checked for repeats.
 */
export function uninstallKeysToPrograms(keys: RegistryKey[]): CapturedProgram[] {
  const restrictToUninstall = hasUninstallKeys(keys);
  const programs: CapturedProgram[] = [];
  for (const key of keys) {
    if (!key.values.has('displayname')) continue;
    if (restrictToUninstall && !/(^|\\)uninstall\\[^\\]+$/i.test(key.path)) continue;
    programs.push(uninstallKeyToProgram(key));
  }
  return markDuplicates(programs);
}

function uninstallKeyToProgram(key: RegistryKey): CapturedProgram {
  const keyName = leafName(key.path);
  const name = readString(key, 'DisplayName') || keyName;
  const kind = classifyWindowsEntry({
    name,
    keyName,
    publisher: readString(key, 'Publisher'),
    parentKeyName: readString(key, 'ParentKeyName'),
    releaseType: readString(key, 'ReleaseType'),
    isSystemComponent: readNumber(key, 'SystemComponent') === 1,
    isMinorUpgrade: readNumber(key, 'IsMinorUpgrade') === 1,
  });
  return {
    name,
    version: readString(key, 'DisplayVersion'),
    publisher: readString(key, 'Publisher'),
    installDate: normalizeInstallDate(readString(key, 'InstallDate')),
    kind,
    hidden: kind !== 'application',
    rawId: key.path,
    arch: archOfUninstallPath(key.path),
    duplicateOf: null,
  };
}

function archOfUninstallPath(path: string): string {
  if (/\\wow6432node\\/i.test(path)) return 'x86';
  return '';
}

/** Machine facts Windows keeps in the registry, found when an export or query includes those keys. */
export interface RegistryMachineFacts {
  hostname: string;
  os: CapturedOs | null;
}

/** Reads the OS (Windows NT\CurrentVersion) and computer name keys if the input contains them. */
export function readRegistryMachineFacts(keys: RegistryKey[]): RegistryMachineFacts {
  let hostname = '';
  let os: CapturedOs | null = null;
  for (const key of keys) {
    if (/\\Windows NT\\CurrentVersion$/i.test(key.path) && key.values.has('productname')) {
      os = createCapturedOs();
      os.name = readString(key, 'ProductName');
      os.edition = readString(key, 'EditionID');
      os.version =
        readString(key, 'DisplayVersion') ||
        readString(key, 'ReleaseId') ||
        readString(key, 'CurrentVersion');
      const build = readString(key, 'CurrentBuildNumber') || readString(key, 'CurrentBuild');
      const ubr = readNumber(key, 'UBR');
      os.build = build !== '' && ubr !== null ? `${build}.${ubr}` : build;
      os.productId = readString(key, 'ProductId');
      // Windows 11 still says "Windows 10" in ProductName; the build number tells them apart.
      if (/^Windows 10/i.test(os.name) && Number.parseInt(build, 10) >= 22000) {
        os.name = os.name.replace(/^Windows 10/i, 'Windows 11');
      }
    }
    if (/\\ComputerName\\ComputerName$/i.test(key.path)) hostname = readString(key, 'ComputerName');
  }
  return { hostname, os };
}
