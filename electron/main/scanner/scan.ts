import type { CaptureResult } from '../../../shared/capture/captured';
import { captureProblem } from '../../../shared/capture/captured';
import type { ScanHost } from './scan-host';
import { createNodeScanHost } from './scan-host';
import { scanLinux } from './scan-linux';
import { scanMacos } from './scan-macos';
import { scanWindows } from './scan-windows';

/** Scans the computer this program runs on: OS, hardware ids, installed programs, Windows activation. */
export async function scanThisComputer(host: ScanHost = createNodeScanHost()): Promise<CaptureResult> {
  try {
    switch (host.platform) {
      case 'linux':
        return await scanLinux(host);
      case 'win32':
        return await scanWindows(host);
      case 'darwin':
        return await scanMacos(host);
      default:
        return {
          machines: [],
          problems: [captureProblem('scan.unsupportedPlatform', { platform: host.platform })],
        };
    }
  } catch {
    // Every step already turns its own failures into messages; this guards the unexpected.
    return { machines: [], problems: [captureProblem('scan.commandFailed', { command: host.platform })] };
  }
}
