import { describe, expect, it } from 'vitest';
import { findMilestoneWarnings, normalizeMilestones, summarizeMilestones } from '../../../shared/progress';

describe("a unit's milestones", () => {
  it('always shows the seven steps in the usual order, unrecorded ones not started', () => {
    const list = normalizeMilestones([
      { key: 'survey', state: 'done', date: '2024-05-17', note: '', docRef: '' },
      { key: 'leading_group', state: 'done', date: '2023-12-28', note: '', docRef: '遵府办发〔2023〕175号' },
    ]);
    expect(list.map((m) => m.key)).toEqual([
      'leading_group',
      'plan',
      'survey',
      'budget',
      'procurement',
      'installation',
      'acceptance',
    ]);
    expect(list[0]?.docRef).toBe('遵府办发〔2023〕175号');
    expect(list[1]).toEqual({ key: 'plan', state: 'not_started', date: '', note: '', docRef: '' });
    expect(summarizeMilestones(list)).toEqual({ done: 2, inProgress: 0, notStarted: 5, next: 'plan' });
  });

  it('points out a done step without a date, a date in the future and a record on a step not started', () => {
    const warnings = findMilestoneWarnings(
      [
        { key: 'leading_group', state: 'done', date: '', note: '', docRef: '' },
        { key: 'plan', state: 'in_progress', date: '2030-01-01', note: '', docRef: '' },
        { key: 'survey', state: 'not_started', date: '', note: '', docRef: '某号' },
        { key: 'budget', state: 'done', date: '2024-07-31', note: '', docRef: '' },
      ],
      '2026-03-01',
    );
    expect(warnings.map((w) => [w.key, w.message.key])).toEqual([
      ['leading_group', 'progress:warning.doneWithoutDate'],
      ['plan', 'progress:warning.futureDate'],
      ['survey', 'progress:warning.notStartedWithRecord'],
    ]);
  });
});
