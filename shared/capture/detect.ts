import type { CaptureResult } from './captured';
import { captureProblem } from './captured';
import { isCollectorValue, parseCollectorValue } from './collector/parse-collector';
import { decodeText } from './decode-text';
import { isGlpiValue, isGlpiXmlText, parseGlpiValue, parseGlpiXml } from './glpi';
import {
  isSystemProfilerText,
  isSystemProfilerValue,
  parseSystemProfilerText,
  parseSystemProfilerValue,
} from './macos';
import { detectPackageLayout, parsePackageList } from './packages';
import { isPowerShellValue, parsePowerShellValue } from './powershell-json';
import { isRegExportText, parseRegExport } from './registry-export';
import { isRegQueryText, parseRegQuery } from './registry-query';
import { isWmiText, parseWmiText } from './wmi';

/** Files larger than this are refused before decoding: no inventory of one machine comes near it. */
export const MAX_CAPTURE_BYTES = 256 * 1024 * 1024;

/**
 * Parses any supported inventory file, sniffing the format from its content (the file name's extension
 * only breaks ties). Never throws: unknown or broken input yields a problem naming the file.
 */
export function parseCaptureFile(name: string, bytes: Uint8Array): CaptureResult {
  const file = name.replace(/^.*[\\/]/, '');
  if (bytes.length > MAX_CAPTURE_BYTES) {
    return fail('problems.tooLarge', { file, limitMb: MAX_CAPTURE_BYTES / 1024 / 1024 });
  }
  try {
    const { text } = decodeText(bytes);
    if (text.trim() === '') return fail('problems.emptyFile', { file });
    return withFileName(parseText(file, text), file);
  } catch {
    // Parsers are written not to throw; this is the last line of defence for a hostile file.
    return fail('problems.parseFailed', { file });
  }
}

function parseText(file: string, text: string): CaptureResult {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const head = text.trimStart();
  if (isRegExportText(head)) return parseRegExport(text);
  if (head.startsWith('<')) {
    if (isGlpiXmlText(head)) return parseGlpiXml(text);
    return fail('problems.unknownXml', { file });
  }
  if (head.startsWith('{') || head.startsWith('[')) return parseJsonText(file, text);
  if (isRegQueryText(head)) return parseRegQuery(text);
  if (isSystemProfilerText(text)) return parseSystemProfilerText(text);
  if (isWmiText(head)) return parseWmiText(text);
  if (detectPackageLayout(text) !== null) return parsePackageList(text);
  if (extension === 'json') return fail('problems.invalidJson', { file });
  return fail('problems.unknownFormat', { file });
}

function parseJsonText(file: string, text: string): CaptureResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('problems.invalidJson', { file });
  }
  if (isCollectorValue(value)) return parseCollectorValue(value);
  if (isGlpiValue(value)) return parseGlpiValue(value);
  if (isSystemProfilerValue(value)) return parseSystemProfilerValue(value);
  if (isPowerShellValue(value)) return parsePowerShellValue(value);
  return fail('problems.unknownJson', { file });
}

function fail(path: string, params: Record<string, string | number>): CaptureResult {
  return { machines: [], problems: [captureProblem(path, params)] };
}

// Problems from inner parsers know lines, not files; add the file so a list of many files stays clear.
function withFileName(result: CaptureResult, file: string): CaptureResult {
  return {
    machines: result.machines,
    problems: result.problems.map((problem) => ({ ...problem, params: { ...problem.params, file } })),
  };
}
