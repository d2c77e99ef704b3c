import type { CapturedProgram } from './captured';

/**
 * Marks entries that repeat the same product (same name, same or missing version) under another key,
 * e.g. Office under both "Office14.PROPLUS" and its MSI GUID key. Both entries stay; the repeat gets
 * duplicateOf = the rawId of the entry kept as primary, preferring a visible one.
 */
export function markDuplicates(programs: CapturedProgram[]): CapturedProgram[] {
  const groups = new Map<string, number[]>();
  programs.forEach((program, index) => {
    const key = nameKey(program.name);
    if (key === '') return;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const duplicateOf = new Array<string | null>(programs.length).fill(null);
  for (const indexes of groups.values()) {
    if (indexes.length > 1) markGroup(programs, indexes, duplicateOf);
  }
  return programs.map((program, index) => ({ ...program, duplicateOf: duplicateOf[index] ?? null }));
}

function markGroup(programs: CapturedProgram[], indexes: number[], duplicateOf: (string | null)[]): void {
  const byVersion = new Map<string, number[]>();
  const unversioned: number[] = [];
  for (const index of indexes) {
    const version = programs[index]?.version.trim() ?? '';
    if (version === '') {
      unversioned.push(index);
      continue;
    }
    const list = byVersion.get(version);
    if (list) list.push(index);
    else byVersion.set(version, [index]);
  }
  const clusters = [...byVersion.values()];
  // An entry without a version repeats whichever versioned entry comes first; alone, they repeat each other.
  const first = clusters[0];
  if (first) first.push(...unversioned);
  else clusters.push(unversioned);
  for (const cluster of clusters) {
    const primary = pickPrimary(programs, cluster);
    const primaryId = programs[primary]?.rawId ?? null;
    for (const index of cluster) if (index !== primary) duplicateOf[index] = primaryId;
  }
}

function pickPrimary(programs: CapturedProgram[], cluster: number[]): number {
  const sorted = [...cluster].sort((a, b) => a - b);
  return sorted.find((index) => programs[index]?.hidden === false) ?? sorted[0] ?? 0;
}

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
