import type { CaptureResult } from './captured';
import { captureProblem } from './captured';
import { decodeText } from './decode-text';

/** Parses JSON bytes of any encoding (PowerShell writes UTF-16); a broken file becomes a problem. */
export function parseJsonInput(
  input: Uint8Array | string,
  parseValue: (value: unknown) => CaptureResult,
): CaptureResult {
  let value: unknown;
  try {
    value = JSON.parse(decodeText(input).text);
  } catch {
    return { machines: [], problems: [captureProblem('problems.invalidJson')] };
  }
  return parseValue(value);
}
