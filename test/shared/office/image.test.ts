import { describe, expect, it } from 'vitest';
import { createEmptyEvidence, type Install, type InstallDraft } from '../../../shared/model';
import { planImageApplication } from '../../../shared/office/image';

const draft = (productId: string | null, rawName: string, edition = '', contractNo = ''): InstallDraft => ({
  productId,
  rawName,
  version: '',
  edition,
  category: 'other',
  channel: 'volume',
  evidence: { ...createEmptyEvidence(), contractNo },
  entitlementId: null,
  notes: '',
});

const image = {
  installs: [
    draft('ms-windows-10', 'Windows 10', 'pro'),
    draft('wps-office', 'WPS Office', 'professional', 'HT-2024-31'),
    draft(null, '某某业务系统'),
  ],
};

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

describe('applying a standard image', () => {
  it('gives every chosen machine every install of the image', () => {
    const plan = planImageApplication(image, ['a', 'b'], [], ids());
    expect(plan.added).toHaveLength(6);
    expect(plan.added.filter((i) => i.machineId === 'a').map((i) => i.rawName)).toEqual([
      'Windows 10',
      'WPS Office',
      '某某业务系统',
    ]);
    expect(new Set(plan.added.map((i) => i.id)).size).toBe(6);
  });

  it('changes nothing in number when applied a second time, only refreshes the licence facts', () => {
    const first = planImageApplication(image, ['a'], [], ids());
    const existing: Install[] = first.added;
    const changed = {
      ...image,
      installs: image.installs.map((d) => ({ ...d, evidence: { ...d.evidence, invoiceNo: 'FP-1' } })),
    };
    const second = planImageApplication(changed, ['a'], existing, ids());
    expect(second.added).toEqual([]);
    expect(second.updated.size).toBe(3);
    for (const install of existing) {
      expect(second.updated.get(install.id)).toMatchObject({
        id: install.id,
        machineId: 'a',
        evidence: { invoiceNo: 'FP-1' },
      });
    }
  });

  it('keeps a different edition of the same product as separate software', () => {
    const home: Install = { ...draft('ms-windows-10', 'Windows 10', 'home'), id: 'x', machineId: 'a' };
    const plan = planImageApplication(image, ['a'], [home], ids());
    expect(plan.added.map((i) => i.edition)).toContain('pro');
    expect(plan.updated.size).toBe(0);
  });

  it('shares no evidence object between the image and the machines', () => {
    const plan = planImageApplication(image, ['a', 'b'], [], ids());
    const [first, , , second] = plan.added;
    expect(first?.evidence).not.toBe(image.installs[0]?.evidence);
    expect(first?.evidence).not.toBe(second?.evidence);
  });
});
