import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads one of the project's own capture fixtures (test/fixtures/capture). */
export function readFixture(name: string): Uint8Array {
  return new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../../fixtures/capture/${name}`, import.meta.url))),
  );
}

/** The fixture as text. */
export function readFixtureText(name: string): string {
  return new TextDecoder().decode(readFixture(name));
}

/** Encodes text as UTF-16LE with a byte-order mark, the way `reg export` and PowerShell write files. */
export function encodeUtf16leWithBom(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}
