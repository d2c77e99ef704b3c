import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyEvidence, createMachineDraft } from '../../../shared/model';
import { openSession, type Session, screenshot, shows } from '../browser';
import { api, goTo } from './office-page';

const SEED: Array<[string, string, string]> = [
  ['ZB-0001', '张伟', '财务科 301'],
  ['ZB-0002', '王芳', '财务科 302'],
  ['ZB-0003', '李娜', '办公室 201'],
  ['ZB-0004', '刘洋', '法规科 405'],
  ['ZB-0005', '陈静', '办公室 202'],
];

describe('the machine ledger in the real UI', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    const { page } = session;
    await page.getByText('正版').first().waitFor();
    for (const [assetNo, user, department] of SEED) {
      const m = await api(page, 'machines:create', {
        draft: { ...createMachineDraft(assetNo), user, department },
      });
      await api(page, 'installs:save', {
        machineId: m.id,
        draft: {
          productId: '7-zip',
          rawName: '7-Zip',
          version: '23.01',
          edition: '',
          category: 'other',
          channel: 'open_source',
          evidence: createEmptyEvidence(),
          entitlementId: null,
          notes: '',
        },
      });
    }
    await goTo(page, 'office/machines');
    await shows(page, '显示 5 台，共 5 台');
  });
  afterAll(async () => {
    await session?.close();
  });

  const rowTexts = () =>
    session.page
      .locator('[data-testid="machine-table"] .ant-table-tbody-virtual .ant-table-row')
      .allInnerTexts();

  it('searches as the clerk types and sorts by a column', async () => {
    const { page } = session;
    await page.getByTestId('machine-search').fill('财务');
    await shows(page, '显示 2 台，共 5 台');
    await page.getByTestId('machine-search').fill('');
    await shows(page, '显示 5 台，共 5 台');
    const header = page.locator('[data-testid="machine-table"] th', { hasText: '资产编号' });
    await header.click();
    await header.click();
    await expect.poll(async () => (await rowTexts())[0]).toContain('ZB-0005');
  });

  it('edits two selected machines at once', async () => {
    const { page } = session;
    await page.getByTestId('machine-search').fill('财务');
    await shows(page, '显示 2 台，共 5 台');
    await page.locator('[data-testid="machine-table"] thead .ant-checkbox-input').check();
    await page.getByRole('button', { name: /批量修改（2）/ }).click();
    await page.getByRole('checkbox', { name: '部门/房间' }).check();
    await page.getByTestId('bulk-department').fill('财务审计科');
    await page.keyboard.press('Enter');
    await shows(page, '已修改 2 台（共选择 2 台）。');
    await page.getByTestId('machine-search').fill('财务审计科');
    await shows(page, '显示 2 台，共 5 台');
    const machines = await api(page, 'machines:list', {});
    expect(
      machines
        .filter((m) => m.department === '财务审计科')
        .map((m) => m.assetNo)
        .sort(),
    ).toEqual(['ZB-0001', 'ZB-0002']);
    await screenshot(page, 'office-machines-bulk-edited');
  });

  it('copies a machine with its software under the next free asset number', async () => {
    const { page } = session;
    await page.getByTestId('machine-search').fill('');
    await page.getByTestId('machine-copy-ZB-0003').click();
    await expect.poll(() => page.getByTestId('copy-assetNo').inputValue()).toBe('ZB-0006');
    await page.getByTestId('copy-assetNo').press('Enter');
    await shows(page, '已由 ZB-0003 复制出 ZB-0006。');
    const copy = (await api(page, 'machines:list', {})).find((m) => m.assetNo === 'ZB-0006');
    expect(copy).toMatchObject({ user: '李娜', department: '办公室 201', installCount: 1 });
  });

  it('refuses an asset number already used, even typed in lower case', async () => {
    const { page } = session;
    await page.keyboard.press('Alt+N');
    await page.getByTestId('machine-assetNo').fill('zb-0001');
    await page.keyboard.press('Enter');
    await shows(page, '资产编号 zb-0001 已被本单位的另一台计算机使用。');
    await screenshot(page, 'office-machine-duplicate');
    await page.keyboard.press('Escape');
    expect(await api(page, 'machines:list', {})).toHaveLength(6);
  });

  it('deletes selected machines after confirmation and brings them back with undo', async () => {
    const { page } = session;
    await page.getByTestId('machine-search').fill('办公室');
    await shows(page, '显示 3 台，共 6 台');
    await page.locator('[data-testid="machine-table"] thead .ant-checkbox-input').check();
    await page.getByTestId('machine-delete').click();
    await page.locator('.ant-modal-confirm-title', { hasText: '删除所选的 3 台计算机？' }).waitFor();
    await page.locator('.ant-modal-confirm .ant-btn-dangerous').click();
    await shows(page, '已删除 3 台计算机及其 3 条软件登记。');
    expect(await api(page, 'machines:list', {})).toHaveLength(3);
    await screenshot(page, 'office-machines-deleted');
    await page.getByTestId('machine-undo').click();
    await shows(page, '已恢复 3 台计算机。');
    const back = await api(page, 'machines:list', {});
    expect(back).toHaveLength(6);
    expect(back.filter((m) => m.department.startsWith('办公室')).every((m) => m.installCount === 1)).toBe(
      true,
    );
    expect(session.errors).toEqual([]);
  });
});
