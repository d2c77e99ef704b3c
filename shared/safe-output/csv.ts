import { escapeFormulaText } from './formula';

export interface CsvOptions {
  /** Starts with a UTF-8 byte order mark so Excel reads Chinese text as UTF-8, not the ANSI code page. */
  bom?: boolean;
}

const BOM = '\uFEFF';
const MUST_QUOTE = /[",\r\n]/;

/**
 * Writes rows as RFC 4180 CSV: CRLF after every row, fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled. Formula-like text is prefixed with a single quote (OWASP) so that
 * opening the file in a spreadsheet program runs nothing. An empty row is written as an empty line.
 */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  let out = options.bom ? BOM : '';
  for (const row of rows) out += `${row.map(toCsvField).join(',')}\r\n`;
  return out;
}

function toCsvField(value: string): string {
  const { text } = escapeFormulaText(value);
  return MUST_QUOTE.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
