import { LINUX_COLLECTOR_SCRIPT, LINUX_SCRIPT_NAME } from './linux-script';
import { COLLECTOR_README_ZH, README_NAME } from './readme-zh';
import {
  WINDOWS_COLLECTOR_LAUNCHER,
  WINDOWS_COLLECTOR_SCRIPT,
  WINDOWS_LAUNCHER_NAME,
  WINDOWS_SCRIPT_NAME,
} from './windows-script';

export * from './collector-schema';
export { LINUX_COLLECTOR_SCRIPT, LINUX_SCRIPT_NAME } from './linux-script';
export { isCollectorValue, parseCollectorJson, parseCollectorValue } from './parse-collector';
export { COLLECTOR_README_ZH, README_NAME } from './readme-zh';
export {
  WINDOWS_COLLECTOR_LAUNCHER,
  WINDOWS_COLLECTOR_SCRIPT,
  WINDOWS_LAUNCHER_NAME,
  WINDOWS_SCRIPT_NAME,
} from './windows-script';

/** One file to put on the collector stick. */
export interface CollectorStickFile {
  name: string;
  text: string;
  /** Write a UTF-8 BOM first: PowerShell 2.0 and old Notepad need it to read UTF-8 Chinese text. */
  hasBom: boolean;
  /** Mark executable where the file system allows it (the shell script). */
  isExecutable: boolean;
}

/** Everything the program writes to a USB stick for offline collection. */
export function listCollectorStickFiles(): CollectorStickFile[] {
  return [
    { name: WINDOWS_LAUNCHER_NAME, text: WINDOWS_COLLECTOR_LAUNCHER, hasBom: false, isExecutable: false },
    { name: WINDOWS_SCRIPT_NAME, text: WINDOWS_COLLECTOR_SCRIPT, hasBom: true, isExecutable: false },
    { name: LINUX_SCRIPT_NAME, text: LINUX_COLLECTOR_SCRIPT, hasBom: false, isExecutable: true },
    {
      name: README_NAME,
      text: COLLECTOR_README_ZH.replace(/\r?\n/g, '\r\n'),
      hasBom: true,
      isExecutable: false,
    },
  ];
}
