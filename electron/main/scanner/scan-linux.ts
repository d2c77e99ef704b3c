import type { CapturedMachine, CaptureResult } from '../../../shared/capture/captured';
import { captureProblem, createCapturedMachine } from '../../../shared/capture/captured';
import {
  archFromText,
  machineTypeFromChassisCode,
  normalizeUuid,
  parseInteger,
} from '../../../shared/capture/fields';
import { linuxOsFromReleaseFiles } from '../../../shared/capture/os-release';
import { DPKG_QUERY_FORMAT, parsePackageList, RPM_QUERY_FORMAT } from '../../../shared/capture/packages';
import type { Message } from '../../../shared/i18n';
import type { ScanHost } from './scan-host';
import { commandProblem, labelProblems } from './scan-problems';

const PACKAGE_TIMEOUT_MS = 60_000;
const DMI = '/sys/class/dmi/id';

/** Scans a Linux computer (Kylin, UOS, Debian/Ubuntu, RPM distributions) without root rights. */
export async function scanLinux(host: ScanHost): Promise<CaptureResult> {
  const problems: Message[] = [];
  const machine = createCapturedMachine('scan');
  const machineArch = host.machineArch();
  const [osRelease, fallbackRelease, kyinfo, osVersion] = await Promise.all([
    host.readText('/etc/os-release'),
    host.readText('/usr/lib/os-release'),
    host.readText('/etc/.kyinfo'),
    host.readText('/etc/os-version'),
  ]);
  machine.os = linuxOsFromReleaseFiles(
    { osRelease: osRelease ?? fallbackRelease, kyinfo, osVersion },
    machineArch,
  );
  machine.hostname = host.hostname();
  machine.arch = archFromText(machineArch);
  await readDmi(host, machine);
  // product_serial and product_uuid are readable by root only on most distributions.
  if (machine.serial === '' && machine.uuid === '')
    problems.push(captureProblem('scan.hardwareIdsUnreadable'));
  const packages = await listPackages(host);
  problems.push(...packages.problems);
  machine.programs = packages.machine?.programs ?? [];
  return { machines: [machine], problems };
}

async function readDmi(host: ScanHost, machine: CapturedMachine): Promise<void> {
  const read = async (name: string): Promise<string> =>
    ((await host.readText(`${DMI}/${name}`)) ?? '').trim();
  const [serial, uuid, vendor, product, chassis] = await Promise.all([
    read('product_serial'),
    read('product_uuid'),
    read('sys_vendor'),
    read('product_name'),
    read('chassis_type'),
  ]);
  machine.serial = serial;
  machine.uuid = normalizeUuid(uuid);
  machine.manufacturer = vendor;
  machine.model = product;
  machine.machineType = machineTypeFromChassisCode(parseInteger(chassis));
}

interface PackageListing {
  machine: CapturedMachine | undefined;
  problems: Message[];
}

async function listPackages(host: ScanHost): Promise<PackageListing> {
  const dpkg = await host.run('dpkg-query', ['-W', `-f=${DPKG_QUERY_FORMAT}`], PACKAGE_TIMEOUT_MS);
  if (dpkg.ok && dpkg.stdout.length > 0) {
    const result = parsePackageList(dpkg.stdout, 'dpkg-plain');
    return { machine: result.machines[0], problems: labelProblems(result.problems, 'dpkg-query -W') };
  }
  const rpm = await host.run('rpm', ['-qa', '--queryformat', RPM_QUERY_FORMAT], PACKAGE_TIMEOUT_MS);
  if (rpm.ok) {
    const result = parsePackageList(rpm.stdout, 'rpm');
    return { machine: result.machines[0], problems: labelProblems(result.problems, 'rpm -qa') };
  }
  if (!dpkg.ok && dpkg.reason === 'missing' && !rpm.ok && rpm.reason === 'missing') {
    return { machine: undefined, problems: [captureProblem('scan.noPackageManager')] };
  }
  const problem =
    !dpkg.ok && dpkg.reason !== 'missing'
      ? commandProblem('dpkg-query -W', dpkg, PACKAGE_TIMEOUT_MS)
      : commandProblem('rpm -qa', rpm, PACKAGE_TIMEOUT_MS);
  return { machine: undefined, problems: problem ? [problem] : [] };
}
