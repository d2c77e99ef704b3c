import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog';
import {
  classifyAll,
  classifyAllWithReconciliation,
  DEFAULT_RULE_OPTIONS,
  reconcile,
} from '../../../shared/licensing';
import type { Install } from '../../../shared/model';
import { makeEntitlement, makeInstall, makeMachine, reasonKeys, TODAY } from './helpers';

function officeInstalls(
  count: number,
  overrides: Parameters<typeof makeInstall>[0] = {},
  prefix = 'i',
): Install[] {
  return Array.from({ length: count }, (_, index) =>
    makeInstall({
      id: `${prefix}${index + 1}`,
      machineId: `m${index + 1}`,
      productId: 'ms-office-2016',
      edition: 'professional_plus',
      category: 'office',
      channel: 'volume',
      ...overrides,
    }),
  );
}

const officeContract = makeEntitlement({
  id: 'e-office',
  productId: 'ms-office-2016',
  edition: 'professional_plus',
  channel: 'volume',
  quantity: 10,
  contractNo: 'HT-2024-015',
});

describe('reconciliation of installs against licences owned', () => {
  it('an Office volume contract with 10 seats and 12 installs shows a shortfall of 2 and marks exactly 2 installs', () => {
    const installs = officeInstalls(12, { entitlementId: 'e-office' });
    const { rows, overDeployedInstallIds } = reconcile(installs, [officeContract], BUILTIN_PRODUCTS);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ installs: 12, seats: 10, shortfall: 2, surplus: 0, overDeployed: 2 });
    expect([...overDeployedInstallIds].sort()).toEqual(['i11', 'i12']);
  });

  it('over-deployed installs that would be genuine become not genuine with an over-deployment reason', () => {
    const installs = officeInstalls(12, { entitlementId: 'e-office' });
    const machines = installs.map((install) => makeMachine(install.machineId));
    const results = classifyAll(
      installs,
      machines,
      [officeContract],
      BUILTIN_PRODUCTS,
      DEFAULT_RULE_OPTIONS,
      {
        today: TODAY,
      },
    );
    const statuses = installs.map((install) => results.get(install.id)?.status);
    expect(statuses.filter((status) => status === 'genuine')).toHaveLength(10);
    expect(results.get('i12')?.status).toBe('not_genuine');
    expect(reasonKeys(results.get('i12') ?? { reasons: [] })[0]).toBe('overDeployed');
    expect(results.get('i12')?.reasons[0]?.params).toMatchObject({ seats: 10 });
  });

  it('the array form gives one result per install in order, with the reconciliation behind it', () => {
    const installs = officeInstalls(12, { entitlementId: 'e-office' });
    const { results, reconciliation } = classifyAllWithReconciliation(
      installs,
      [],
      [officeContract],
      BUILTIN_PRODUCTS,
      DEFAULT_RULE_OPTIONS,
    );
    expect(results.map((result) => result.status)).toEqual([
      ...Array<string>(10).fill('genuine'),
      'not_genuine',
      'not_genuine',
    ]);
    expect(reconciliation.rows[0]?.shortfall).toBe(2);
  });

  it('installs linked to a licence claim its seats before unlinked installs of the same product', () => {
    const unlinked = officeInstalls(2, { evidence: { contractNo: 'HT-2024-015' } }, 'u');
    const linked = officeInstalls(3, { entitlementId: 'e-office' }, 'l');
    const { overDeployedInstallIds } = reconcile(
      [...unlinked, ...linked],
      [{ ...officeContract, quantity: 3 }],
      BUILTIN_PRODUCTS,
    );
    expect([...overDeployedInstallIds].sort()).toEqual(['u1', 'u2']);
  });

  it('a licence recorded without an edition covers installs of any edition of the product', () => {
    const installs = [...officeInstalls(3), ...officeInstalls(2, { edition: 'standard' }, 's')];
    const anyEdition = { ...officeContract, edition: '', quantity: 5 };
    const { rows, overDeployedInstallIds } = reconcile(installs, [anyEdition], BUILTIN_PRODUCTS);
    expect(rows).toEqual([expect.objectContaining({ edition: '', installs: 5, seats: 5, shortfall: 0 })]);
    expect(overDeployedInstallIds.size).toBe(0);
  });

  it('unused seats show as surplus', () => {
    const { rows } = reconcile(officeInstalls(7), [officeContract], BUILTIN_PRODUCTS);
    expect(rows[0]).toMatchObject({ installs: 7, seats: 10, surplus: 3, shortfall: 0 });
  });

  it('retail installs with no licence recorded in the ledger show a shortfall but are judged on their own invoices', () => {
    const installs = officeInstalls(2, { channel: 'retail', evidence: { invoiceNo: 'FP-1' } });
    const { rows, overDeployedInstallIds } = reconcile(installs, [], BUILTIN_PRODUCTS);
    expect(rows[0]).toMatchObject({ channelGroup: 'retail', installs: 2, seats: 0, shortfall: 2 });
    expect(overDeployedInstallIds.size).toBe(0);
    const results = classifyAll(installs, [], [], BUILTIN_PRODUCTS, DEFAULT_RULE_OPTIONS);
    expect(results.get('i1')?.status).toBe('genuine');
  });

  it('OEM and free installs do not use up purchased seats', () => {
    const oem = officeInstalls(4, { channel: 'oem' }, 'o');
    const free = [makeInstall({ id: 'z1', productId: '7-zip', channel: 'free' })];
    const { rows } = reconcile([...oem, ...free], [officeContract], BUILTIN_PRODUCTS);
    const oemRow = rows.find((row) => row.channelGroup === 'oem');
    const volumeRow = rows.find((row) => row.channelGroup === 'volume');
    expect(oemRow).toMatchObject({ installs: 4, consumesSeats: false, shortfall: 0 });
    expect(volumeRow).toMatchObject({ installs: 0, seats: 10, surplus: 10 });
    expect(rows.find((row) => row.productId === '7-zip')).toMatchObject({
      channelGroup: 'free',
      installs: 1,
    });
  });

  it('installs on scrapped machines are not counted', () => {
    const installs = officeInstalls(3);
    const machines = [makeMachine('m1', { status: 'scrapped' }), makeMachine('m2'), makeMachine('m3')];
    const { rows } = reconcile(installs, [officeContract], BUILTIN_PRODUCTS, machines);
    expect(rows[0]?.installs).toBe(2);
  });

  it('an over-deployed install that is already to verify keeps its status and gains the over-deployment reason', () => {
    const installs = officeInstalls(2, { channel: 'volume', evidence: { contractNo: 'HT-2024-015' } });
    installs.push(
      makeInstall({ ...installs[0], id: 'x', evidence: { kmsHost: '10.9.9.9', contractNo: 'HT' } }),
    );
    const results = classifyAll(
      installs,
      [],
      [{ ...officeContract, quantity: 2 }],
      BUILTIN_PRODUCTS,
      DEFAULT_RULE_OPTIONS,
    );
    expect(results.get('x')?.status).toBe('to_verify');
    expect(reasonKeys(results.get('x') ?? { reasons: [] })).toContain('overDeployed');
  });
});

describe('classification at scale', () => {
  it('classifies 100,000 installs with reconciliation quickly', () => {
    const profiles: Parameters<typeof makeInstall>[0][] = [
      {
        productId: 'ms-windows-10',
        edition: 'pro',
        channel: 'oem',
        evidence: { coa: 'matching', productIdOem: true },
      },
      {
        productId: 'ms-office-2016',
        edition: 'professional_plus',
        channel: 'volume',
        entitlementId: 'e-office',
      },
      { productId: 'wps-office', edition: 'personal', channel: 'free' },
      { productId: '360-safeguard', channel: 'free' },
      { productId: '7-zip', channel: 'unknown' },
      { productId: 'winrar', channel: 'unknown' },
      { productId: null, rawName: '某业务系统' },
      { productId: 'ms-windows-10', edition: 'pro', channel: 'volume', evidence: { kmsHost: 'kms.03k.org' } },
    ];
    const installs: Install[] = [];
    for (let index = 0; index < 100_000; index += 1) {
      const profile = profiles[index % profiles.length];
      installs.push(makeInstall({ ...profile, id: `i${index}`, machineId: `m${Math.floor(index / 10)}` }));
    }
    const entitlements = [{ ...officeContract, quantity: 10_000 }];
    const started = performance.now();
    const results = classifyAll(installs, [], entitlements, BUILTIN_PRODUCTS, DEFAULT_RULE_OPTIONS, {
      today: TODAY,
    });
    const elapsed = performance.now() - started;
    console.info(`classifyAll: 100,000 installs in ${elapsed.toFixed(0)} ms`);
    expect(results.size).toBe(100_000);
    // 12,500 Office installs against 10,000 seats.
    expect([...results.values()].filter((result) => reasonKeys(result)[0] === 'overDeployed')).toHaveLength(
      2_500,
    );
    expect(elapsed).toBeLessThan(5_000);
  });
});
