/** Longest name we build, in UTF-16 units: leaves room for a folder path and an extension on Windows. */
export const MAX_FILE_NAME_LENGTH = 120;

/** Used when nothing of the name is left; callers may pass a translated word instead. */
export const UNNAMED = '未命名';

const WINDOWS_FORBIDDEN = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);

/** Device names Windows reserves with or without an extension ("CON.xlsx" too). */
const RESERVED = new Set([
  'CON',
  'PRN',
  'AUX',
  'NUL',
  'CONIN$',
  'CONOUT$',
  ...['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '¹', '²', '³'].flatMap((n) => [`COM${n}`, `LPT${n}`]),
]);

/**
 * Makes a file name from free text such as a unit name, safe on Windows, macOS and Linux: forbidden
 * and control characters become "_", trailing dots and spaces go, reserved device names get a "_"
 * in front, and the length is capped without splitting a surrogate pair. Idempotent.
 */
export function sanitizeFileName(name: string, fallback: string = UNNAMED): string {
  let out = trimName(replaceUnsafe(name));
  out = truncate(out);
  if (isReservedName(out)) out = truncate(`_${out}`);
  return out === '' ? fallback : out;
}

/** True when Windows would take the name for a device (CON, NUL, COM1, LPT1 …), extension or not. */
export function isReservedName(name: string): boolean {
  const base = name.split('.')[0] ?? '';
  return RESERVED.has(base.trimEnd().toUpperCase());
}

function replaceUnsafe(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (isHighSurrogate(code) && isLowSurrogate(name.charCodeAt(i + 1))) {
      out += name.slice(i, i + 2);
      i++;
    } else if (isHighSurrogate(code) || isLowSurrogate(code) || isUnsafeCode(code)) {
      // A lone surrogate cannot be encoded as a file name on macOS or Linux.
      out += '_';
    } else {
      out += name.charAt(i);
    }
  }
  return out;
}

function isUnsafeCode(code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  // Direction marks and overrides can make "report\u202Excod.exe" look like "report exe.docx".
  if (code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e)) return true;
  if (code >= 0x2066 && code <= 0x2069) return true;
  return WINDOWS_FORBIDDEN.has(String.fromCharCode(code));
}

/** Windows drops trailing dots and spaces, so "局." and "局" would be the same file. */
function trimName(name: string): string {
  return name.trim().replace(/[.\s]+$/u, '');
}

function truncate(name: string): string {
  if (name.length <= MAX_FILE_NAME_LENGTH) return name;
  let cut = MAX_FILE_NAME_LENGTH;
  if (isHighSurrogate(name.charCodeAt(cut - 1))) cut--;
  return trimName(name.slice(0, cut));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
