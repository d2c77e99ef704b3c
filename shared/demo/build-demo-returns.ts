import { BUILTIN_PRODUCTS, createNormalizer } from '../catalog';
import { DEFAULT_RULE_OPTIONS, type RuleOptions } from '../licensing';
import { buildReturnData } from '../office-return';
import type { ReturnData } from '../return-file';
import { listDemoUnits } from './city';
import { type DemoUnitData, generateUnit } from './generate-unit';
import { createRng, deriveSeed } from './prng';

export interface DemoOptions {
  units: number;
  machinesPerUnit: number;
  seed: number;
  period: string;
  programVersion: string;
  /** Everyday tools per machine relative to the base mix. */
  toolDensity?: number;
  /** About how many further programs each machine has from a longer list (none by default). */
  extraTools?: number;
}

/** The demo city runs its own KMS host, which its reporting package names. */
export const DEMO_RULE_OPTIONS: RuleOptions = {
  ...DEFAULT_RULE_OPTIONS,
  unitKmsHosts: ['kms.qinglan.gov.cn'],
};

export const DEMO_PACKAGE_ID = 'QL-2026-ZBH-01';

export interface DemoUnitReturn {
  unit: DemoUnitData;
  data: ReturnData;
}

/** Generates every unit of the demo city and its return, deterministically from the seed. */
export function* generateDemoReturns(options: DemoOptions): Generator<DemoUnitReturn> {
  const normalize = createNormalizer(BUILTIN_PRODUCTS);
  const productsById = new Map(BUILTIN_PRODUCTS.map((p) => [p.id, p]));
  for (const spec of listDemoUnits(options.units)) {
    const rng = createRng(deriveSeed(options.seed ^ 0x5eed, spec.index));
    const machines = Math.max(
      1,
      Math.round(options.machinesPerUnit * spec.weight * (0.75 + rng.next() * 0.5)),
    );
    const unit = generateUnit(spec, {
      seed: options.seed,
      machines,
      period: options.period,
      toolDensity: options.toolDensity ?? 2.6,
      extraTools: options.extraTools ?? 0,
      normalize,
      productsById,
    });
    const day = 10 + (spec.index % 18);
    const exportedAt = `${options.period.slice(0, 4)}-11-${String(day).padStart(2, '0')}T${String(9 + (spec.index % 8)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+08:00`;
    const data = buildReturnData(
      {
        ...unit,
        budget: [],
        catalog: BUILTIN_PRODUCTS,
        options: DEMO_RULE_OPTIONS,
        packageId: DEMO_PACKAGE_ID,
        ruleOptionsDigest: '',
      },
      { programVersion: options.programVersion, exportedAt },
    );
    yield { unit, data };
  }
}
