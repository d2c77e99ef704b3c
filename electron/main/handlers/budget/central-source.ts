import type { UnitNeedsInput } from '../../../../shared/budget';
import type { UnitProgressInput } from '../../../../shared/progress';
import type { RosterUnit } from '../../../../shared/roster/roster';
import type { CentralDoc } from '../../store/central-doc';

type StoredReturn = CentralDoc['returns'][number];

/** The roster of the current period with each unit's current return (null when it has none). */
export interface CentralUnits {
  period: string | null;
  units: Array<{ unit: RosterUnit; ret: StoredReturn | null }>;
}

/**
 * Reads the central document: the roster of the current period, and for each unit the return that
 * counts for it. Without a roster, the units that sent a current return stand in for it.
 */
export function readCentralUnits(doc: CentralDoc): CentralUnits {
  const period = doc.currentPeriod;
  if (period === null) return { period, units: [] };
  const current = doc.returns.filter((r) => r.state === 'current' && r.period === period);
  const byCode = new Map(current.map((r) => [r.assignedCode, r]));
  const roster = doc.rosters.find((r) => r.period === period)?.units;
  const units: RosterUnit[] =
    roster && roster.length > 0
      ? roster
      : current.map((r) => ({
          code: r.assignedCode,
          name: r.unitName,
          parentCode: r.parentCode,
          parentName: r.parentName,
          contact: '',
          phone: '',
        }));
  return { period, units: units.map((unit) => ({ unit, ret: byCode.get(unit.code) ?? null })) };
}

/** Units that returned, with their licences to buy, for computeCentralBudget. */
export function toUnitNeeds(central: CentralUnits): UnitNeedsInput[] {
  return central.units.flatMap(({ unit, ret }) =>
    ret === null
      ? []
      : [
          {
            unitCode: unit.code,
            unitName: unit.name,
            parentCode: unit.parentCode,
            parentName: unit.parentName,
            needs: ret.summary.neededByProduct,
          },
        ],
  );
}

/**
 * Every roster unit with its own milestones (null without a return). A consolidated return also
 * carries its lower units' milestones tagged with their codes; only the unit's own count here.
 */
export function toUnitProgress(central: CentralUnits): UnitProgressInput[] {
  return central.units.map(({ unit, ret }) => ({
    unitCode: unit.code,
    unitName: unit.name,
    parentCode: unit.parentCode,
    parentName: unit.parentName,
    milestones:
      ret === null
        ? null
        : ret.summary.milestones
            .filter(
              (m) => m.unitCode === undefined || m.unitCode === ret.unitCode || m.unitCode === unit.code,
            )
            .map(({ unitCode: _unitCode, ...milestone }) => milestone),
  }));
}
