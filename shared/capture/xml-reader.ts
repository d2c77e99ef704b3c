/** An element of a small XML tree: attributes are read but not kept; capture needs names and text. */
export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

export type XmlError = 'doctype' | 'too-large' | 'too-deep' | 'too-many-elements' | 'malformed';

export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; error: XmlError; line: number };

export interface XmlLimits {
  maxChars: number;
  maxDepth: number;
  maxElements: number;
}

const DEFAULT_LIMITS: XmlLimits = { maxChars: 64 * 1024 * 1024, maxDepth: 64, maxElements: 2_000_000 };
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;

/**
 * Reads XML into a tree without any DTD processing: a DOCTYPE or ENTITY declaration is refused
 * outright (no entity expansion, no external fetch), and size, depth and element count are capped.
 */
export function readXml(text: string, limits: XmlLimits = DEFAULT_LIMITS): XmlReadResult {
  if (text.length > limits.maxChars) return { ok: false, error: 'too-large', line: 1 };
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let elements = 0;
  let pos = 0;
  const fail = (error: XmlError, at: number): XmlReadResult => ({ ok: false, error, line: lineAt(text, at) });
  while (pos < text.length) {
    const open = text.indexOf('<', pos);
    const textEnd = open < 0 ? text.length : open;
    if (textEnd > pos) {
      const top = stack[stack.length - 1];
      const chunk = text.slice(pos, textEnd);
      if (top) top.text += decodeEntities(chunk);
      else if (chunk.trim() !== '') return fail('malformed', pos);
    }
    if (open < 0) break;
    if (text.startsWith('<?', open)) {
      const end = text.indexOf('?>', open + 2);
      if (end < 0) return fail('malformed', open);
      pos = end + 2;
    } else if (text.startsWith('<!--', open)) {
      const end = text.indexOf('-->', open + 4);
      if (end < 0) return fail('malformed', open);
      pos = end + 3;
    } else if (text.startsWith('<![CDATA[', open)) {
      const end = text.indexOf(']]>', open + 9);
      const top = stack[stack.length - 1];
      if (end < 0 || !top) return fail('malformed', open);
      top.text += text.slice(open + 9, end);
      pos = end + 3;
    } else if (text.startsWith('<!', open)) {
      return fail('doctype', open);
    } else if (text.startsWith('</', open)) {
      NAME.lastIndex = open + 2;
      const name = NAME.exec(text)?.[0];
      const end = text.indexOf('>', open);
      const top = stack.pop();
      if (!name || end < 0 || !top || top.name !== name) return fail('malformed', open);
      pos = end + 1;
    } else {
      NAME.lastIndex = open + 1;
      const name = NAME.exec(text)?.[0];
      const end = name ? findTagEnd(text, NAME.lastIndex) : -1;
      if (!name || end < 0) return fail('malformed', open);
      if (++elements > limits.maxElements) return fail('too-many-elements', open);
      const element: XmlElement = { name, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root === null) root = element;
      else return fail('malformed', open);
      const selfClosing = text[end - 1] === '/';
      if (!selfClosing) {
        if (stack.length >= limits.maxDepth) return fail('too-deep', open);
        stack.push(element);
      }
      pos = end + 1;
    }
  }
  if (root === null || stack.length > 0) return fail('malformed', text.length);
  return { ok: true, root };
}

// Finds the ">" closing a start tag, stepping over quoted attribute values that may contain ">".
function findTagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    } else if (ch === '<') {
      return -1;
    }
  }
  return -1;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces the five predefined entities and numeric references; anything else is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED_ENTITIES, ref) ? (NAMED_ENTITIES[ref] ?? whole) : whole;
  });
}

function lineAt(text: string, at: number): number {
  let line = 1;
  const end = Math.min(at, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The first child with the given name (case-insensitive), or undefined. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  const wanted = name.toUpperCase();
  return element.children.find((child) => child.name.toUpperCase() === wanted);
}

/**
 * Turns an element into plain data: leaves become strings, children with the same name become arrays,
 * names are lower-cased — the shape of the agent's JSON inventory, so one mapping serves both.
 */
export function xmlToPlain(element: XmlElement): unknown {
  if (element.children.length === 0) return element.text.trim();
  const groups = new Map<string, unknown[]>();
  for (const child of element.children) {
    const key = child.name.toLowerCase();
    const list = groups.get(key);
    if (list) list.push(xmlToPlain(child));
    else groups.set(key, [xmlToPlain(child)]);
  }
  // A null-prototype object: tag names such as __proto__ stay plain keys.
  const plain: Record<string, unknown> = Object.create(null);
  for (const [key, list] of groups) plain[key] = list.length === 1 ? list[0] : list;
  return plain;
}
