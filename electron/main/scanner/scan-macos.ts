import type { CaptureResult } from '../../../shared/capture/captured';
import { captureProblem, createCapturedMachine, createCapturedOs } from '../../../shared/capture/captured';
import { decodeText } from '../../../shared/capture/decode-text';
import { archFromText } from '../../../shared/capture/fields';
import { parseSystemProfilerValue } from '../../../shared/capture/macos';
import { parseKeyValueFile } from '../../../shared/capture/os-release';
import type { Message } from '../../../shared/i18n';
import type { ScanHost } from './scan-host';
import { commandProblem, labelProblems } from './scan-problems';

// Listing applications walks every disk and may take minutes on a full machine.
const PROFILER_TIMEOUT_MS = 180_000;
const SW_VERS_TIMEOUT_MS = 10_000;
const PROFILER = '/usr/sbin/system_profiler';

/** Scans a Mac: system_profiler -json for hardware, OS and applications, sw_vers as a fallback. */
export async function scanMacos(host: ScanHost): Promise<CaptureResult> {
  const problems: Message[] = [];
  const args = ['-json', 'SPSoftwareDataType', 'SPHardwareDataType', 'SPApplicationsDataType'];
  const label = 'system_profiler -json';
  const profiler = await host.run(PROFILER, args, PROFILER_TIMEOUT_MS);
  let machine = createCapturedMachine('scan');
  if (profiler.ok) {
    try {
      const parsed = parseSystemProfilerValue(JSON.parse(decodeText(profiler.stdout).text));
      problems.push(...labelProblems(parsed.problems, label));
      machine = { ...(parsed.machines[0] ?? machine), source: 'scan' };
    } catch {
      problems.push(captureProblem('scan.commandFailed', { command: label }));
    }
  } else {
    const problem = commandProblem(label, profiler, PROFILER_TIMEOUT_MS);
    if (problem) problems.push(problem);
  }
  if (machine.os === null) {
    const swVers = await host.run('/usr/bin/sw_vers', [], SW_VERS_TIMEOUT_MS);
    if (swVers.ok) {
      // sw_vers prints "ProductName:\tmacOS"; turn it into KEY=value lines.
      const values = parseKeyValueFile(decodeText(swVers.stdout).text.replace(/^(\w+):\s*/gm, '$1='));
      const os = createCapturedOs();
      os.name = `${values.get('ProductName') ?? 'macOS'} ${values.get('ProductVersion') ?? ''}`.trim();
      os.version = values.get('ProductVersion') ?? '';
      os.build = values.get('BuildVersion') ?? '';
      machine.os = os;
    }
  }
  machine.hostname ||= host.hostname();
  if (machine.arch === 'other') machine.arch = archFromText(host.machineArch());
  return { machines: [machine], problems };
}
