import type { CentralDoc } from '../../../electron/main/store/central-doc';
import type { NeedLine } from '../../../shared/budget';
import { MILESTONES, type Milestone } from '../../../shared/model';
import type { RosterUnit } from '../../../shared/roster/roster';

type StoredReturn = CentralDoc['returns'][number];

const zero = { installed: 0, genuine: 0, notGenuine: 0, toVerify: 0, needed: 0 };
const byCategory = { os: zero, office: zero, security: zero, other: zero };

/** A stored return as the import would have left it, with the figures the budget and progress read. */
export function storedReturn(
  unit: RosterUnit,
  period: string,
  needs: NeedLine[],
  milestones: Milestone[],
): StoredReturn {
  return {
    sha: unit.code
      .toLowerCase()
      .padEnd(64, '0')
      .replace(/[^0-9a-f]/g, 'a'),
    fileName: `${unit.name}.xlsx`,
    bytes: 1000,
    period,
    unitCode: unit.code,
    unitName: unit.name,
    parentCode: unit.parentCode,
    parentName: unit.parentName,
    exportedAt: '2026-03-01T08:00:00+08:00',
    packageId: '',
    digestState: 'unchanged',
    warnings: [],
    summary: {
      computers: 0,
      byCategory,
      genuineRate: null,
      vendors: [],
      domestic: byCategory,
      neededByProduct: needs,
      milestones,
      entitlements: 0,
      children: [],
    },
    assignedCode: unit.code,
    state: 'current',
    importedAt: '2026-03-02T08:00:00.000Z',
    supersededBy: null,
  };
}

/** Milestones with the first `done` steps done (dated), the rest not started. */
export function milestonesDone(done: number): Milestone[] {
  return MILESTONES.map((key, k) => ({
    key,
    state: k < done ? 'done' : 'not_started',
    date: k < done ? '2024-06-01' : '',
    note: '',
    docRef: '',
  }));
}

/** A roster unit. */
export function rosterUnit(code: string, name: string, parentCode = '', parentName = ''): RosterUnit {
  return { code, name, parentCode, parentName, contact: '', phone: '' };
}
