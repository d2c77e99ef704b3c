import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog/builtin-products';
import {
  buildConsolidatedReturn,
  type ConsolidationSource,
} from '../../../shared/report/consolidated-report';
import { decodeReturn, encodeReturn } from '../../../shared/return-file';
import { figuresOf } from '../../../shared/stats/central-aggregate';
import { createProductLookup } from '../../../shared/stats/central-rows';
import { summarizeForCentral } from '../../../shared/stats/central-summary';
import { countPlainly } from '../../fixtures/central/count-independently';
import { generateReturn, generateRoster } from '../../fixtures/central/generate-returns';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const lookup = createProductLookup(BUILTIN_PRODUCTS);
const roster = generateRoster(9);
const data = roster.map((u, i) =>
  generateReturn(u, i, { period: '2026', exportedAt: '2026-03-01T09:00:00+08:00', machines: 6 + i }),
);
const meta = {
  programVersion: '0.1.0',
  exportedAt: '2026-04-01T08:00:00.000Z',
  packageId: '',
  ruleOptionsDigest: '',
};

function profileOf(code: string, name: string, level: 'county' | 'city') {
  return {
    code,
    name,
    parentCode: '',
    parentName: '',
    level,
    headcount: 0,
    contact: '',
    phone: '',
    period: '2026',
  };
}

function sourcesOf(indexes: number[]): ConsolidationSource[] {
  return indexes.map((i) => ({
    unitCode: roster[i]!.code,
    unitName: roster[i]!.name,
    parentCode: roster[i]!.parentCode,
    data: data[i]!,
  }));
}

function roundTrip(bytes: Uint8Array) {
  const decoded = decodeReturn(bytes, { digest: sha256 });
  expect(decoded.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(decoded.value).not.toBeNull();
  return decoded;
}

describe('consolidated report', () => {
  it('is a valid return file carrying every row tagged by unit, with the same totals', () => {
    const report = buildConsolidatedReturn({
      profile: profileOf('520300', '遵义市版权局', 'city'),
      period: '2026',
      meta,
      sources: sourcesOf([0, 1, 2, 3]),
    });
    const decoded = roundTrip(encodeReturn(report, { digest: sha256 }));
    expect(decoded.issues).toEqual([]);
    expect(decoded.digestState).toBe('unchanged');
    const value = decoded.value!;
    expect(new Set(value.machines.map((m) => m.unitCode))).toEqual(
      new Set(roster.slice(0, 4).map((u) => u.code)),
    );
    const plain = countPlainly(data.slice(0, 4));
    expect(figuresOf([summarizeForCentral(value, lookup)]).computers).toBe(plain.computers);
    expect(value.children?.map((c) => c.unitCode)).toEqual(roster.slice(0, 4).map((u) => u.code));
    expect(value.children?.[1]?.computers).toBe(countPlainly([data[1]!]).computers);
  });

  it("keeps the departments' detail when a county report is consolidated again at the city", () => {
    const county = buildConsolidatedReturn({
      profile: profileOf('520302', '红花岗区', 'county'),
      period: '2026',
      meta,
      sources: sourcesOf([0, 7]),
    });
    const countyFile = roundTrip(encodeReturn(county, { digest: sha256 })).value!;
    const city = buildConsolidatedReturn({
      profile: profileOf('520300', '遵义市', 'city'),
      period: '2026',
      meta,
      sources: [
        { unitCode: '520302', unitName: '红花岗区', parentCode: '', data: countyFile },
        ...sourcesOf([1]),
      ],
    });
    const cityFile = roundTrip(encodeReturn(city, { digest: sha256 })).value!;
    expect(new Set(cityFile.installs.map((i) => i.unitCode))).toEqual(
      new Set([roster[0]!.code, roster[7]!.code, roster[1]!.code]),
    );
    expect(cityFile.children?.find((c) => c.unitCode === roster[7]!.code)?.parentCode).toBe('520302');
    expect(figuresOf([summarizeForCentral(cityFile, lookup)]).computers).toBe(
      countPlainly([data[0]!, data[7]!, data[1]!]).computers,
    );
  });
});
