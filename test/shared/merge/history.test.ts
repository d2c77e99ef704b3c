import { describe, expect, it } from 'vitest';
import {
  assignReturn,
  listUnitHistory,
  reconcileWithRoster,
  restoreReturn,
} from '../../../shared/merge/history';
import type { MergeState } from '../../../shared/merge/merge-types';
import { planImport } from '../../../shared/merge/plan-import';
import { parsedReturn, sha } from './merge-helpers';

const ctx = {
  period: '2026',
  roster: [{ code: 'A001', name: '甲局' }],
  issuedPackageIds: new Set<string>(),
  importedAt: '2026-04-01T00:00:00.000Z',
};
const empty: MergeState = { returns: [], rejected: [] };

function twoExports(): MergeState {
  return planImport(
    empty,
    [
      parsedReturn({ sha: sha('old'), unitCode: 'A001' }),
      parsedReturn({ sha: sha('new'), unitCode: 'A001', exportedAt: '2026-03-09T09:00:00+08:00' }),
    ],
    ctx,
  ).state;
}

const stateOf = (s: MergeState, label: string) => s.returns.find((r) => r.sha === sha(label))?.state;

describe("history of a unit's returns", () => {
  it('restores an older return as current and moves the newer one to history', () => {
    const outcome = restoreReturn(twoExports(), sha('old'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(stateOf(outcome.state, 'old')).toBe('current');
    expect(stateOf(outcome.state, 'new')).toBe('superseded');
    expect(outcome.state.returns).toHaveLength(2);
  });

  it('refuses to restore a return that is already current', () => {
    expect(restoreReturn(twoExports(), sha('new'))).toEqual({ ok: false, reason: 'not_superseded' });
  });

  it("lists a unit's returns newest first", () => {
    const list = listUnitHistory(twoExports().returns, '2026', 'A001');
    expect(list.map((r) => r.sha)).toEqual([sha('new'), sha('old')]);
  });
});

describe('unassigned returns', () => {
  const held = () => planImport(empty, [parsedReturn({ sha: sha('z'), unitCode: 'Z999' })], ctx).state;

  it('counts an unassigned return for the roster unit it is mapped to', () => {
    const outcome = assignReturn(held(), sha('z'), 'A001', new Set(['A001']));
    expect(outcome.ok && outcome.state.returns[0]).toMatchObject({
      state: 'current',
      assignedCode: 'A001',
      unitCode: 'Z999',
    });
  });

  it('puts the mapped return in history when the unit already has a newer one', () => {
    const both = planImport(
      held(),
      [parsedReturn({ sha: sha('a'), unitCode: 'A001', exportedAt: '2026-03-09T09:00:00+08:00' })],
      ctx,
    ).state;
    const outcome = assignReturn(both, sha('z'), 'A001', new Set(['A001']));
    expect(outcome.ok && stateOf(outcome.state, 'z')).toBe('superseded');
    expect(outcome.ok && stateOf(outcome.state, 'a')).toBe('current');
  });

  it('refuses a mapping to a unit that is not on the roster', () => {
    expect(assignReturn(held(), sha('z'), 'B002', new Set(['A001']))).toEqual({
      ok: false,
      reason: 'not_on_roster',
    });
  });

  it('counts the held return once its unit is added to the roster, and holds it again when removed', () => {
    const added = reconcileWithRoster(held(), '2026', new Set(['A001', 'Z999']));
    expect(stateOf(added, 'z')).toBe('current');
    const removed = reconcileWithRoster(added, '2026', new Set(['A001']));
    expect(stateOf(removed, 'z')).toBe('unassigned');
  });
});
