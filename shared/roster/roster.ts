import { z } from 'zod';
import { periodSchema, unitCodeSchema } from '../model';

/** One unit expected to report in a period (报送单位名单 row). */
export const rosterUnitSchema = z.object({
  code: unitCodeSchema,
  name: z.string().trim().min(1).max(128),
  /** The county or district the unit belongs to; '' for units reporting directly. */
  parentCode: z.union([z.literal(''), unitCodeSchema]),
  parentName: z.string().trim().max(128),
  contact: z.string().trim().max(64),
  phone: z.string().trim().max(32),
});
export type RosterUnit = z.infer<typeof rosterUnitSchema>;

/** The roster of one reporting period. */
export const rosterSchema = z.object({
  period: periodSchema,
  units: z.array(rosterUnitSchema).max(100_000),
});
export type Roster = z.infer<typeof rosterSchema>;

/** What adding a list of units to a roster did. */
export interface RosterMergeResult {
  units: RosterUnit[];
  added: number;
  updated: number;
  unchanged: number;
}

/** Normalizes a unit code as people type it: full-width characters, spaces and lower case. */
export function cleanUnitCode(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Adds or replaces one unit; `previousCode` renames a unit whose code was corrected. */
export function upsertRosterUnit(
  units: readonly RosterUnit[],
  unit: RosterUnit,
  previousCode?: string,
): RosterUnit[] {
  const key = previousCode ?? unit.code;
  const rest = units.filter((u) => u.code !== key && u.code !== unit.code);
  const index = units.findIndex((u) => u.code === key);
  if (index < 0) return [...rest, unit];
  const out = [...rest];
  out.splice(Math.min(index, out.length), 0, unit);
  return out;
}

/** Removes a unit from the roster by code. */
export function removeRosterUnit(units: readonly RosterUnit[], code: string): RosterUnit[] {
  return units.filter((u) => u.code !== code);
}

/** Adds imported units to a roster: new codes are appended, known codes are updated in place. */
export function mergeRosterUnits(
  existing: readonly RosterUnit[],
  incoming: readonly RosterUnit[],
): RosterMergeResult {
  const out = [...existing];
  const at = new Map(out.map((u, i) => [u.code, i]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const unit of incoming) {
    const index = at.get(unit.code);
    if (index === undefined) {
      at.set(unit.code, out.length);
      out.push(unit);
      added++;
    } else if (isSameUnit(out[index], unit)) {
      unchanged++;
    } else {
      out[index] = unit;
      updated++;
    }
  }
  return { units: out, added, updated, unchanged };
}

/** The counties (parent units) named in a roster, in first-seen order. */
export function listParents(units: readonly RosterUnit[]): Array<{ code: string; name: string }> {
  const seen = new Map<string, string>();
  for (const u of units) if (!seen.has(u.parentCode)) seen.set(u.parentCode, u.parentName);
  return [...seen].map(([code, name]) => ({ code, name }));
}

function isSameUnit(a: RosterUnit | undefined, b: RosterUnit): boolean {
  return (
    a !== undefined &&
    a.name === b.name &&
    a.parentCode === b.parentCode &&
    a.parentName === b.parentName &&
    a.contact === b.contact &&
    a.phone === b.phone
  );
}
