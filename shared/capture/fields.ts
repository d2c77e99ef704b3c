import type { Arch, MachineType } from '../model';

/** Maps any architecture spelling (x86_64, AMD64, 64 位, aarch64, loongarch64 …) to the ledger's four. */
export function archFromText(raw: string): Arch {
  const text = raw.trim().toLowerCase();
  if (text === '') return 'other';
  if (/loong/.test(text)) return 'loongarch';
  if (/aarch64|arm|apple m\d|apple silicon/.test(text)) return 'arm';
  if (/mips|sw_?64|sunway|ppc|power|s390|riscv|sparc|ia64|itanium/.test(text)) return 'other';
  if (/x86|x64|amd64|i[3-6]86|intel|win32|em64t|^(32|64)\s*(-|\s)?\s*(bit|bits|位)/.test(text)) return 'x86';
  return 'other';
}

/** Picks the first architecture among several hints that says something. */
export function archFromHints(...hints: string[]): Arch {
  for (const hint of hints) {
    const arch = archFromText(hint);
    if (arch !== 'other') return arch;
  }
  return 'other';
}

/**
 * Normalizes install dates to YYYY-MM-DD: registry 20091109, ISO 2019-12-19…, epoch seconds from rpm,
 * and the GLPI agent's DD/MM/YYYY. Anything ambiguous or impossible becomes ''.
 */
export function normalizeInstallDate(raw: string): string {
  const text = raw.trim();
  let match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return checkedDate(match[1], match[2], match[3]);
  match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(text);
  if (match) return checkedDate(match[1], match[2], match[3]);
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) return checkedDate(match[3], match[2], match[1]);
  if (/^\d{9,10}$/.test(text)) {
    const date = new Date(Number(text) * 1000);
    return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
  }
  return '';
}

function checkedDate(year = '', month = '', day = ''): string {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1980 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return '';
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Trims and removes control characters that some tools leave in names. */
export function cleanText(raw: unknown): string {
  if (typeof raw === 'string') return stripControls(raw).trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw === 'boolean') return raw ? '1' : '0';
  return '';
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: same set, without the global flag, for a cheap test.
const HAS_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function stripControls(text: string): string {
  return HAS_CONTROLS.test(text) ? text.replace(CONTROLS, '') : text;
}

/** Upper-cases an SMBIOS UUID so Linux (lower case) and Windows (upper case) readings compare equal. */
export function normalizeUuid(raw: string): string {
  return cleanText(raw).toUpperCase();
}

/** Parses a number written as decimal, 0x hex or with surrounding spaces; null when it is not one. */
export function parseInteger(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : null;
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (/^-?\d{1,15}$/.test(text)) return Number(text);
  if (/^0x[0-9a-f]{1,13}$/i.test(text)) return Number.parseInt(text.slice(2), 16);
  return null;
}

/** SMBIOS chassis type numbers (dmi chassis_type, Win32_SystemEnclosure.ChassisTypes) to a machine type. */
export function machineTypeFromChassisCode(code: number | null): MachineType | null {
  if (code === null) return null;
  if ([8, 9, 10, 11, 12, 14, 18, 21, 30, 31, 32].includes(code)) return 'laptop';
  if ([3, 4, 5, 6, 7, 13, 15, 16, 24, 34, 35, 36].includes(code)) return 'desktop';
  if ([17, 23, 25, 28, 29].includes(code)) return 'server';
  if (code === 1 || code === 2) return null;
  return 'other';
}

/** Chassis words used by GLPI and system_profiler (Laptop, Notebook, MacBook …) to a machine type. */
export function machineTypeFromChassisName(raw: string): MachineType | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (/laptop|notebook|portable|book|convertible|detachable|tablet|笔记本/.test(text)) return 'laptop';
  if (/server|rack|blade|服务器/.test(text)) return 'server';
  if (/desktop|tower|mini|all in one|all-in-one|imac|mac pro|lunch box|space-saving|台式/.test(text))
    return 'desktop';
  return 'other';
}
