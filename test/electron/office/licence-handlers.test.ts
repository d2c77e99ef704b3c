import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDocuments } from '../../../electron/main/store/document';
import { BUILTIN_PRODUCTS } from '../../../shared/catalog';
import { DEFAULT_RULE_OPTIONS } from '../../../shared/licensing';
import { createMachineDraft } from '../../../shared/model';
import { installDraft, type OfficeHarness, openOffice } from './harness';

let h: OfficeHarness;
beforeEach(async () => {
  h = await openOffice();
});
afterEach(() => closeDocuments(h.dir));

const officeInstall = installDraft({
  productId: 'ms-office-2019',
  rawName: 'Microsoft Office 2019',
  edition: 'professional_plus',
  category: 'office',
  channel: 'volume',
  evidence: { contractNo: 'VL-2025-01' },
});

const licence = {
  productId: 'ms-office-2019',
  edition: 'professional_plus',
  channel: 'volume' as const,
  quantity: 10,
  contractNo: 'VL-2025-01',
  invoiceNo: '',
  supplier: '某某科技有限公司',
  purchaseDate: '2025-03-01',
  amountFen: 1_280_050,
  expiry: '',
  notes: '',
};

async function machines(count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= count; i++)
    ids.push((await h.call('machines:create', { draft: createMachineDraft(`${prefix}-${i}`) })).id);
  return ids;
}

describe('licences and reconciliation', () => {
  it('shows 12 Office installs under a 10-seat volume licence as a shortfall of 2, two of them over-deployed', async () => {
    await h.call('entitlements:save', { draft: licence });
    for (const id of await machines(12, 'ZB'))
      await h.call('installs:save', { machineId: id, draft: officeInstall });
    const rows = await h.call('entitlements:reconcile', {});
    const office = rows.find((r) => r.productId === 'ms-office-2019');
    expect(office).toMatchObject({
      seats: 10,
      installs: 12,
      surplus: 0,
      shortfall: 2,
      overDeployed: 2,
      channel: 'volume',
    });
    const overDeployed = await h.call('installs:query', { filter: { issue: 'over_deployed' } });
    expect(overDeployed).toHaveLength(2);
    expect(overDeployed.every((i) => i.status === 'not_genuine' && i.isOverDeployed)).toBe(true);
    const overview = await h.call('office:overview', {});
    expect(overview.fixes.find((f) => f.kind === 'over_deployed')?.count).toBe(2);
    expect(overview.shortfall).toBe(2);
  });

  it('unlinks installs from a deleted licence in the same write', async () => {
    const saved = await h.call('entitlements:save', { draft: licence });
    const [id] = await machines(1, 'ZB');
    await h.call('installs:save', {
      machineId: id ?? '',
      draft: { ...officeInstall, entitlementId: saved.id },
    });
    expect((await h.call('entitlements:list', {}))[0]).toMatchObject({
      linkedInstalls: 1,
      productName: { zh: 'Microsoft Office 2019' },
    });
    h.writes();
    await h.call('entitlements:delete', { ids: [saved.id] });
    expect(h.writes()).toBe(1);
    const installs = await h.call('installs:query', { filter: { productId: 'ms-office-2019' } });
    expect(installs[0]?.entitlementId).toBeNull();
  });

  it('refuses a licence for a product the catalog does not have', async () => {
    const error = await h.fail('entitlements:save', { draft: { ...licence, productId: 'no-such-product' } });
    expect(error.details?.[0]?.path).toBe('productId');
  });
});

describe('rule options', () => {
  it('reclassifies at once when a contested rule changes', async () => {
    const [id] = await machines(1, 'ZB');
    const home = installDraft({
      productId: 'ms-windows-10',
      rawName: 'Windows 10',
      edition: 'home',
      category: 'os',
      channel: 'oem',
      evidence: { coa: 'matching', productIdOem: true, originalMachine: true },
    });
    const before = await h.call('installs:save', { machineId: id ?? '', draft: home });
    expect(before.status).toBe('not_genuine');
    expect(before.reasons[0]?.key).toBe('licensing:reason.windowsHome');

    await h.call('rules:save', { ...DEFAULT_RULE_OPTIONS, windowsHomeAccepted: true });
    const [after] = (await h.call('machines:get', { id: id ?? '' })).installs;
    expect(after?.status).toBe('genuine');
    expect((await h.call('rules:get', {})).windowsHomeAccepted).toBe(true);
  });
});

describe('the catalog', () => {
  it('keeps a user edit of a built-in product and can put the built-in version back', async () => {
    const wps = BUILTIN_PRODUCTS.find((p) => p.id === 'wps-office');
    if (!wps) throw new Error('WPS is built in');
    await h.call('catalog:save', { product: { ...wps, aliases: [...(wps.aliases ?? []), '金山文字'] } });
    const edited = (await h.call('catalog:list', {})).find((p) => p.id === 'wps-office');
    expect(edited).toMatchObject({ isBuiltin: true, isUserEdited: true, isUserOwned: true });
    expect(edited?.aliases).toContain('金山文字');
    await h.call('catalog:reset', { id: 'wps-office' });
    const reset = (await h.call('catalog:list', {})).find((p) => p.id === 'wps-office');
    expect(reset?.aliases).not.toContain('金山文字');
    expect(reset?.isUserOwned).toBe(false);
  });

  it('adds a user product, treats a built-in id as an edit, and refuses removing a product in use', async () => {
    const product = {
      id: 'u-oa',
      publisher: '某某软件公司',
      vendor: 'other',
      name: { zh: '协同办公系统', en: 'Collaborative OA' },
      category: 'other' as const,
      domestic: true,
      freeForInstitutions: 'no' as const,
      editions: [],
      patterns: [],
      builtinVersion: 0,
      isBuiltin: false,
    };
    await h.call('catalog:save', { product });
    const asBuiltin = await h.call('catalog:save', { product: { ...product, id: 'ms-windows-10' } });
    expect(asBuiltin).toMatchObject({ isBuiltin: true, isUserEdited: true });
    await h.call('catalog:reset', { id: 'ms-windows-10' });
    const [id] = await machines(1, 'ZB');
    await h.call('installs:save', {
      machineId: id ?? '',
      draft: installDraft({ productId: 'u-oa', rawName: '协同办公系统' }),
    });
    expect((await h.fail('catalog:remove', { id: 'u-oa' })).message).toMatchObject({
      key: 'software:errors.productInUse',
      params: { count: 1 },
    });
    expect((await h.fail('catalog:remove', { id: 'ms-windows-10' })).message.key).toBe(
      'software:errors.builtinNotRemovable',
    );
  });

  it('maps an unknown name to a product for present and later installs', async () => {
    const [a, b] = await machines(2, 'ZB');
    const raw = installDraft({ rawName: '金山WPS 2019 政务版' });
    await h.call('installs:save', { machineId: a ?? '', draft: raw });
    expect((await h.call('software:list', {})).unknown.map((u) => u.rawName)).toEqual([
      '金山WPS 2019 政务版',
    ]);
    h.writes();
    const { changed } = await h.call('catalog:mapName', {
      rawName: '金山WPS 2019 政务版',
      productId: 'wps-office',
      edition: 'government',
    });
    expect(changed).toBe(1);
    expect(h.writes()).toBe(1);
    const later = await h.call('installs:save', { machineId: b ?? '', draft: raw });
    expect(later).toMatchObject({ productId: 'wps-office', edition: 'government' });
    expect((await h.call('software:list', {})).unknown).toEqual([]);
  });
});
