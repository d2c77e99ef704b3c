/**
 * Turns a document into the UTF-8 bytes of `JSON.stringify(data)`, byte for byte (as chunks, in
 * order, for the writer to join where it likes), while encoding
 * afresh only the blocks of its top-level arrays that changed since the last call. One edit in a
 * ledger of thousands of installs then costs a walk over the data instead of a full stringify and
 * UTF-8 encode (with Chinese text, the encode alone is as slow as the stringify).
 *
 * Handlers mutate elements in place, so object identity cannot say whether an element changed. Each
 * block of elements remembers a flat record of what it was encoded from (keys, primitive values and
 * shape markers, in JSON's own order); a block is reused only when a walk finds every element still
 * holding identical (`===`) values under the same keys in the same order. Anything JSON treats
 * specially (a prototype other than Object's or Array's, toJSON, undefined, NaN) is never recorded,
 * so a block holding it is encoded afresh every time.
 */
export type JsonEncoder = (data: unknown) => Uint8Array[];

interface Block {
  count: number;
  /** What its elements were encoded from, one after another; null when it can never be reused. */
  shape: unknown[] | null;
  bytes: Uint8Array;
}

/** Elements per block: small enough that re-encoding one block is cheap, large enough to join few. */
const BLOCK_SIZE = 128;

/** Marks where an object or array starts in a recorded shape; never equal to a JSON value. */
const OBJECT = Symbol('object');
const ARRAY = Symbol('array');

const COMMA = Buffer.from(',');

/** An encoder that remembers the blocks it encoded (one encoder per file). */
export function createIncrementalJsonEncoder(): JsonEncoder {
  let blocksByKey = new Map<string, Block[]>();
  return (data) => {
    if (!isPlainObject(data) || 'toJSON' in Object.prototype || 'toJSON' in Array.prototype) {
      blocksByKey = new Map();
      return [encodeText(JSON.stringify(data) ?? 'null')];
    }
    const next = new Map<string, Block[]>();
    const parts: Uint8Array[] = [];
    let text = '{';
    let isFirst = true;
    for (const key of Object.keys(data)) {
      const value = data[key];
      const prefix = `${isFirst ? '' : ','}${JSON.stringify(key)}:`;
      if (!isPlainArray(value)) {
        const json = JSON.stringify(value);
        if (json === undefined) continue;
        text += prefix + json;
        isFirst = false;
        continue;
      }
      isFirst = false;
      parts.push(encodeText(`${text}${prefix}[`));
      text = '';
      const previous = blocksByKey.get(key) ?? [];
      const blocks: Block[] = [];
      for (let start = 0; start < value.length; start += BLOCK_SIZE) {
        const end = Math.min(value.length, start + BLOCK_SIZE);
        const old = previous[blocks.length];
        const block = old && isBlockUnchanged(old, value, start, end) ? old : encodeBlock(value, start, end);
        if (start > 0) parts.push(COMMA);
        parts.push(block.bytes);
        blocks.push(block);
      }
      next.set(key, blocks);
      text = ']';
    }
    parts.push(encodeText(`${text}}`));
    blocksByKey = next;
    return parts;
  };
}

function isBlockUnchanged(block: Block, array: readonly unknown[], start: number, end: number): boolean {
  const shape = block.shape;
  if (shape === null || block.count !== end - start) return false;
  let p = 0;
  for (let i = start; i < end; i++) {
    p = matchesShape(array[i], shape, p);
    if (p < 0) return false;
  }
  return p === shape.length;
}

function encodeBlock(array: readonly unknown[], start: number, end: number): Block {
  const slice = array.slice(start, end);
  let shape: unknown[] | null = [];
  for (const element of slice) {
    if (!recordShape(element, shape)) {
      shape = null;
      break;
    }
  }
  // The slice's own JSON without its brackets is its elements joined by commas, as in the whole.
  const json = JSON.stringify(slice);
  return { count: slice.length, shape, bytes: encodeText(json.slice(1, -1)) };
}

/** Appends the value's keys and values in JSON order; false when JSON would treat it specially. */
function recordShape(value: unknown, shape: unknown[]): boolean {
  if (typeof value !== 'object' || value === null) {
    if (!isPlainPrimitive(value)) return false;
    shape.push(value);
    return true;
  }
  if (isPlainArray(value)) {
    shape.push(ARRAY, value.length);
    for (let i = 0; i < value.length; i++) if (!recordShape(value[i], shape)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  shape.push(OBJECT, keys.length);
  for (const key of keys) {
    shape.push(key);
    if (!recordShape(value[key], shape)) return false;
  }
  return true;
}

/**
 * Walks a value against a recorded shape from `at`; returns where the walk ended, or -1 at the first
 * difference. Hot: runs over every element of the document on every write.
 */
function matchesShape(value: unknown, shape: readonly unknown[], at: number): number {
  if (typeof value !== 'object' || value === null) return shape[at] === value ? at + 1 : -1;
  let p = at + 2;
  if (Array.isArray(value)) {
    if (shape[at] !== ARRAY || shape[at + 1] !== value.length) return -1;
    if (Object.getPrototypeOf(value) !== Array.prototype) return -1;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) {
        p = matchesShape(item, shape, p);
        if (p < 0) return -1;
      } else if (shape[p++] !== item) return -1;
    }
    return p;
  }
  if (shape[at] !== OBJECT || Object.getPrototypeOf(value) !== Object.prototype) return -1;
  // for...in also lists inherited enumerable keys, which were never recorded: those fail the match.
  const record = value as Record<string, unknown>; // a plain object, checked just above
  let count = 0;
  for (const key in record) {
    if (shape[p] !== key) return -1;
    const item = record[key];
    if (typeof item === 'object' && item !== null) {
      p = matchesShape(item, shape, p + 1);
      if (p < 0) return -1;
    } else if (shape[p + 1] !== item) return -1;
    else p += 2;
    count++;
  }
  return count === shape[at + 1] ? p : -1;
}

/** A primitive JSON writes as itself: null, strings, booleans and finite numbers. */
function isPlainPrimitive(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.getPrototypeOf(value) === Object.prototype && !Object.hasOwn(value, 'toJSON');
}

function isPlainArray(value: unknown): value is unknown[] {
  return (
    Array.isArray(value) &&
    Object.getPrototypeOf(value) === Array.prototype &&
    !Object.hasOwn(value, 'toJSON')
  );
}

function encodeText(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}
