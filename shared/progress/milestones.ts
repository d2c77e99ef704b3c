import type { Message } from '../i18n';
import { MILESTONES, type Milestone, type MilestoneKey } from '../model';

/** A milestone with nothing recorded yet. */
export function createEmptyMilestone(key: MilestoneKey): Milestone {
  return { key, state: 'not_started', date: '', note: '', docRef: '' };
}

/**
 * The unit's milestones as the form shows them: all seven, in the usual order of the work. A
 * milestone recorded twice keeps its first record; one never recorded is "not started".
 */
export function normalizeMilestones(list: readonly Milestone[]): Milestone[] {
  const byKey = new Map<MilestoneKey, Milestone>();
  for (const milestone of list) if (!byKey.has(milestone.key)) byKey.set(milestone.key, milestone);
  return MILESTONES.map((key) => byKey.get(key) ?? createEmptyMilestone(key));
}

/** Counts of a unit's milestones by state, and the first one not yet done. */
export interface ProgressSummary {
  done: number;
  inProgress: number;
  notStarted: number;
  /** The first milestone (in the usual order) that is not done, or null when all are. */
  next: MilestoneKey | null;
}

/** Summarizes one unit's milestones. */
export function summarizeMilestones(list: readonly Milestone[]): ProgressSummary {
  const all = normalizeMilestones(list);
  return {
    done: all.filter((m) => m.state === 'done').length,
    inProgress: all.filter((m) => m.state === 'in_progress').length,
    notStarted: all.filter((m) => m.state === 'not_started').length,
    next: all.find((m) => m.state !== 'done')?.key ?? null,
  };
}

/** Something in the milestones worth a second look; the form shows it but still saves. */
export interface MilestoneWarning {
  key: MilestoneKey;
  message: Message;
}

/**
 * Checks what a reader of the report would question: a milestone marked done without a date, a date
 * after today, or a date before the date of an earlier step that is done.
 */
export function findMilestoneWarnings(list: readonly Milestone[], today: string): MilestoneWarning[] {
  const warnings: MilestoneWarning[] = [];
  for (const milestone of normalizeMilestones(list)) {
    if (milestone.state === 'done' && milestone.date === '') {
      warnings.push({ key: milestone.key, message: { key: 'progress:warning.doneWithoutDate' } });
    }
    if (milestone.date !== '' && today !== '' && milestone.date > today) {
      warnings.push({
        key: milestone.key,
        message: { key: 'progress:warning.futureDate', params: { date: milestone.date } },
      });
    }
    if (milestone.state === 'not_started' && (milestone.date !== '' || milestone.docRef !== '')) {
      warnings.push({ key: milestone.key, message: { key: 'progress:warning.notStartedWithRecord' } });
    }
  }
  return warnings;
}
