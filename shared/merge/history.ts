import type { MergeState, StoredReturn } from './merge-types';

/** Why a history action was refused; the caller turns it into a message. */
export type HistoryRefusal = 'not_found' | 'not_superseded' | 'not_unassigned' | 'not_on_roster';

export type HistoryOutcome = { ok: true; state: MergeState } | { ok: false; reason: HistoryRefusal };

/**
 * Makes a superseded return current again (the user chose the older figures); the return that was
 * current goes to history in its place. Nothing is deleted.
 */
export function restoreReturn(state: MergeState, sha: string): HistoryOutcome {
  const returns = state.returns.map((r) => ({ ...r }));
  const target = returns.find((r) => r.sha === sha);
  if (!target) return { ok: false, reason: 'not_found' };
  if (target.state !== 'superseded') return { ok: false, reason: 'not_superseded' };
  const live = findLive(returns, target.period, target.assignedCode);
  const liveState = live?.state ?? 'current';
  if (live) {
    live.state = 'superseded';
    live.supersededBy = target.sha;
  }
  target.state = liveState;
  target.supersededBy = null;
  return { ok: true, state: { ...state, returns } };
}

/**
 * Counts an unassigned return for a roster unit (the file's code differs from the roster's, or the
 * unit was just added). Its history moves with it; if the unit already has a newer return, the
 * assigned one goes to history instead of replacing it.
 */
export function assignReturn(
  state: MergeState,
  sha: string,
  rosterCode: string,
  rosterCodes: ReadonlySet<string>,
): HistoryOutcome {
  const returns = state.returns.map((r) => ({ ...r }));
  const target = returns.find((r) => r.sha === sha);
  if (!target) return { ok: false, reason: 'not_found' };
  if (target.state !== 'unassigned') return { ok: false, reason: 'not_unassigned' };
  if (!rosterCodes.has(rosterCode)) return { ok: false, reason: 'not_on_roster' };
  for (const r of returns) {
    if (r.period === target.period && r.unitCode === target.unitCode && r.state === 'superseded')
      r.assignedCode = rosterCode;
  }
  const live = findLive(returns, target.period, rosterCode);
  target.assignedCode = rosterCode;
  if (live && Date.parse(live.exportedAt) >= Date.parse(target.exportedAt)) {
    target.state = 'superseded';
    target.supersededBy = live.sha;
  } else {
    if (live) {
      live.state = 'superseded';
      live.supersededBy = target.sha;
    }
    target.state = 'current';
  }
  return { ok: true, state: { ...state, returns } };
}

/**
 * Brings a period's returns in line with an edited roster: units added to the roster take their
 * held returns, units removed from it have their returns held as unassigned.
 */
export function reconcileWithRoster(
  state: MergeState,
  period: string,
  rosterCodes: ReadonlySet<string>,
): MergeState {
  const returns = state.returns.map((r) => ({ ...r }));
  for (const r of returns) {
    if (r.period !== period || r.state === 'superseded') continue;
    if (r.state === 'current' && !rosterCodes.has(r.assignedCode)) {
      r.state = 'unassigned';
      r.assignedCode = r.unitCode;
    }
    // A unit renamed on the roster to the code its files carry takes them back at once.
    if (r.state === 'unassigned' && rosterCodes.has(r.unitCode)) {
      r.state = 'current';
      r.assignedCode = r.unitCode;
    }
  }
  // Two live returns can now share an identity (a mapped unit and its own code): the newest wins.
  const newest = new Map<string, StoredReturn>();
  for (const r of returns) {
    if (r.period !== period || r.state === 'superseded') continue;
    const key = `${r.state}\u0000${r.assignedCode}`;
    const other = newest.get(key);
    if (!other) {
      newest.set(key, r);
      continue;
    }
    const [keep, drop] = Date.parse(r.exportedAt) > Date.parse(other.exportedAt) ? [r, other] : [other, r];
    drop.state = 'superseded';
    drop.supersededBy = keep.sha;
    newest.set(key, keep);
  }
  return { ...state, returns };
}

/** The returns of one unit in a period, newest export first: the current one and its history. */
export function listUnitHistory(
  returns: readonly StoredReturn[],
  period: string,
  code: string,
): StoredReturn[] {
  return returns
    .filter((r) => r.period === period && (r.assignedCode === code || r.unitCode === code))
    .sort((a, b) => Date.parse(b.exportedAt) - Date.parse(a.exportedAt));
}

function findLive(returns: StoredReturn[], period: string, code: string): StoredReturn | undefined {
  return returns.find((r) => r.period === period && r.assignedCode === code && r.state !== 'superseded');
}
