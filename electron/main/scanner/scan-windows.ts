import type { CapturedMachine, CaptureResult } from '../../../shared/capture/captured';
import { captureProblem, createCapturedMachine } from '../../../shared/capture/captured';
import { decodeText } from '../../../shared/capture/decode-text';
import { archFromHints } from '../../../shared/capture/fields';
import { mergeCapturedMachines } from '../../../shared/capture/merge';
import { parsePowerShellValue } from '../../../shared/capture/powershell-json';
import { parseRegQuery } from '../../../shared/capture/registry-query';
import type { Message } from '../../../shared/i18n';
import type { ScanHost } from './scan-host';
import { commandProblem, labelProblems } from './scan-problems';

const REG_TIMEOUT_MS = 30_000;
const WMI_TIMEOUT_MS = 45_000;
// Licensing queries wake the Software Protection service and can take a while.
const LICENSING_TIMEOUT_MS = 90_000;

/** Uninstall keys in both registry views and the current user's; a missing key is not a problem. */
const UNINSTALL_KEYS = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
];
const MACHINE_KEYS = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName',
];

const HARDWARE_SCRIPT = `
[Console]::OutputEncoding = [Text.Encoding]::UTF8
$items = @()
$items += Get-WmiObject Win32_OperatingSystem -ErrorAction SilentlyContinue | Select-Object __CLASS,Caption,Version,BuildNumber,OSArchitecture,SerialNumber,OperatingSystemSKU,CSName
$items += Get-WmiObject Win32_ComputerSystem -ErrorAction SilentlyContinue | Select-Object __CLASS,Name,Manufacturer,Model,SystemType,PCSystemType
$items += Get-WmiObject Win32_BIOS -ErrorAction SilentlyContinue | Select-Object __CLASS,SerialNumber,SMBIOSBIOSVersion
$items += Get-WmiObject Win32_ComputerSystemProduct -ErrorAction SilentlyContinue | Select-Object __CLASS,UUID,IdentifyingNumber,Vendor
$items += Get-WmiObject Win32_SystemEnclosure -ErrorAction SilentlyContinue | Select-Object __CLASS,ChassisTypes
ConvertTo-Json -InputObject @($items) -Depth 3 -Compress
`;

const LICENSING_SCRIPT = `
[Console]::OutputEncoding = [Text.Encoding]::UTF8
$fields = '__CLASS','Name','Description','ApplicationID','LicenseStatus','PartialProductKey','ProductKeyChannel','ProductKeyID','ProductKeyID2','KeyManagementServiceMachine','KeyManagementServicePort','DiscoveredKeyManagementServiceMachineName','DiscoveredKeyManagementServiceMachineIpAddress','DiscoveredKeyManagementServiceMachinePort'
$items = @()
$items += Get-WmiObject SoftwareLicensingProduct -Filter 'PartialProductKey IS NOT NULL' -ErrorAction SilentlyContinue | Select-Object $fields
$items += Get-WmiObject OfficeSoftwareProtectionProduct -Filter 'PartialProductKey IS NOT NULL' -ErrorAction SilentlyContinue | Select-Object $fields
ConvertTo-Json -InputObject @($items) -Depth 3 -Compress
`;

/** Scans a Windows computer: reg query for programs and OS, PowerShell/WMI for hardware and licensing. */
export async function scanWindows(host: ScanHost): Promise<CaptureResult> {
  const system32 = `${host.env.SystemRoot ?? host.env.windir ?? 'C:\\Windows'}\\System32`;
  const reg = `${system32}\\reg.exe`;
  const powershell = `${system32}\\WindowsPowerShell\\v1.0\\powershell.exe`;
  const problems: Message[] = [];
  const regQuery = async (key: string, isRecursive: boolean): Promise<CapturedMachine | null> => {
    const args = isRecursive ? ['query', key, '/s'] : ['query', key];
    const result = await host.run(reg, args, REG_TIMEOUT_MS);
    const label = `reg query "${key}"`;
    if (!result.ok) {
      // Exit code 1 means the key does not exist (no 32-bit view, nothing per user): nothing to report.
      const problem = result.exitCode === 1 ? null : commandProblem(label, result, REG_TIMEOUT_MS);
      if (problem) problems.push(problem);
      return null;
    }
    const parsed = parseRegQuery(result.stdout);
    problems.push(
      ...labelProblems(
        parsed.problems.filter((p) => !p.key.endsWith('regNoKeys')),
        label,
      ),
    );
    return parsed.machines[0] ?? null;
  };
  const powerShell = async (
    label: string,
    script: string,
    timeoutMs: number,
  ): Promise<CapturedMachine | null> => {
    const encoded = Buffer.from(script, 'utf16le').toString('base64');
    const args = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded];
    const result = await host.run(powershell, args, timeoutMs);
    const problem = commandProblem(label, result, timeoutMs);
    if (problem || !result.ok) {
      if (problem) problems.push(problem);
      return null;
    }
    try {
      return parsePowerShellValue(JSON.parse(decodeText(result.stdout).text)).machines[0] ?? null;
    } catch {
      problems.push(captureProblem('scan.commandFailed', { command: label }));
      return null;
    }
  };
  const parts = await Promise.all([
    ...MACHINE_KEYS.map((key) => regQuery(key, false)),
    ...UNINSTALL_KEYS.map((key) => regQuery(key, true)),
    powerShell(
      'Get-WmiObject Win32_OperatingSystem, Win32_ComputerSystem, Win32_BIOS',
      HARDWARE_SCRIPT,
      WMI_TIMEOUT_MS,
    ),
    powerShell('Get-WmiObject SoftwareLicensingProduct', LICENSING_SCRIPT, LICENSING_TIMEOUT_MS),
  ]);
  const found = parts.filter((part): part is CapturedMachine => part !== null);
  const machine = found.length > 0 ? mergeCapturedMachines(found, 'scan') : createCapturedMachine('scan');
  machine.hostname ||= host.hostname();
  if (machine.arch === 'other') machine.arch = archFromHints(host.machineArch());
  return { machines: [machine], problems };
}
