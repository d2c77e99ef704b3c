import type { CapturedMachine, CaptureResult, CaptureSource } from './captured';
import { createCapturedMachine, createCapturedOs } from './captured';
import { decodeText } from './decode-text';
import { archFromHints, cleanText, machineTypeFromChassisCode, normalizeUuid, parseInteger } from './fields';
import type { PropertyBag } from './licensing';
import { bagNumber, bagString, hasProductKey, licensingBagToRecord } from './licensing';
import { ProblemList } from './problems';
import type { RegistryKey } from './uninstall-entries';
import { uninstallKeysToPrograms } from './uninstall-entries';

type WmiClass =
  | 'os'
  | 'licensing'
  | 'uninstall'
  | 'bios'
  | 'computer-system'
  | 'computer-system-product'
  | 'enclosure'
  | 'unknown';

/** Tells which WMI class (or Uninstall key) a property bag is, by __CLASS or by its telltale properties. */
export function classifyBag(bag: PropertyBag): WmiClass {
  const declared = bagString(bag, '__CLASS') || bagString(bag, 'CreationClassName');
  const byName: Record<string, WmiClass> = {
    win32_operatingsystem: 'os',
    softwarelicensingproduct: 'licensing',
    officesoftwareprotectionproduct: 'licensing',
    win32_bios: 'bios',
    win32_computersystem: 'computer-system',
    win32_computersystemproduct: 'computer-system-product',
    win32_systemenclosure: 'enclosure',
  };
  const known = byName[declared.toLowerCase()];
  if (known !== undefined && Object.hasOwn(byName, declared.toLowerCase())) return known;
  if (bag.has('displayname')) return 'uninstall';
  if (bag.has('caption') && (bag.has('buildnumber') || bag.has('osarchitecture'))) return 'os';
  if (bag.has('licensestatus') && (bag.has('applicationid') || bag.has('partialproductkey')))
    return 'licensing';
  if (bag.has('identifyingnumber') && bag.has('uuid')) return 'computer-system-product';
  if (bag.has('smbiosbiosversion')) return 'bios';
  if (bag.has('chassistypes')) return 'enclosure';
  if (
    bag.has('model') &&
    (bag.has('systemtype') || bag.has('pcsystemtype') || bag.has('totalphysicalmemory'))
  ) {
    return 'computer-system';
  }
  return 'unknown';
}

// OperatingSystemSKU values that name an edition the same way in every display language.
const SKU_EDITIONS: Record<number, string> = {
  1: 'Ultimate',
  2: 'Home Basic',
  3: 'Home Premium',
  4: 'Enterprise',
  6: 'Business',
  7: 'Server Standard',
  8: 'Server Datacenter',
  10: 'Server Enterprise',
  11: 'Starter',
  27: 'Enterprise N',
  48: 'Professional',
  49: 'Professional N',
  98: 'Home N',
  99: 'Home China',
  100: 'Home Single Language',
  101: 'Home',
  103: 'Professional with Media Center',
  121: 'Education',
  122: 'Education N',
  125: 'Enterprise LTSC',
  126: 'Enterprise N LTSC',
  161: 'Pro for Workstations',
  175: 'Enterprise multi-session',
};

/** Folds WMI instances and Uninstall entries of one computer into a machine. */
export function bagsToMachine(bags: PropertyBag[], source: CaptureSource): CapturedMachine {
  const machine = createCapturedMachine(source);
  const uninstall: RegistryKey[] = [];
  let systemType = '';
  for (const bag of bags) {
    switch (classifyBag(bag)) {
      case 'os':
        readOs(bag, machine);
        break;
      case 'licensing':
        if (hasProductKey(bag)) machine.activation.push(licensingBagToRecord(bag));
        break;
      case 'uninstall':
        uninstall.push(bagToRegistryKey(bag, uninstall.length));
        break;
      case 'bios':
        machine.serial ||= bagString(bag, 'SerialNumber');
        break;
      case 'computer-system':
        machine.hostname ||= bagString(bag, 'Name') || bagString(bag, 'DNSHostName');
        machine.manufacturer ||= bagString(bag, 'Manufacturer');
        machine.model ||= bagString(bag, 'Model');
        systemType = bagString(bag, 'SystemType');
        machine.machineType ??= machineTypeFromPcSystemType(bagNumber(bag, 'PCSystemType'));
        break;
      case 'computer-system-product':
        machine.uuid ||= normalizeUuid(bagString(bag, 'UUID'));
        machine.serial ||= bagString(bag, 'IdentifyingNumber');
        machine.manufacturer ||= bagString(bag, 'Vendor');
        break;
      case 'enclosure':
        machine.machineType =
          machineTypeFromChassisCode(firstNumber(bag.get('chassistypes'))) ?? machine.machineType;
        break;
      default:
        break;
    }
  }
  machine.arch = archFromHints(systemType, machine.os?.arch ?? '');
  machine.programs = uninstallKeysToPrograms(uninstall);
  return machine;
}

function readOs(bag: PropertyBag, machine: CapturedMachine): void {
  const os = createCapturedOs();
  os.name = bagString(bag, 'Caption');
  os.version = bagString(bag, 'Version');
  os.build = bagString(bag, 'BuildNumber');
  os.productId = bagString(bag, 'SerialNumber');
  os.arch = bagString(bag, 'OSArchitecture');
  const sku = bagNumber(bag, 'OperatingSystemSKU');
  os.edition = sku !== null ? (SKU_EDITIONS[sku] ?? '') : '';
  machine.os = os;
  machine.hostname ||= bagString(bag, 'CSName');
}

function machineTypeFromPcSystemType(code: number | null): CapturedMachine['machineType'] {
  if (code === 1 || code === 3) return 'desktop';
  if (code === 2) return 'laptop';
  if (code === 4 || code === 5 || code === 7) return 'server';
  return null;
}

function firstNumber(value: unknown): number | null {
  if (Array.isArray(value)) return parseInteger(value[0]);
  // wmic prints arrays as {3} or {"3"}.
  const text = cleanText(value).replace(/[{}"]/g, '').split(',')[0] ?? '';
  return parseInteger(text);
}

/** Uninstall entries from PowerShell carry PSPath/PSChildName; make them look like registry keys. */
export function bagToRegistryKey(bag: PropertyBag, index: number): RegistryKey {
  const psPath = bagString(bag, 'PSPath').replace(/^Microsoft\.PowerShell\.Core\\Registry::/i, '');
  const child = bagString(bag, 'PSChildName');
  const path = psPath || (child ? `Uninstall\\${child}` : `Uninstall\\#${index + 1}`);
  const values = new Map<string, string | number | string[]>();
  for (const [name, value] of bag) {
    if (typeof value === 'string' || typeof value === 'number') values.set(name, value);
    else if (typeof value === 'boolean') values.set(name, value ? 1 : 0);
  }
  return { path: /(^|\\)uninstall\\/i.test(path) ? path : `Uninstall\\${path}`, values };
}

/** True when text is `wmic … /format:list`-style output: blocks of Name=Value lines. */
export function isWmiText(text: string): boolean {
  const lines = text.split(/\r?\n/, 200).filter((line) => line.trim() !== '');
  if (lines.length < 3) return false;
  const pairs = lines.filter((line) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(line)).length;
  return pairs / lines.length > 0.9;
}

/** Parses WMI list output (the .wmi dumps: UTF-16, Name=Value, blank lines between instances). */
export function parseWmiText(input: Uint8Array | string): CaptureResult {
  const problems = new ProblemList();
  const { text } = decodeText(input);
  const bags: PropertyBag[] = [];
  let current: PropertyBag | null = null;
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      current = null;
      return;
    }
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) {
      problems.add('problems.wmiBadLine', { line: index + 1 });
      return;
    }
    if (current === null) {
      current = new Map();
      bags.push(current);
    }
    current.set((match[1] ?? '').toLowerCase(), match[2] ?? '');
  });
  const known = bags.filter((bag) => classifyBag(bag) !== 'unknown');
  if (known.length === 0) problems.add('problems.wmiUnrecognized');
  return { machines: [bagsToMachine(bags, 'wmi')], problems: problems.toArray() };
}
