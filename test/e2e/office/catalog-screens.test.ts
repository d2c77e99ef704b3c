import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyEvidence, createMachineDraft } from '../../../shared/model';
import { openSession, type Session, screenshot, shows } from '../browser';
import { api, chooseProduct, goTo } from './office-page';

describe('catalog, software list and rules in the real UI', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    const { page } = session;
    await page.getByText('正版').first().waitFor();
    for (const [assetNo, rawName] of [
      ['ZB-0001', '金山 WPS 2019 政务版'],
      ['ZB-0002', '金山 WPS 2019 政务版'],
      ['ZB-0003', '协同办公客户端 5.2'],
    ] as const) {
      const m = await api(page, 'machines:create', { draft: createMachineDraft(assetNo) });
      await api(page, 'installs:save', {
        machineId: m.id,
        draft: {
          productId: null,
          rawName,
          version: '',
          edition: '',
          category: 'office',
          channel: 'unknown',
          evidence: createEmptyEvidence(),
          entitlementId: null,
          notes: '',
        },
      });
    }
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds a product of its own to the catalog and finds it by its Chinese name', async () => {
    const { page } = session;
    await goTo(page, 'office/catalog');
    await shows(page, '软件目录');
    await page.keyboard.press('Alt+N');
    await page.getByTestId('product-zh').fill('协同办公客户端');
    await page.getByTestId('product-en').fill('Collaboration Client');
    await screenshot(page, 'office-catalog-new-product');
    await page.getByTestId('product-zh').press('Enter');
    await shows(page, '已保存。');
    await page.getByTestId('catalog-search').fill('协同');
    await expect.poll(() => page.locator('[data-testid="catalog-table"] .ant-table-row').count()).toBe(1);
    await shows(page, '自定义');
  });

  it('maps an unknown raw name to a catalog product, for every install of that name', async () => {
    const { page } = session;
    await page.getByTestId('catalog-search').fill('');
    const row = page.locator('[data-testid="unknown-names"] tr', { hasText: '金山 WPS 2019 政务版' });
    await row.getByRole('button').click();
    await chooseProduct(page, 'map-product', 'WPS');
    await screenshot(page, 'office-map-name');
    await page.keyboard.press('Control+Enter');
    await shows(page, '已将 2 条软件登记对应到目录。');
    await expect
      .poll(() => page.locator('[data-testid="unknown-names"] tr', { hasText: '金山 WPS' }).count())
      .toBe(0);
    const list = await api(page, 'software:list', {});
    expect(list.rows.find((r) => r.productId === 'wps-office')).toMatchObject({ installs: 2, machines: 2 });
    expect(list.unknown.map((u) => u.rawName)).toEqual(['协同办公客户端 5.2']);
  });

  it('lists software by product and opens the installs behind a product', async () => {
    const { page } = session;
    await goTo(page, 'office/software');
    await shows(page, '按软件统计');
    await page.locator('[data-testid="software-table"] .ant-table-row', { hasText: 'WPS Office' }).click();
    await expect.poll(() => page.getByTestId('install-count').textContent()).toBe('共 2 条');
    await screenshot(page, 'office-software-product-installs');
  });

  it('changes a contested rule and reports the new figures', async () => {
    const { page } = session;
    await goTo(page, 'office/rules');
    await shows(page, '判定规则');
    await page.getByTestId('rule-windowsHomeAccepted').click();
    await page.getByTestId('rules-save').click();
    await shows(page, '已保存。按新规则');
    expect((await api(page, 'rules:get', {})).windowsHomeAccepted).toBe(true);
  });

  it('speaks English when the user switches', async () => {
    const { page } = session;
    await api(page, 'settings:setLanguage', { language: 'en' });
    await page.reload();
    await goTo(page, 'office/overview');
    await shows(page, 'Licensed rate');
    await screenshot(page, 'office-overview-en');
    await goTo(page, 'office/machines');
    await shows(page, 'Computer ledger');
    await shows(page, 'Showing 3 of 3 computers');
    await screenshot(page, 'office-machines-en');
    await api(page, 'settings:setLanguage', { language: 'zh-CN' });
    expect(session.errors).toEqual([]);
  });
});
