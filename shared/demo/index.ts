export { DEMO_CITY, type DemoUnitSpec, listDemoUnits } from './city';
export { type DemoUnitData, type GenerateUnitOptions, generateUnit } from './generate-unit';
export { createRng, deriveSeed, type Rng } from './prng';
