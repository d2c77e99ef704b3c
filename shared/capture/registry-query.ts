import type { CaptureResult } from './captured';
import { createCapturedMachine } from './captured';
import { decodeText } from './decode-text';
import { ProblemList } from './problems';
import type { RegistryKey } from './uninstall-entries';
import { readRegistryMachineFacts, uninstallKeysToPrograms } from './uninstall-entries';

const KEY_LINE = /^(HKEY_[A-Z_]+|HKLM|HKCU|HKU|HKCR|HKCC)(\\.*)?$/;
const VALUE_LINE = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

/** True when text looks like `reg query` output: a bare HKEY_… path on its own line. */
export function isRegQueryText(text: string): boolean {
  const first = text.split(/\r?\n/, 20).find((line) => line.trim() !== '');
  return first !== undefined && KEY_LINE.test(first.trim());
}

/** Parses `reg query <Uninstall key> /s` output (any console code page, GBK on Chinese Windows). */
export function parseRegQuery(input: Uint8Array | string): CaptureResult {
  const problems = new ProblemList();
  const { text } = decodeText(input);
  const keys = readRegQueryKeys(text, problems);
  if (keys.length === 0) problems.add('problems.regNoKeys');
  const machine = createCapturedMachine('reg-query');
  const facts = readRegistryMachineFacts(keys);
  machine.hostname = facts.hostname;
  machine.os = facts.os;
  machine.programs = uninstallKeysToPrograms(keys);
  return { machines: [machine], problems: problems.toArray() };
}

/** Reads the keys and values of `reg query` output; lines that fit nowhere are reported. */
export function readRegQueryKeys(text: string, problems: ProblemList): RegistryKey[] {
  const keys: RegistryKey[] = [];
  let current: RegistryKey | null = null;
  let lastString: { key: RegistryKey; name: string } | null = null;
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trimEnd();
    if (line === '') {
      lastString = null;
      continue;
    }
    if (KEY_LINE.test(line)) {
      current = { path: line, values: new Map() };
      keys.push(current);
      lastString = null;
      continue;
    }
    const value = VALUE_LINE.exec(raw) ?? VALUE_LINE.exec(line);
    if (value && current) {
      const name = isDefaultName(value[1] ?? '') ? '' : (value[1] ?? '');
      const data = readQueryData(value[2] ?? '', value[3] ?? '');
      if (data !== undefined) current.values.set(name.toLowerCase(), data);
      lastString = value[2] === 'REG_SZ' || value[2] === 'REG_EXPAND_SZ' ? { key: current, name } : null;
      continue;
    }
    // A REG_SZ holding a newline continues on the next line without indentation.
    if (lastString) {
      const previous = lastString.key.values.get(lastString.name.toLowerCase());
      if (typeof previous === 'string')
        lastString.key.values.set(lastString.name.toLowerCase(), `${previous}\n${line}`);
      continue;
    }
    // "End of search: 12 match(es) found." and its translations close a /f search.
    if (/^\S.*:\s*\d+/.test(line) && current !== null) continue;
    problems.add('problems.regBadLine', { line: i + 1 });
  }
  return keys;
}

function isDefaultName(name: string): boolean {
  return /^\(.+\)$/.test(name.trim()) || name.trim() === '';
}

function readQueryData(type: string, data: string): string | number | string[] | undefined {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return data;
    case 'REG_MULTI_SZ':
      return data.split('\\0').filter((part) => part !== '');
    case 'REG_DWORD':
    case 'REG_QWORD': {
      const number = /^0x([0-9a-f]+)$/i.exec(data.trim());
      return number?.[1] !== undefined ? Number.parseInt(number[1], 16) : undefined;
    }
    default:
      return undefined;
  }
}
