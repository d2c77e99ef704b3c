import type { Message } from '../i18n';
import type { RosterUnit } from './roster';

/** A file that was refused, as far as it could be tied to a unit. */
export interface RejectedAttempt {
  unitCode: string;
  fileName: string;
  reasons: Message[];
}

/** A roster unit that has not returned a usable file. */
export interface MissingUnit {
  unit: RosterUnit;
  /** Why it counts as missing: nothing received, or only refused files received. */
  kind: 'not_received' | 'rejected';
  /** Refused files of the unit, newest attempt last. */
  attempts: RejectedAttempt[];
}

export interface ParentRecovery {
  parentCode: string;
  parentName: string;
  expected: number;
  returned: number;
  rate: number | null;
  missingCodes: string[];
}

/** 回收率: how many roster units returned a usable file, and who has not. */
export interface Recovery {
  expected: number;
  returned: number;
  /** returned / expected, or null when nobody is expected. */
  rate: number | null;
  missing: MissingUnit[];
  byParent: ParentRecovery[];
}

/**
 * Computes the return rate of a period from its roster, the units holding a current return and
 * the refused files; a unit counts as returned once it has any accepted return.
 */
export function computeRecovery(
  roster: readonly RosterUnit[],
  returnedCodes: ReadonlySet<string>,
  rejected: readonly RejectedAttempt[],
): Recovery {
  const attemptsByUnit = new Map<string, RejectedAttempt[]>();
  for (const attempt of rejected) {
    const list = attemptsByUnit.get(attempt.unitCode) ?? [];
    list.push(attempt);
    attemptsByUnit.set(attempt.unitCode, list);
  }
  const missing: MissingUnit[] = [];
  const parents = new Map<string, ParentRecovery>();
  let returned = 0;
  for (const unit of roster) {
    const parent = parents.get(unit.parentCode) ?? {
      parentCode: unit.parentCode,
      parentName: unit.parentName,
      expected: 0,
      returned: 0,
      rate: null,
      missingCodes: [],
    };
    parents.set(unit.parentCode, parent);
    parent.expected++;
    if (returnedCodes.has(unit.code)) {
      returned++;
      parent.returned++;
      continue;
    }
    const attempts = attemptsByUnit.get(unit.code) ?? [];
    missing.push({ unit, kind: attempts.length > 0 ? 'rejected' : 'not_received', attempts });
    parent.missingCodes.push(unit.code);
  }
  const byParent = [...parents.values()].map((p) => ({ ...p, rate: ratio(p.returned, p.expected) }));
  return { expected: roster.length, returned, rate: ratio(returned, roster.length), missing, byParent };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
