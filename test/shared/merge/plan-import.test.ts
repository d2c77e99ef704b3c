import { describe, expect, it } from 'vitest';
import type { MergeState } from '../../../shared/merge/merge-types';
import { type ImportContext, issue, planImport } from '../../../shared/merge/plan-import';
import { parsedReturn, sha } from './merge-helpers';

const roster = [
  { code: 'A001', name: '甲局' },
  { code: 'B002', name: '乙局' },
];
const ctx: ImportContext = {
  period: '2026',
  roster,
  issuedPackageIds: new Set(),
  importedAt: '2026-04-01T00:00:00.000Z',
};
const empty: MergeState = { returns: [], rejected: [] };

describe('merge rules of an import batch', () => {
  it('accepts a new return of a roster unit as current', () => {
    const plan = planImport(empty, [parsedReturn({ sha: sha('a1'), unitCode: 'A001' })], ctx);
    expect(plan.results[0]?.status).toBe('accepted');
    expect(plan.state.returns).toMatchObject([{ sha: sha('a1'), state: 'current', assignedCode: 'A001' }]);
    expect(plan.storedShas).toEqual([sha('a1')]);
  });

  it('changes nothing when the same file is imported again', () => {
    const first = planImport(empty, [parsedReturn({ sha: sha('a1'), unitCode: 'A001' })], ctx);
    const again = planImport(first.state, [parsedReturn({ sha: sha('a1'), unitCode: 'A001' })], ctx);
    expect(again.results[0]?.status).toBe('already_imported');
    expect(again.state).toEqual(first.state);
    expect(again.storedShas).toEqual([]);
  });

  it('lets a newer export supersede the current return and keeps the older one as history', () => {
    const first = planImport(empty, [parsedReturn({ sha: sha('old'), unitCode: 'A001' })], ctx);
    const newer = parsedReturn({
      sha: sha('new'),
      unitCode: 'A001',
      exportedAt: '2026-03-05T09:00:00+08:00',
    });
    const plan = planImport(first.state, [newer], ctx);
    expect(plan.results[0]?.status).toBe('accepted');
    expect(plan.results[0]?.notes[0]?.key).toBe('central:merge.supersedes');
    const states = Object.fromEntries(plan.state.returns.map((r) => [r.sha, [r.state, r.supersededBy]]));
    expect(states).toEqual({ [sha('old')]: ['superseded', sha('new')], [sha('new')]: ['current', null] });
  });

  it('refuses an export older than the current one, saying which is newer, and keeps nothing of it', () => {
    const first = planImport(
      empty,
      [parsedReturn({ sha: sha('new'), unitCode: 'A001', exportedAt: '2026-03-05T09:00:00+08:00' })],
      ctx,
    );
    const plan = planImport(first.state, [parsedReturn({ sha: sha('old'), unitCode: 'A001' })], ctx);
    expect(plan.results[0]).toMatchObject({ status: 'rejected', unitCode: 'A001' });
    expect(plan.results[0]?.issues[0]?.message).toMatchObject({
      key: 'central:merge.older',
      params: { current: '2026-03-05T09:00:00+08:00' },
    });
    expect(plan.state.returns).toHaveLength(1);
    expect(plan.state.rejected).toMatchObject([{ sha: sha('old'), unitCode: 'A001' }]);
  });

  it('compares export times as instants, not as text in different time zones', () => {
    // 09:00+08:00 is 01:00Z: the Z file is later even though its text sorts lower.
    const first = planImport(
      empty,
      [parsedReturn({ sha: sha('x'), unitCode: 'A001', exportedAt: '2026-03-01T09:00:00+08:00' })],
      ctx,
    );
    const plan = planImport(
      first.state,
      [parsedReturn({ sha: sha('y'), unitCode: 'A001', exportedAt: '2026-03-01T02:00:00Z' })],
      ctx,
    );
    expect(plan.results[0]?.status).toBe('accepted');
  });

  it('refuses a different file with the same export time instead of guessing', () => {
    const first = planImport(empty, [parsedReturn({ sha: sha('x'), unitCode: 'A001' })], ctx);
    const plan = planImport(first.state, [parsedReturn({ sha: sha('y'), unitCode: 'A001' })], ctx);
    expect(plan.results[0]?.issues[0]?.message.key).toBe('central:merge.sameTime');
  });

  it('keeps both returns of one unit sent in one batch, the newer one current, whatever the file order', () => {
    const newer = parsedReturn({ sha: sha('n'), unitCode: 'B002', exportedAt: '2026-03-09T09:00:00+08:00' });
    const older = parsedReturn({ sha: sha('o'), unitCode: 'B002' });
    const plan = planImport(empty, [newer, older], ctx);
    expect(plan.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(plan.state.returns.find((r) => r.state === 'current')?.sha).toBe(sha('n'));
  });

  it('holds a unit that is not on the roster as unassigned instead of dropping it', () => {
    const plan = planImport(empty, [parsedReturn({ sha: sha('z'), unitCode: 'Z999' })], ctx);
    expect(plan.results[0]?.status).toBe('accepted');
    expect(plan.results[0]?.notes.map((n) => n.key)).toContain('central:merge.unassigned');
    expect(plan.state.returns[0]?.state).toBe('unassigned');
  });

  it('refuses a return of another period', () => {
    const plan = planImport(empty, [parsedReturn({ sha: sha('p'), unitCode: 'A001', period: '2025' })], ctx);
    expect(plan.results[0]?.issues[0]?.message).toMatchObject({
      key: 'central:merge.wrongPeriod',
      params: { found: '2025' },
    });
    expect(plan.state.returns).toEqual([]);
  });

  it('flags a return filled under a package other than the one issued for the period', () => {
    const withPackage = { ...ctx, issuedPackageIds: new Set(['CITY-2026-1']) };
    const plan = planImport(
      empty,
      [
        parsedReturn({ sha: sha('ok'), unitCode: 'A001', packageId: 'CITY-2026-1' }),
        parsedReturn({ sha: sha('no'), unitCode: 'B002', packageId: 'OTHER-1' }),
      ],
      withPackage,
    );
    expect(plan.results.map((r) => r.status)).toEqual(['accepted', 'accepted_with_warnings']);
    expect(plan.results[1]?.issues[0]?.message).toMatchObject({
      key: 'central:merge.otherPackage',
      params: { packageId: 'OTHER-1' },
    });
  });

  it('keeps the validator warnings of an accepted file and reports it as accepted with warnings', () => {
    const warning = issue('warning', { key: 'returnFile:issue.summaryMismatch' });
    const plan = planImport(
      empty,
      [parsedReturn({ sha: sha('w'), unitCode: 'A001', warnings: [warning] })],
      ctx,
    );
    expect(plan.results[0]).toMatchObject({ status: 'accepted_with_warnings', issues: [warning] });
    expect(plan.state.returns[0]?.warnings).toEqual([warning]);
  });

  it('names the unit of a file too damaged to read by the code in its file name, and lists it once', () => {
    const broken = {
      kind: 'rejected' as const,
      sha: sha('bad'),
      fileName: 'B002_乙局_2026回传文件.xlsx',
      unitCode: null,
      unitName: '',
      period: null,
      reasons: [issue('error', { key: 'returnFile:issue.truncated' })],
    };
    const plan = planImport(empty, [broken], ctx);
    expect(plan.results[0]).toMatchObject({ status: 'rejected', unitCode: 'B002', unitName: '乙局' });
    const again = planImport(plan.state, [broken], ctx);
    expect(again.state.rejected).toHaveLength(1);
  });

  it('follows a mapping the user made earlier for a unit whose files carry another code', () => {
    const first = planImport(empty, [parsedReturn({ sha: sha('m1'), unitCode: 'OLD01' })], ctx);
    const mapped: MergeState = {
      ...first.state,
      returns: first.state.returns.map((r) => ({ ...r, assignedCode: 'A001', state: 'current' as const })),
    };
    const plan = planImport(
      mapped,
      [parsedReturn({ sha: sha('m2'), unitCode: 'OLD01', exportedAt: '2026-03-09T09:00:00+08:00' })],
      ctx,
    );
    expect(plan.state.returns.find((r) => r.sha === sha('m2'))).toMatchObject({
      state: 'current',
      assignedCode: 'A001',
    });
    expect(plan.state.returns.find((r) => r.sha === sha('m1'))?.state).toBe('superseded');
  });

  it('does not change the state it was given', () => {
    const first = planImport(empty, [parsedReturn({ sha: sha('old'), unitCode: 'A001' })], ctx);
    const snapshot = structuredClone(first.state);
    planImport(
      first.state,
      [parsedReturn({ sha: sha('new'), unitCode: 'A001', exportedAt: '2026-03-09T09:00:00+08:00' })],
      ctx,
    );
    expect(first.state).toEqual(snapshot);
  });
});
