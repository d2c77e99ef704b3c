/** A unit as far as identifying a file needs it. */
export interface NamedUnit {
  code: string;
  name: string;
}

/**
 * Finds the roster unit a file name speaks of, for files too damaged to say it themselves:
 * the longest unit code found in the name, else the longest unit name.
 */
export function identifyUnitByFileName(fileName: string, units: readonly NamedUnit[]): NamedUnit | null {
  const text = fileName.normalize('NFKC').toUpperCase();
  let best: NamedUnit | null = null;
  for (const unit of units) {
    if (unit.code.length < 4 || !containsToken(text, unit.code)) continue;
    if (!best || unit.code.length > best.code.length) best = unit;
  }
  if (best) return best;
  const plain = fileName.normalize('NFKC');
  for (const unit of units) {
    if (unit.name.length < 2 || !plain.includes(unit.name)) continue;
    if (!best || unit.name.length > best.name.length) best = unit;
  }
  return best;
}

/** True when `code` appears in `text` not glued to other letters or digits (52030101 is not 520301). */
function containsToken(text: string, code: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(code, from);
    if (at < 0) return false;
    const before = text[at - 1] ?? '';
    const after = text[at + code.length] ?? '';
    if (!/[0-9A-Z]/.test(before) && !/[0-9A-Z]/.test(after)) return true;
    from = at + 1;
  }
}
