export {
  DEMO_PACKAGE_ID,
  DEMO_RULE_OPTIONS,
  type DemoOptions,
  type DemoUnitReturn,
  generateDemoReturns,
} from './build-demo-returns';
export { DEMO_CITY, type DemoUnitSpec, listDemoUnits } from './city';
export { type DemoUnitData, type GenerateUnitOptions, generateUnit } from './generate-unit';
export { createRng, deriveSeed, type Rng } from './prng';
