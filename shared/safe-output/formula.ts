/**
 * Characters that make a spreadsheet program read a cell as a formula (OWASP "CSV injection"):
 * = + - @, and tab or carriage return, which some programs skip before looking for the others.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet program could take this text for a formula. */
export function isFormulaLike(s: string): boolean {
  return FORMULA_START.test(s);
}

/** How a piece of user text must be written so that no spreadsheet program runs it. */
export interface EscapedText {
  /**
   * The text for formats without cell types (CSV): formula-like text gets a leading single quote,
   * which spreadsheet programs show as text and never evaluate.
   */
  text: string;
  /**
   * True when a workbook writer must store the original value as a text cell (`t: 's'`, number
   * format '@'), never as a formula or a guessed number; the workbook keeps the value unchanged.
   */
  mustBeText: boolean;
}

/** Neutralizes text that a spreadsheet program could evaluate as a formula. */
export function escapeFormulaText(value: string): EscapedText {
  return isFormulaLike(value) ? { text: `'${value}`, mustBeText: true } : { text: value, mustBeText: false };
}
