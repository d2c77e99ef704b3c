import { describe, expect, it } from 'vitest';
import { createEmptyEvidence, type Install } from '../../../shared/model';
import { applyNameMapping, upsertNameMapping } from '../../../shared/office/name-mapping';

const install = (id: string, rawName: string, productId: string | null = null): Install => ({
  id,
  machineId: 'm',
  productId,
  rawName,
  version: '',
  edition: '',
  category: 'other',
  channel: 'unknown',
  evidence: createEmptyEvidence(),
  entitlementId: null,
  notes: '',
});

describe('mapping unknown names to products', () => {
  it('maps every unmatched install of that name, whatever its spacing and case', () => {
    const installs = [
      install('1', '金山 WPS 2019'),
      install('2', '金山  wps 2019 '),
      install('3', '其他软件'),
    ];
    const changed = applyNameMapping(installs, {
      rawName: '金山 WPS 2019',
      productId: 'wps-office',
      edition: 'professional',
    });
    expect(changed).toBe(2);
    expect(installs.map((i) => [i.productId, i.edition])).toEqual([
      ['wps-office', 'professional'],
      ['wps-office', 'professional'],
      [null, ''],
    ]);
  });

  it('leaves installs that already have a product alone', () => {
    const installs = [install('1', 'WPS', 'yozo-office')];
    expect(applyNameMapping(installs, { rawName: 'WPS', productId: 'wps-office', edition: '' })).toBe(0);
    expect(installs[0]?.productId).toBe('yozo-office');
  });

  it('keeps one mapping per name, the latest', () => {
    const once = upsertNameMapping([], { rawName: 'Foo', productId: 'a', edition: '' });
    const twice = upsertNameMapping(once, { rawName: ' foo ', productId: 'b', edition: '' });
    expect(twice).toEqual([{ rawName: ' foo ', productId: 'b', edition: '' }]);
  });
});
