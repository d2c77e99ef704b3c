/** Tidies a name for comparison: NFKC, single spaces, trimmed, lower case. */
export function cleanName(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** cleanName with a memory: a unit's installs repeat a few hundred names thousands of times. */
export function createNameKeyer(): (raw: string) => string {
  const keys = new Map<string, string>();
  return (raw) => {
    let key = keys.get(raw);
    if (key === undefined) {
      key = cleanName(raw);
      keys.set(raw, key);
    }
    return key;
  };
}
