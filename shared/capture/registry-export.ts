import type { CaptureResult } from './captured';
import { createCapturedMachine } from './captured';
import { decodeText, decodeUtf16le } from './decode-text';
import { ProblemList } from './problems';
import type { RegistryData, RegistryKey } from './uninstall-entries';
import { readRegistryMachineFacts, uninstallKeysToPrograms } from './uninstall-entries';

/** True when text starts like a regedit / `reg export` file. */
export function isRegExportText(text: string): boolean {
  return /^\s*(Windows Registry Editor Version 5\.00|REGEDIT4)\s*$/m.test(text.slice(0, 200));
}

/** Parses a `reg export` / regedit .reg file (UTF-16LE with BOM, UTF-8 or GBK) into one machine. */
export function parseRegExport(input: Uint8Array | string): CaptureResult {
  const problems = new ProblemList();
  const { text } = decodeText(input);
  const keys = readRegExportKeys(text, problems);
  if (keys.length === 0) problems.add('problems.regNoKeys');
  const machine = createCapturedMachine('reg-export');
  const facts = readRegistryMachineFacts(keys);
  machine.hostname = facts.hostname;
  machine.os = facts.os;
  machine.programs = uninstallKeysToPrograms(keys);
  return { machines: [machine], problems: problems.toArray() };
}

/** Reads every key and value of a .reg file; bad lines are reported with their line number and skipped. */
export function readRegExportKeys(text: string, problems: ProblemList): RegistryKey[] {
  const lines = text.split(/\r\n|\n|\r/);
  const isUnicode = !/^\s*REGEDIT4/.test(text.slice(0, 50));
  const keys: RegistryKey[] = [];
  let current: RegistryKey | null = null;
  let index = 0;
  while (index < lines.length) {
    const lineNo = index + 1;
    const line = lines[index] ?? '';
    index++;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith(';') || isHeaderLine(trimmed)) continue;
    if (trimmed.startsWith('[')) {
      current = readKeyLine(trimmed, lineNo, problems);
      if (current) keys.push(current);
      continue;
    }
    if (trimmed.startsWith('"') || trimmed.startsWith('@')) {
      const read = readStatement(trimmed, lines, index);
      const statement = read.statement;
      index = read.next;
      const value = readValueStatement(statement, isUnicode);
      if (value === null) problems.add('problems.regBadValue', { line: lineNo });
      else if (current === null) problems.add('problems.regValueOutsideKey', { line: lineNo });
      else if (value.data !== undefined) current.values.set(value.name.toLowerCase(), value.data);
      continue;
    }
    problems.add('problems.regBadLine', { line: lineNo });
  }
  return keys;
}

function isHeaderLine(trimmed: string): boolean {
  return trimmed === 'Windows Registry Editor Version 5.00' || trimmed === 'REGEDIT4';
}

function readKeyLine(trimmed: string, lineNo: number, problems: ProblemList): RegistryKey | null {
  if (!trimmed.endsWith(']')) {
    problems.add('problems.regBadLine', { line: lineNo });
    return null;
  }
  // "[-HKEY…]" deletes a key: nothing to capture.
  if (trimmed.startsWith('[-')) return null;
  return { path: trimmed.slice(1, -1), values: new Map() };
}

const HEX_VALUE = /=\s*hex(\([0-9a-f]+\))?:/i;

// A value may continue over several lines: hex data ends each line but the last with "\",
// and a string holding a newline goes on until its closing quote.
function readStatement(first: string, lines: string[], from: number): { statement: string; next: number } {
  let next = from;
  if (HEX_VALUE.test(first)) {
    if (!first.endsWith('\\')) return { statement: first, next };
    const parts = [first.slice(0, -1)];
    while (next < lines.length) {
      const line = (lines[next] ?? '').trim();
      next++;
      if (!line.endsWith('\\')) {
        parts.push(line);
        break;
      }
      parts.push(line.slice(0, -1));
    }
    return { statement: parts.join(''), next };
  }
  let statement = first;
  while (isUnclosedString(statement) && next < lines.length && statement.length < 1_000_000) {
    statement = `${statement}\n${lines[next] ?? ''}`;
    next++;
  }
  return { statement, next };
}

function isUnclosedString(statement: string): boolean {
  const name = statement.startsWith('@') ? { end: 1 } : readQuoted(statement, 0);
  if (!name) return false;
  const equals = statement.indexOf('=', name.end);
  if (equals < 0 || statement[equals + 1] !== '"') return false;
  return readQuoted(statement, equals + 1) === null;
}

interface ValueStatement {
  name: string;
  /** undefined for "-" (a deletion) and value types the capture has no use for. */
  data: RegistryData | undefined;
}

function readValueStatement(statement: string, isUnicode: boolean): ValueStatement | null {
  let name: string;
  let rest: string;
  if (statement.startsWith('@')) {
    name = '';
    rest = statement.slice(1);
  } else {
    const quoted = readQuoted(statement, 0);
    if (!quoted) return null;
    name = quoted.text;
    rest = statement.slice(quoted.end);
  }
  rest = rest.trimStart();
  if (!rest.startsWith('=')) return null;
  const data = rest.slice(1).trim();
  if (data === '-') return { name, data: undefined };
  if (data.startsWith('"')) {
    const quoted = readQuoted(data, 0);
    return quoted ? { name, data: quoted.text } : null;
  }
  const dword = /^dword:([0-9a-f]{1,8})$/i.exec(data);
  if (dword?.[1] !== undefined) return { name, data: Number.parseInt(dword[1], 16) };
  const hex = /^hex(?:\(([0-9a-f]+)\))?:\s*([0-9a-f,\s]*)$/i.exec(data);
  if (hex) return { name, data: decodeHexValue(hex[1] ?? '3', hex[2] ?? '', isUnicode) };
  return null;
}

function readQuoted(text: string, start: number): { text: string; end: number } | null {
  if (text[start] !== '"') return null;
  let out = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    const backslash = text.indexOf('\\', from);
    if (quote < 0) return null;
    if (backslash < 0 || quote < backslash) return { text: out + text.slice(from, quote), end: quote + 1 };
    if (backslash + 1 >= text.length) return null;
    out += text.slice(from, backslash) + text[backslash + 1];
    from = backslash + 2;
  }
}

function decodeHexValue(typeCode: string, hexList: string, isUnicode: boolean): RegistryData | undefined {
  const type = Number.parseInt(typeCode, 16);
  // Binary values (type 3 and others) are of no use to capture: skip decoding them.
  if (type !== 1 && type !== 2 && type !== 7 && type !== 4 && type !== 11) return undefined;
  const bytes = readHexBytes(hexList);
  if (type === 1 || type === 2) return decodeString(bytes, isUnicode);
  if (type === 7)
    return decodeString(bytes, isUnicode)
      .split('\0')
      .filter((part) => part !== '');
  if (type === 4 && bytes.length === 4) return readLittleEndian(bytes);
  if (type === 11 && bytes.length === 8) return readLittleEndian(bytes);
  return undefined;
}

function readHexBytes(hexList: string): Uint8Array {
  const bytes = new Uint8Array((hexList.length + 1) / 3 + 1);
  let count = 0;
  let high = -1;
  for (let i = 0; i < hexList.length; i++) {
    const digit = hexDigit(hexList.charCodeAt(i));
    if (digit < 0) {
      high = -1;
      continue;
    }
    if (high < 0) high = digit;
    else {
      bytes[count++] = high * 16 + digit;
      high = -1;
    }
  }
  return bytes.subarray(0, count);
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

function decodeString(bytes: Uint8Array, isUnicode: boolean): string {
  return isUnicode ? decodeUtf16le(bytes) : decodeText(bytes).text.replace(/\0+$/, '');
}

function readLittleEndian(bytes: Uint8Array): number {
  let value = 0;
  for (let i = bytes.length - 1; i >= 0; i--) value = value * 256 + (bytes[i] ?? 0);
  return value;
}
