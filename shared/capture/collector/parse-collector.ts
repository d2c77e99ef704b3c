import type { ActivationRecord, CapturedProgram, CaptureResult } from '../captured';
import { createCapturedMachine } from '../captured';
import { classifyPackage, classifyWindowsEntry } from '../classify';
import { markDuplicates } from '../dedupe';
import { archFromHints, machineTypeFromChassisCode, normalizeInstallDate, normalizeUuid } from '../fields';
import { parseJsonInput } from '../json-input';
import { channelFromLicensing, licenseStatusToActivation, targetFromLicensing } from '../licensing';
import { isPackageInstalled } from '../packages';
import { ProblemList } from '../problems';
import type { CollectorFile, CollectorLicence, CollectorProgram } from './collector-schema';
import { COLLECTOR_FORMAT, COLLECTOR_VERSION, collectorFileSchema } from './collector-schema';

/** True when a parsed JSON value claims to be a collector file (checked fully by parseCollectorValue). */
export function isCollectorValue(value: unknown): boolean {
  return value !== null && typeof value === 'object' && Reflect.get(value, 'format') === COLLECTOR_FORMAT;
}

/** Validates and converts a collector file (already parsed from JSON) into one machine. */
export function parseCollectorValue(value: unknown): CaptureResult {
  const problems = new ProblemList();
  const version = value !== null && typeof value === 'object' ? Reflect.get(value, 'version') : undefined;
  if (typeof version === 'number' && version > COLLECTOR_VERSION) {
    problems.add('problems.collectorNewerVersion', { version, supported: COLLECTOR_VERSION });
    return { machines: [], problems: problems.toArray() };
  }
  const parsed = collectorFileSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) {
      problems.add('problems.collectorInvalid', { path: issue.path.join('.') || '/' });
    }
    return { machines: [], problems: problems.toArray() };
  }
  return { machines: [collectorToMachine(parsed.data)], problems: problems.toArray() };
}

function collectorToMachine(file: CollectorFile): CaptureResult['machines'][number] {
  const machine = createCapturedMachine('collector');
  machine.hostname = file.hostname.trim();
  machine.uuid = normalizeUuid(file.uuid);
  machine.serial = file.serial.trim();
  machine.manufacturer = file.manufacturer.trim();
  machine.model = file.model.trim();
  machine.machineType = machineTypeFromChassisCode(file.chassisType);
  machine.arch = archFromHints(file.arch, file.os.arch);
  machine.os = file.os.name.trim() === '' ? null : { ...file.os };
  const toProgram = file.platform === 'windows' ? windowsProgram : linuxProgram;
  machine.programs = markDuplicates(
    file.programs
      .filter((program) => file.platform === 'windows' || isPackageInstalled(program.status))
      .map(toProgram),
  );
  machine.activation = file.licences
    .filter((licence) => licence.partialProductKey !== '')
    .map(licenceToRecord);
  return machine;
}

function windowsProgram(program: CollectorProgram): CapturedProgram {
  const keyName = program.key.slice(program.key.lastIndexOf('\\') + 1);
  const name = program.name.trim() || keyName;
  const kind = classifyWindowsEntry({
    name,
    keyName,
    publisher: program.publisher,
    parentKeyName: program.parentKeyName.trim(),
    releaseType: program.releaseType,
    isSystemComponent: program.systemComponent,
    isMinorUpgrade: false,
  });
  return baseProgram(program, name, kind);
}

function linuxProgram(program: CollectorProgram): CapturedProgram {
  const kind = classifyPackage({ name: program.name, section: program.section, priority: program.priority });
  return baseProgram(program, program.name.trim(), kind);
}

function baseProgram(
  program: CollectorProgram,
  name: string,
  kind: CapturedProgram['kind'],
): CapturedProgram {
  return {
    name,
    version: program.version.trim(),
    publisher: program.publisher.replace(/\s*<[^>]*>\s*$/, '').trim(),
    installDate: normalizeInstallDate(program.installDate),
    kind,
    hidden: kind !== 'application',
    rawId: program.key || name,
    arch: program.arch,
    duplicateOf: null,
  };
}

function licenceToRecord(licence: CollectorLicence): ActivationRecord {
  const port =
    [licence.kmsPort, licence.discoveredKmsPort].find((value) => value !== null && value > 0) ?? null;
  return {
    name: licence.name,
    description: licence.description,
    target: targetFromLicensing(licence.name, licence.description, licence.applicationId),
    channel: channelFromLicensing(licence.productKeyChannel, licence.description, licence.productKeyId),
    licenseStatus: licence.licenseStatus,
    status: licenseStatusToActivation(licence.licenseStatus),
    partialProductKey: licence.partialProductKey,
    kmsHost: licence.kmsMachine || licence.discoveredKmsName || licence.discoveredKmsIp,
    kmsPort: port,
    productId: licence.productKeyId,
  };
}

/** Parses a collector file from bytes. */
export function parseCollectorJson(input: Uint8Array | string): CaptureResult {
  return parseJsonInput(input, parseCollectorValue);
}
