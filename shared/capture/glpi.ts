import type {
  ActivationRecord,
  CapturedMachine,
  CapturedProgram,
  CaptureResult,
  CaptureSource,
} from './captured';
import { createCapturedMachine, createCapturedOs } from './captured';
import { classifyMacApplication, classifyPackage, classifyWindowsEntry } from './classify';
import { decodeText } from './decode-text';
import { markDuplicates } from './dedupe';
import {
  archFromHints,
  cleanText,
  machineTypeFromChassisName,
  normalizeInstallDate,
  normalizeUuid,
} from './fields';
import { parseJsonInput } from './json-input';
import { isOemProductId, targetFromLicensing } from './licensing';
import { ProblemList } from './problems';
import type { XmlError } from './xml-reader';
import { childNamed, readXml, xmlToPlain } from './xml-reader';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function field(object: unknown, name: string): unknown {
  return isPlain(object) && Object.hasOwn(object, name) ? object[name] : undefined;
}

function text(object: unknown, name: string): string {
  return cleanText(field(object, name));
}

// The agent's XML repeats an element per entry; one entry therefore reads as an object, not an array.
function list(value: unknown): Plain[] {
  if (Array.isArray(value)) return value.filter(isPlain);
  return isPlain(value) ? [value] : [];
}

/** True when a parsed JSON value is a GLPI inventory (`glpi-agent --local --json`). */
export function isGlpiValue(value: unknown): boolean {
  const content = field(value, 'content');
  return (
    isPlain(content) &&
    ['hardware', 'bios', 'operatingsystem', 'softwares'].some((key) => Object.hasOwn(content, key))
  );
}

/** Reads a GLPI JSON inventory (already parsed) into one machine. */
export function parseGlpiValue(value: unknown): CaptureResult {
  const problems = new ProblemList();
  const content = field(value, 'content');
  if (!isPlain(content)) {
    problems.add('problems.glpiNoContent');
    return { machines: [], problems: problems.toArray() };
  }
  return { machines: [glpiContentToMachine(content, 'glpi-json')], problems: problems.toArray() };
}

/** True when text is a GLPI / FusionInventory agent XML inventory. */
export function isGlpiXmlText(text: string): boolean {
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<REQUEST\b/.test(text.slice(0, 2000));
}

const XML_PROBLEMS: Record<XmlError, string> = {
  doctype: 'problems.xmlDoctype',
  malformed: 'problems.xmlMalformed',
  'too-large': 'problems.xmlTooLarge',
  'too-deep': 'problems.xmlTooDeep',
  'too-many-elements': 'problems.xmlTooManyElements',
};

/** Parses the agent's XML inventory (REQUEST/CONTENT/…) with the safe XML reader. */
export function parseGlpiXml(input: Uint8Array | string): CaptureResult {
  const problems = new ProblemList();
  const { text: xml } = decodeText(input);
  const read = readXml(xml);
  if (!read.ok) {
    problems.add(XML_PROBLEMS[read.error], { line: read.line });
    return { machines: [], problems: problems.toArray() };
  }
  const content = childNamed(read.root, 'CONTENT');
  if (read.root.name.toUpperCase() !== 'REQUEST' || !content) {
    problems.add('problems.glpiNoContent');
    return { machines: [], problems: problems.toArray() };
  }
  const plain = xmlToPlain(content);
  return {
    machines: [glpiContentToMachine(isPlain(plain) ? plain : {}, 'glpi-xml')],
    problems: problems.toArray(),
  };
}

/** Maps the inventory content (hardware, bios, operatingsystem, softwares, licenseinfos, antivirus). */
export function glpiContentToMachine(content: Plain, source: CaptureSource): CapturedMachine {
  const machine = createCapturedMachine(source);
  const hardware = field(content, 'hardware');
  const bios = field(content, 'bios');
  const osInfo = field(content, 'operatingsystem');
  machine.hostname = text(hardware, 'name') || (text(osInfo, 'fqdn').split('.')[0] ?? '');
  machine.uuid = normalizeUuid(text(hardware, 'uuid'));
  machine.serial = text(bios, 'ssn') || text(bios, 'enclosureserial') || text(bios, 'biosserial');
  machine.manufacturer = text(bios, 'smanufacturer') || text(bios, 'mmanufacturer');
  machine.model = text(bios, 'smodel') || text(bios, 'mmodel');
  machine.machineType = machineTypeFromChassisName(text(hardware, 'chassis_type'));
  const cpu = list(field(content, 'cpus'))[0];
  machine.arch = archFromHints(text(osInfo, 'arch'), text(cpu, 'arch'), text(hardware, 'archname'));
  machine.os = readOs(hardware, osInfo);
  machine.programs = markDuplicates(readPrograms(content));
  machine.activation = readLicences(content, machine);
  return machine;
}

function readOs(hardware: unknown, osInfo: unknown): CapturedMachine['os'] {
  const name = text(osInfo, 'full_name') || text(hardware, 'osname') || text(osInfo, 'name');
  if (name === '') return null;
  const os = createCapturedOs();
  os.name = name;
  const kernel = text(osInfo, 'kernel_version') || text(hardware, 'osversion');
  const isWindows = /windows/i.test(name);
  os.version = isWindows ? kernel : text(osInfo, 'version') || kernel;
  os.build = isWindows ? (kernel.split('.')[2] ?? '') : '';
  os.productId = text(hardware, 'winprodid');
  os.arch = text(osInfo, 'arch');
  return os;
}

const PACKAGE_SOURCES =
  /^(rpm|deb|dpkg|pacman|snap|flatpak|apk|portage|slackware|pkgng|pkgsrc|nix|brew|ports)$/i;

function readPrograms(content: Plain): CapturedProgram[] {
  const programs = list(field(content, 'softwares')).map(softwareToProgram);
  const names = new Set(programs.map((program) => program.name.toLowerCase()));
  // Security products may be listed only under ANTIVIRUS; they matter for the security category.
  for (const antivirus of list(field(content, 'antivirus'))) {
    const name = text(antivirus, 'name');
    if (name === '' || names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    programs.push({
      name,
      version: text(antivirus, 'version'),
      publisher: text(antivirus, 'company'),
      installDate: '',
      kind: 'application',
      hidden: false,
      rawId: `antivirus:${text(antivirus, 'guid') || name}`,
      arch: '',
      duplicateOf: null,
    });
  }
  return programs;
}

function softwareToProgram(software: Plain): CapturedProgram {
  const name = text(software, 'name') || text(software, 'guid');
  const from = text(software, 'from');
  const category = text(software, 'system_category');
  const kind = PACKAGE_SOURCES.test(from)
    ? classifyPackage({ name, section: category, priority: '' })
    : /^(system|library|developer)\//i.test(category) && from === ''
      ? classifyMacApplication(`/${category}/`)
      : classifyWindowsEntry({
          name,
          keyName: text(software, 'guid'),
          publisher: text(software, 'publisher'),
          parentKeyName: '',
          releaseType: text(software, 'release_type') || (/update|hotfix/i.test(category) ? 'update' : ''),
          isSystemComponent: /system.?component/i.test(category),
          isMinorUpgrade: false,
        });
  return {
    name,
    version: text(software, 'version'),
    publisher: text(software, 'publisher'),
    installDate: normalizeInstallDate(text(software, 'install_date') || text(software, 'installdate')),
    kind,
    hidden: kind !== 'application',
    rawId: text(software, 'guid') || `${from || 'software'}:${name}`,
    arch: text(software, 'arch'),
    duplicateOf: null,
  };
}

function readLicences(content: Plain, machine: CapturedMachine): ActivationRecord[] {
  const records: ActivationRecord[] = [];
  for (const licence of list(field(content, 'licenseinfos'))) {
    const name = text(licence, 'fullname') || text(licence, 'name');
    const productId = text(licence, 'productid');
    const isOem = text(licence, 'oem') === '1' || isOemProductId(productId);
    records.push(glpiRecord(name, productId, isOem, text(licence, 'key')));
  }
  const hardware = field(content, 'hardware');
  const winProductId = text(hardware, 'winprodid');
  if (winProductId !== '' && machine.os) {
    records.push(
      glpiRecord(machine.os.name, winProductId, isOemProductId(winProductId), text(hardware, 'winprodkey')),
    );
  }
  return records;
}

// Only the last five characters of a key are kept, as Windows itself shows them: a ledger is no key store.
function glpiRecord(name: string, productId: string, isOem: boolean, key: string): ActivationRecord {
  const target = /^microsoft windows|^windows/i.test(name) ? 'os' : targetFromLicensing(name, '', '');
  return {
    name,
    description: '',
    target,
    channel: isOem ? 'oem' : 'unknown',
    licenseStatus: null,
    status: 'unknown',
    partialProductKey: key.replace(/[^A-Za-z0-9]/g, '').slice(-5),
    kmsHost: '',
    kmsPort: null,
    productId,
  };
}

/** Parses a GLPI JSON inventory from bytes. */
export function parseGlpiJson(input: Uint8Array | string): CaptureResult {
  return parseJsonInput(input, parseGlpiValue);
}
