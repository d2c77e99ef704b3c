/** What an OLE compound file (signature D0 CF 11 E0) holds, as far as a clerk needs to know. */
export type OleKind = 'passwordProtected' | 'legacyXls' | 'legacyOrEncrypted';

/** Streams Excel writes into a workbook saved with an opening password (ECMA-376 agile/standard encryption). */
const ENCRYPTION_STREAMS = new Set(['EncryptedPackage', 'EncryptionInfo']);
/** The workbook stream of Excel 97–2003 (BIFF8) and of Excel 5/95 (BIFF5). */
const LEGACY_STREAMS = new Set(['Workbook', 'Book']);

const ENTRY_SIZE = 128;
const NAME_BYTES = 64;

/**
 * Tells a password-protected .xlsx from a legacy .xls by the stream names in the compound file's
 * directory. Directory entries are 128-byte records aligned on 128 bytes after the 512-byte header,
 * so every aligned slot is tried instead of following the allocation table, which a damaged file
 * may not have.
 */
export function classifyOleFile(bytes: Uint8Array): OleKind {
  let isLegacy = false;
  for (let at = 512; at + ENTRY_SIZE <= bytes.length; at += ENTRY_SIZE) {
    const name = readEntryName(bytes, at);
    if (name === undefined) continue;
    if (ENCRYPTION_STREAMS.has(name)) return 'passwordProtected';
    if (LEGACY_STREAMS.has(name)) isLegacy = true;
  }
  return isLegacy ? 'legacyXls' : 'legacyOrEncrypted';
}

/** The name of a stream entry at `at`, or undefined when the slot does not hold one. */
function readEntryName(bytes: Uint8Array, at: number): string | undefined {
  const nameLength = (bytes[at + NAME_BYTES] ?? 0) | ((bytes[at + NAME_BYTES + 1] ?? 0) << 8);
  // Type 2 is a stream; the length counts the UTF-16 terminator.
  if (bytes[at + NAME_BYTES + 2] !== 2 || nameLength < 4 || nameLength > NAME_BYTES || nameLength % 2 !== 0)
    return undefined;
  const chars = nameLength / 2 - 1;
  if (bytes[at + chars * 2] !== 0 || bytes[at + chars * 2 + 1] !== 0) return undefined;
  let name = '';
  for (let i = 0; i < chars; i++) {
    const code = (bytes[at + i * 2] ?? 0) | ((bytes[at + i * 2 + 1] ?? 0) << 8);
    if (code === 0) return undefined;
    name += String.fromCharCode(code);
  }
  return name;
}
