import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog';
import type { Classification, Reconciliation } from '../../../shared/licensing';
import {
  type Category,
  type Channel,
  createEmptyEvidence,
  createMachineDraft,
  type Install,
  type LicenceStatus,
  type Machine,
  type MachineStatus,
} from '../../../shared/model';
import { computeOverview } from '../../../shared/office/overview';
import { filterInstalls, summarizeSoftware } from '../../../shared/office/software';

const machine = (id: string, status: MachineStatus = 'in_use'): Machine => ({
  ...createMachineDraft(id.toUpperCase()),
  id,
  status,
});

let n = 0;
function install(
  machineId: string,
  productId: string | null,
  category: Category,
  channel: Channel,
  evidence: Partial<Install['evidence']> = {},
  rawName = productId ?? '',
): Install {
  n += 1;
  return {
    id: `i${n}`,
    machineId,
    productId,
    rawName,
    version: '',
    edition: '',
    category,
    channel,
    evidence: { ...createEmptyEvidence(), ...evidence },
    entitlementId: null,
    notes: '',
  };
}

const machines = [machine('a'), machine('b'), machine('c', 'idle'), machine('d', 'scrapped'), machine('e')];
const installs = [
  install('a', 'ms-windows-10', 'os', 'oem', { coa: 'matching' }),
  install('a', 'ms-office-2019', 'office', 'volume', { contractNo: 'HT-1' }),
  install('b', 'ms-windows-10', 'os', 'unknown'),
  install('b', 'winrar', 'other', 'unknown'),
  install('b', null, 'other', 'unknown', {}, '某某业务系统'),
  install('c', '7-zip', 'other', 'open_source'),
  install('c', null, 'other', 'unknown', {}, ' 某某业务系统　'),
  install('d', 'ms-windows-10', 'os', 'unknown'),
];
const verdicts: LicenceStatus[] = [
  'genuine',
  'not_genuine',
  'not_genuine',
  'not_genuine',
  'to_verify',
  'genuine',
  'to_verify',
  'not_genuine',
];
const byInstall = new Map<string, Classification>(
  installs.map((i, k) => [i.id, { status: verdicts[k] ?? 'to_verify', reasons: [] }]),
);
const officeId = installs[1]?.id ?? '';
const reconciliation: Reconciliation = {
  rows: [
    {
      productId: 'ms-office-2019',
      edition: '',
      channelGroup: 'volume',
      consumesSeats: true,
      installs: 1,
      seats: 0,
      surplus: 0,
      shortfall: 1,
      overDeployed: 1,
      entitlementIds: [],
    },
  ],
  overDeployedInstallIds: new Set([officeId]),
  rowOfOverDeployed: new Map(),
};
const productById = new Map(BUILTIN_PRODUCTS.map((p) => [p.id, p]));
const input = { machines, installs, byInstall, reconciliation, productById, hasProfile: false };

describe('the office overview', () => {
  const overview = computeOverview(input);

  it('counts computers and installs on machines that are not scrapped', () => {
    expect(overview.computers).toBe(4);
    expect(overview.machinesByStatus).toEqual({ in_use: 3, idle: 1, scrapped: 1 });
    const row = (c: string) => overview.categories.find((f) => f.category === c);
    // os: a genuine, b not genuine (d is scrapped)
    expect(row('os')).toEqual({
      category: 'os',
      installed: 2,
      genuine: 1,
      notGenuine: 1,
      toVerify: 0,
      needed: 1,
    });
    expect(row('office')).toEqual({
      category: 'office',
      installed: 1,
      genuine: 0,
      notGenuine: 1,
      toVerify: 0,
      needed: 1,
    });
    expect(row('security')).toEqual({
      category: 'security',
      installed: 0,
      genuine: 0,
      notGenuine: 0,
      toVerify: 0,
      needed: 0,
    });
    // other: winrar NG, two unknown TV, 7-zip G
    expect(row('other')).toEqual({
      category: 'other',
      installed: 4,
      genuine: 1,
      notGenuine: 1,
      toVerify: 2,
      needed: 3,
    });
    expect(overview.total).toEqual({
      category: 'total',
      installed: 7,
      genuine: 2,
      notGenuine: 3,
      toVerify: 2,
      needed: 5,
    });
    expect(overview.genuineRate).toBeCloseTo(2 / 7);
    expect(overview.shortfall).toBe(1);
  });

  it('lists what to fix with the number of rows behind each item', () => {
    const fixes = Object.fromEntries(overview.fixes.map((f) => [f.kind, f.count]));
    expect(fixes).toEqual({
      no_profile: 1,
      not_genuine: 3,
      to_verify: 2,
      // Windows and WinRAR on b: paid, nothing recorded. 7-Zip is free, the unknown ones are listed apart.
      no_evidence: 2,
      over_deployed: 1,
      // "某某业务系统" and " 某某业务系统　" (ideographic space) differ only around the name: one name to map.
      unknown_names: 1,
      no_installs: 1,
    });
  });

  it('leads each item to the same rows the software list shows for its filter', () => {
    const ctx = { machines, byInstall, productById, overDeployed: reconciliation.overDeployedInstallIds };
    for (const fix of overview.fixes) {
      if (fix.target.route !== 'office/software' || !('filter' in fix.target)) continue;
      expect(filterInstalls(installs, fix.target.filter, ctx), fix.kind).toHaveLength(fix.count);
    }
  });

  it('leaves out items with nothing to fix', () => {
    const clean = computeOverview({
      ...input,
      // The first planned install exists: the list above is written out by hand.
      installs: [installs[0] as Install],
      hasProfile: true,
      reconciliation: { ...reconciliation, rows: [], overDeployedInstallIds: new Set() },
    });
    expect(clean.fixes.map((f) => f.kind)).toEqual(['no_installs']);
  });
});

describe('the software list', () => {
  const ctx = { machines, byInstall, productById, overDeployed: new Set<string>() };
  const list = summarizeSoftware(installs, ctx);

  it('counts installs and machines per product, leaving scrapped machines out', () => {
    const windows = list.rows.find((r) => r.productId === 'ms-windows-10');
    expect(windows).toMatchObject({
      installs: 2,
      machines: 2,
      genuine: 1,
      notGenuine: 1,
      toVerify: 0,
      category: 'os',
    });
  });

  it('lists unknown raw names once per tidied name, with where they are', () => {
    expect(list.unknown).toHaveLength(1);
    expect(list.unknown[0]).toMatchObject({ installs: 2, machines: 2, sampleAssetNos: ['B', 'C'] });
  });

  it('filters installs by product, raw name, status and category together', () => {
    expect(filterInstalls(installs, { productId: 'ms-windows-10' }, ctx)).toHaveLength(2);
    expect(filterInstalls(installs, { rawName: '某某业务系统' }, ctx)).toHaveLength(2);
    expect(
      filterInstalls(installs, { category: 'other', status: 'genuine' }, ctx).map((i) => i.productId),
    ).toEqual(['7-zip']);
  });
});
