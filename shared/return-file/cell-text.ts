import { MAX_CELL_TEXT } from './return-data';

const NEEDS_NORMALIZING = /[\r\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text that a spreadsheet reader would take for an escaped character (ECMA-376 ST_Xstring). */
const ESCAPE_LOOKALIKE = /_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Text as a workbook gives it back: CR LF becomes LF (spreadsheet readers do that) and unpaired
 * surrogates, which XML cannot hold, become U+FFFD. The encoder writes this and the digest hashes it.
 */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text.replace(/\r\n/g, '\n').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Text ready for a string cell. A literal "_x0041_" would be read back as "A", so its underscore is
 * escaped as _x005F_, the way Excel itself writes it.
 */
export function toCellText(text: string): string {
  const normalized = normalizeText(text);
  const escaped = normalized.includes('_x') ? normalized.replace(ESCAPE_LOOKALIKE, '_x005F_') : normalized;
  if (escaped.length > MAX_CELL_TEXT) {
    throw new RangeError(
      `A text of ${normalized.length} characters needs ${escaped.length} in a cell, more than ${MAX_CELL_TEXT}.`,
    );
  }
  return escaped;
}
