import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog';
import { generateDemoReturns, listDemoUnits } from '../../../shared/demo';

const options = { units: 12, machinesPerUnit: 30, seed: 7, period: '2026', programVersion: '1.0.0' };

describe('the demo city', () => {
  const returns = [...generateDemoReturns(options)];
  const installs = returns.flatMap((r) => r.data.installs);
  const vendorOf = new Map(BUILTIN_PRODUCTS.map((p) => [p.id, p.vendor]));

  it('has 70 distinct units with valid codes, in 6 counties or districts', () => {
    const units = listDemoUnits(70);
    expect(new Set(units.map((u) => u.code)).size).toBe(70);
    expect(new Set(units.map((u) => u.parentCode)).size).toBe(6);
    for (const u of units) expect(u.code).toMatch(/^[0-9A-Z]{18}$/);
  });

  it('is the same for the same seed and different for another', () => {
    const again = [...generateDemoReturns(options)];
    expect(again.map((r) => r.data)).toEqual(returns.map((r) => r.data));
    const other = [...generateDemoReturns({ ...options, seed: 8 })];
    expect(other[0]?.data.machines).not.toEqual(returns[0]?.data.machines);
  });

  it('produces every licence status in every main category', () => {
    for (const category of ['os', 'office', 'security'] as const) {
      const statuses = new Set(installs.filter((i) => i.category === category).map((i) => i.status));
      expect([...statuses].sort()).toEqual(['genuine', 'not_genuine', 'to_verify']);
    }
  });

  it('is mostly Microsoft for operating systems and office suites, as the seed report found', () => {
    const osOffice = installs.filter((i) => i.category === 'os' || i.category === 'office');
    const microsoft = osOffice.filter((i) => vendorOf.get(i.productId ?? '') === 'microsoft').length;
    expect(microsoft / osOffice.length).toBeGreaterThan(0.7);
    expect(microsoft / osOffice.length).toBeLessThan(0.95);
  });

  it('gives every verdict a reason and links contract installs to entitlements that exist', () => {
    for (const r of returns) {
      const ids = new Set(r.data.entitlements.map((e) => e.id));
      for (const i of r.data.installs) {
        expect(i.reasons.length).toBeGreaterThan(0);
        if (i.entitlementId) expect(ids.has(i.entitlementId)).toBe(true);
      }
    }
  });

  it('has units at different stages of their milestones and unique asset numbers', () => {
    const stages = new Set(returns.map((r) => r.data.milestones.filter((m) => m.state === 'done').length));
    expect(stages.size).toBeGreaterThan(2);
    for (const r of returns)
      expect(new Set(r.data.machines.map((m) => m.assetNo)).size).toBe(r.data.machines.length);
  });
});
