import { sumFen } from './money';

/** A budget against the funds already allocated (已落实资金). */
export interface FundingPosition {
  totalFen: number;
  /** Funds recorded; null when the unit has recorded none (counted as zero in the gap). */
  fundsFen: number | null;
  /** 资金缺口: what the funds do not cover; never negative. */
  gapFen: number;
  /** 资金结余: funds beyond the total; shown apart, never netted against another unit's gap. */
  surplusFen: number;
}

/** Compares one unit's scenario total with its allocated funds. */
export function computeFundingPosition(totalFen: number, fundsFen: number | null): FundingPosition {
  const funds = fundsFen ?? 0;
  return {
    totalFen,
    fundsFen,
    gapFen: Math.max(0, totalFen - funds),
    surplusFen: Math.max(0, funds - totalFen),
  };
}

/** A group of units (county or city): sums of the units' totals, funds, gaps and surpluses. */
export interface AggregatePosition {
  totalFen: number;
  fundsFen: number;
  /** Sum of the units' gaps: one unit's surplus does not cover another unit's gap. */
  gapFen: number;
  surplusFen: number;
  /** Units that recorded no funds at all. */
  unitsWithoutFunds: number;
}

/** Adds up the positions of several units. */
export function aggregatePositions(positions: readonly FundingPosition[]): AggregatePosition {
  return {
    totalFen: sumFen(positions.map((p) => p.totalFen)),
    fundsFen: sumFen(positions.map((p) => p.fundsFen ?? 0)),
    gapFen: sumFen(positions.map((p) => p.gapFen)),
    surplusFen: sumFen(positions.map((p) => p.surplusFen)),
    unitsWithoutFunds: positions.filter((p) => p.fundsFen === null).length,
  };
}
