import type { CapturedMachine, CapturedProgram, CaptureResult } from './captured';
import { createCapturedMachine, createCapturedOs } from './captured';
import { classifyMacApplication } from './classify';
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
import { ProblemList } from './problems';

/** True when text looks like `system_profiler SPApplicationsDataType` plain output. */
export function isSystemProfilerText(text: string): boolean {
  const head = text.slice(0, 4000);
  return (
    /^\S[^\n]*:\s*$/m.test(head) &&
    /^ {4}\S[^\n]*:\s*$/m.test(head) &&
    /^ {6}(Location|Version): /m.test(text)
  );
}

/** Parses `system_profiler SPApplicationsDataType` text: one program per application. */
export function parseSystemProfilerText(input: Uint8Array | string): CaptureResult {
  const problems = new ProblemList();
  const { text } = decodeText(input);
  const programs: CapturedProgram[] = [];
  let current: { name: string; fields: Map<string, string> } | null = null;
  const flush = (): void => {
    if (current) programs.push(appToProgram(current.name, current.fields));
    current = null;
  };
  for (const line of text.split(/\r\n|\n|\r/)) {
    const name = /^ {4}(\S.*):\s*$/.exec(line);
    if (name) {
      flush();
      current = { name: (name[1] ?? '').trim(), fields: new Map() };
      continue;
    }
    const field = /^ {6,}([^:]+):\s?(.*)$/.exec(line);
    if (field && current) current.fields.set((field[1] ?? '').trim().toLowerCase(), (field[2] ?? '').trim());
  }
  flush();
  const machine = createCapturedMachine('macos-text');
  machine.programs = markDuplicates(programs);
  if (programs.length === 0) problems.add('problems.macosNoApplications');
  return { machines: [machine], problems: problems.toArray() };
}

function appToProgram(name: string, fields: Map<string, string>): CapturedProgram {
  const path = fields.get('location') ?? '';
  const kind = classifyMacApplication(path);
  return {
    name,
    version: fields.get('version') ?? '',
    publisher: publisherFrom(fields.get('obtained from') ?? '', fields.get('signed by') ?? ''),
    installDate: '',
    kind,
    hidden: kind !== 'application',
    rawId: path || name,
    arch: fields.get('kind') ?? '',
    duplicateOf: null,
  };
}

function publisherFrom(obtainedFrom: string, signedBy: string): string {
  const developer = /Developer ID Application:\s*([^,(]+)/.exec(signedBy);
  if (developer?.[1]) return developer[1].trim();
  if (/^apple$/i.test(obtainedFrom.trim())) return 'Apple';
  return '';
}

/** True when a parsed JSON value is `system_profiler -json` output. */
export function isSystemProfilerValue(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return ['SPApplicationsDataType', 'SPSoftwareDataType', 'SPHardwareDataType'].some((key) =>
    Object.hasOwn(value, key),
  );
}

/** Parses `system_profiler -json SPApplicationsDataType [SPSoftwareDataType SPHardwareDataType]`. */
export function parseSystemProfilerValue(value: unknown): CaptureResult {
  const problems = new ProblemList();
  const machine = createCapturedMachine('macos-json');
  const sections = value !== null && typeof value === 'object' ? value : {};
  const programs: CapturedProgram[] = [];
  for (const app of sectionItems(sections, 'SPApplicationsDataType')) programs.push(jsonAppToProgram(app));
  machine.programs = markDuplicates(programs);
  const software = sectionItems(sections, 'SPSoftwareDataType')[0];
  if (software) readSoftwareOverview(software, machine);
  const hardware = sectionItems(sections, 'SPHardwareDataType')[0];
  if (hardware) readHardwareOverview(hardware, machine);
  if (programs.length === 0 && !software && !hardware) problems.add('problems.macosNoApplications');
  return { machines: [machine], problems: problems.toArray() };
}

type Item = Record<string, unknown>;

function sectionItems(sections: object, name: string): Item[] {
  const list: unknown = Object.hasOwn(sections, name) ? Reflect.get(sections, name) : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is Item => item !== null && typeof item === 'object' && !Array.isArray(item),
  );
}

function jsonAppToProgram(app: Item): CapturedProgram {
  const path = cleanText(app.path);
  const kind = classifyMacApplication(path);
  const signedBy = Array.isArray(app.signed_by) ? app.signed_by.map(cleanText).join(', ') : '';
  return {
    name: cleanText(app._name) || path,
    version: cleanText(app.version),
    publisher: publisherFrom(cleanText(app.obtained_from), signedBy),
    installDate: normalizeInstallDate(cleanText(app.lastModified)),
    kind,
    hidden: kind !== 'application',
    rawId: path || cleanText(app._name),
    arch: cleanText(app.arch_kind),
    duplicateOf: null,
  };
}

function readSoftwareOverview(item: Item, machine: CapturedMachine): void {
  const osVersion = cleanText(item.os_version);
  const match = /^(.*?)\s+(\d+(?:\.\d+)*)\s*(?:\((\w+)\))?$/.exec(osVersion);
  const os = createCapturedOs();
  os.name = match ? `${match[1]} ${match[2]}` : osVersion;
  os.version = match?.[2] ?? '';
  os.build = match?.[3] ?? '';
  machine.os = os;
  machine.hostname ||= cleanText(item.local_host_name);
}

function readHardwareOverview(item: Item, machine: CapturedMachine): void {
  machine.serial = cleanText(item.serial_number);
  machine.uuid = normalizeUuid(cleanText(item.platform_UUID));
  machine.manufacturer = 'Apple';
  machine.model = cleanText(item.machine_model) || cleanText(item.machine_name);
  machine.machineType = machineTypeFromChassisName(cleanText(item.machine_name));
  machine.arch = archFromHints(cleanText(item.chip_type), cleanText(item.cpu_type));
  if (machine.os) machine.os.arch = machine.arch === 'arm' ? 'arm64' : machine.arch === 'x86' ? 'x86_64' : '';
}

/** Parses `system_profiler -json` bytes. */
export function parseSystemProfilerJson(input: Uint8Array | string): CaptureResult {
  return parseJsonInput(input, parseSystemProfilerValue);
}
