import { inflateRawSync } from 'node:zlib';

/** Inflates every entry of a zip with node:zlib, reading the central directory (the physical floor). */
export function inflateZipEntries(bytes: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(p + 10);
    const size = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + size);
    out.set(name, method === 0 ? data : inflateRawSync(data));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** Counts cells and rows of every worksheet by scanning its XML once. */
export function scanCells(entries: Map<string, Buffer>): { cells: number; rows: number } {
  let cells = 0;
  let rows = 0;
  for (const [name, xml] of entries) {
    if (!name.startsWith('xl/worksheets/')) continue;
    for (let i = xml.indexOf('<c '); i >= 0; i = xml.indexOf('<c ', i + 3)) cells++;
    for (let i = xml.indexOf('<row'); i >= 0; i = xml.indexOf('<row', i + 4)) rows++;
  }
  return { cells, rows };
}
