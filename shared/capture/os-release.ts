import type { CapturedOs } from './captured';
import { createCapturedOs } from './captured';

/** Reads KEY=value lines (os-release, /etc/os-version) into a map, quotes and escapes removed. */
export function parseKeyValueFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*(?:\[[A-Za-z_]+\])?)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1]) continue;
    values.set(match[1], unquote(match[2] ?? ''));
  }
  return values;
}

function unquote(value: string): string {
  const quoted = /^"(.*)"$/.exec(value) ?? /^'(.*)'$/.exec(value);
  return quoted ? (quoted[1] ?? '').replace(/\\(["'$`\\])/g, '$1') : value;
}

/** Reads one section of an ini file such as Kylin's /etc/.kyinfo ([dist] milestone=…). */
export function parseIniSection(text: string, section: string): Map<string, string> {
  const values = new Map<string, string>();
  let inside = false;
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      inside = header[1]?.trim() === section;
      continue;
    }
    const pair = /^\s*([^=#;]+?)\s*=\s*(.*?)\s*$/.exec(line);
    if (inside && pair?.[1]) values.set(pair[1], pair[2] ?? '');
  }
  return values;
}

/** The files a Linux OS describes itself in; any may be missing (null). */
export interface LinuxReleaseFiles {
  osRelease: string | null;
  /** Kylin: /etc/.kyinfo. */
  kyinfo: string | null;
  /** UOS / Deepin: /etc/os-version. */
  osVersion: string | null;
}

/** The OS record of a Linux machine from os-release, refined by Kylin's and UOS's own files. */
export function linuxOsFromReleaseFiles(files: LinuxReleaseFiles, machineArch: string): CapturedOs | null {
  const release = parseKeyValueFile(files.osRelease ?? '');
  const kylin = parseIniSection(files.kyinfo ?? '', 'dist');
  const uos = parseKeyValueFile(files.osVersion ?? '');
  const name = release.get('PRETTY_NAME') || release.get('NAME') || '';
  if (name === '') return null;
  const os = createCapturedOs();
  os.name = name;
  os.version = release.get('VERSION_ID') ?? '';
  os.edition =
    kylin.get('milestone') ||
    uos.get('EditionName[zh_CN]') ||
    uos.get('EditionName') ||
    release.get('VARIANT') ||
    '';
  os.build = uos.get('MinorVersion') || release.get('BUILD_ID') || '';
  os.arch = machineArch;
  return os;
}
