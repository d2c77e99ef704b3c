import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { NeedLine } from '../../../shared/budget';
import {
  createEmptyEvidence,
  createMachineDraft,
  type Install,
  MILESTONES,
  type Milestone,
} from '../../../shared/model';
import { milestonesDone, rosterUnit, storedReturn } from '../../electron/budget/central-fixture';
import { pick } from '../antd';
import { openSession, type Session, screenshot, shows } from '../browser';

/**
 * 70 units as in the city's second round: unit n has done the first (n mod 8) milestones, units
 * 66–70 have not returned. Unit n needs n Windows 10 Pro and 2 WPS licences.
 */
function cityFixture() {
  const units = Array.from({ length: 70 }, (_, i) => {
    const n = i + 1;
    return n <= 40
      ? rosterUnit(`52030${String(n).padStart(5, '0')}`, `市直单位${n}`, '', '')
      : rosterUnit(`52032${String(n).padStart(5, '0')}`, `红花岗区单位${n}`, '520302', '红花岗区');
  });
  const returns = units.slice(0, 65).map((unit, i) => {
    const n = i + 1;
    const needs: NeedLine[] = [
      { productId: 'ms-windows-10', edition: 'pro', category: 'os', count: n },
      { productId: 'wps-office', edition: 'professional', category: 'office', count: 2 },
    ];
    const milestones: Milestone[] = milestonesDone(n % 8).map((m, k) =>
      k === 0 && m.state === 'done' ? { ...m, docRef: `遵府办发〔2023〕${n}号` } : m,
    );
    return storedReturn(unit, '2026', needs, milestones);
  });
  return { units, returns };
}

function install(
  id: string,
  machineId: string,
  productId: string | null,
  rawName: string,
  category: Install['category'],
): Install {
  return {
    id,
    machineId,
    productId,
    rawName,
    version: '',
    edition: productId === 'ms-windows-10' ? 'pro' : '',
    category,
    channel: 'unknown',
    evidence: createEmptyEvidence(),
    entitlementId: null,
    notes: '',
  };
}

describe('budget and progress screens in the real UI', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    const { units, returns } = cityFixture();
    await session.harness.service.workspace().central.update((d) => {
      d.currentPeriod = '2026';
      d.rosters = [{ period: '2026', units }];
      d.returns = returns;
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the price list with its example prices clearly marked, and adds a price typed in yuan', async () => {
    const { page } = session;
    await page.goto(`${session.harness.url}#/common/prices`);
    await shows(page, '价格表中有 10 条示例价格');
    await page.getByTestId('price-new').click();
    await pick(page, 'price-product', '统信 UOS 操作系统', '统信');
    await pick(page, 'price-basis', '协议价');
    await page.getByTestId('price-amount').fill('1,234.50');
    await page.getByTestId('price-source').fill('省级框架协议 2025-017 号');
    await page
      .getByRole('button', { name: '保 存' })
      .or(page.getByRole('button', { name: '保存' }))
      .click();
    await shows(page, '省级框架协议 2025-017 号');
    await shows(page, '1,234.50');
    await screenshot(page, 'budget-prices-zh-CN');
    const stored = session.harness.service
      .workspace()
      .budget.data.priceList.find((e) => e.source.startsWith('省级'));
    expect(stored).toMatchObject({
      productId: 'uos',
      basis: 'agreement',
      unitPriceFen: 123450,
      isExample: false,
    });
  });

  it('shows the scenarios with their rules and the ones written to the return file', async () => {
    const { page } = session;
    await page.goto(`${session.harness.url}#/common/scenarios`);
    await shows(page, '国产替代');
    await shows(page, 'Windows Server 2008 R2');
    await shows(page, 'Microsoft 的操作系统 → 银河麒麟桌面操作系统 商业版');
    // Let the screen's fade-in finish so the picture shows what a person sees.
    await page.waitForTimeout(500);
    await screenshot(page, 'budget-scenarios-zh-CN');
  });

  it("prices the 65 returned units of 70 side by side, with county subtotals, and records a unit's funds", async () => {
    const { page } = session;
    await page.goto(`${session.harness.url}#/central/budget`);
    await shows(page, '已报送 65 个单位，应报送 70 个单位');
    // Σ n for n = 1…65 = 2,145 Windows licences × 1,341.00 (example) = 2,876,445.00
    // plus 130 WPS × 614.00 = 79,820.00: 2,956,265.00 yuan = 295.6265 万元 → 295.63
    await expect.poll(() => page.getByTestId('total-list').textContent()).toBe('2,956,265.00');
    await expect.poll(() => page.getByTestId('total-wan-list').textContent()).toBe('295.63');
    await shows(page, '5 个单位尚未报送');
    await page.getByTestId('funds-5203000001').click();
    await page.getByTestId('unit-funds-input').fill('1,000');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await shows(page, '已保存已落实资金。');
    // Unit 1 needs 1,341.00 + 1,228.00 = 2,569.00; funds 1,000.00 cover part of it.
    const funds = session.harness.service.workspace().budget.data.unitFunds;
    expect(funds).toEqual([{ unitCode: '5203000001', fundsFen: 100000, note: '' }]);
    await expect.poll(() => page.getByTestId('gap-list').textContent()).toBe('2,955,265.00');
    await screenshot(page, 'budget-central-zh-CN');

    await page.getByTestId('central-budget-export').click();
    await shows(page, '已导出到 经费测算-2026.xlsx');
    const saved = session.harness.host.saved.at(-1)!;
    const wb = XLSX.read(await readFile(saved), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['经费测算', '经费测算明细']);
  });

  it('shows which of the 70 units lack each milestone and exports the filtered matrix', async () => {
    const { page } = session;
    await page.goto(`${session.harness.url}#/central/progress`);
    await shows(page, '报送期 2026，共 70 个单位');
    // No leading group: n mod 8 = 0 among 1…65 (8 units) plus the 5 that have not returned.
    await page.getByTestId('quick-noLeadingGroup').click();
    await shows(page, '显示 13 / 70 个单位');
    await screenshot(page, 'progress-central-zh-CN');
    await page.getByTestId('progress-export').click();
    await shows(page, '已导出到 工作进度-2026.xlsx');
    const wb = XLSX.read(await readFile(session.harness.host.saved.at(-1)!), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.工作进度!, { header: 1 });
    expect(rows.length).toBe(2 + 13 + 1);
  });

  it("shows the unit's own budget per scenario, its funding gap and the licences without a price", async () => {
    const { page } = session;
    await session.harness.service.workspace().office.update((d) => {
      d.machines = ['A-001', 'A-002', 'A-003'].map((assetNo, i) => ({
        ...createMachineDraft(assetNo),
        id: `m${i + 1}`,
      }));
      d.installs = [
        install('i1', 'm1', 'ms-windows-10', 'Windows 10 专业版', 'os'),
        install('i2', 'm2', 'ms-windows-10', 'Windows 10 专业版', 'os'),
        install('i3', 'm3', 'ms-windows-10', 'Windows 10 专业版', 'os'),
        install('i4', 'm1', 'kaspersky', 'Kaspersky Endpoint Security', 'security'),
        install('i5', 'm2', null, 'FooCAD 3.1', 'other'),
      ];
    });
    await page.goto(`${session.harness.url}#/office/budget`);
    await shows(page, '本单位需采购正版授权的软件共 5 套');
    // 3 × 1,341.00 (example price); Kaspersky and FooCAD have no price.
    await expect.poll(() => page.getByTestId('total-list').textContent()).toBe('4,023.00');
    await expect.poll(() => page.getByTestId('missing-list').textContent()).toBe('2 套未计入');
    // Substitution: Windows → Kylin at 614.00 each = 1,842.00; Kaspersky → Huorong has no price.
    await expect.poll(() => page.getByTestId('total-substitution').textContent()).toBe('1,842.00');
    await page.getByTestId('funds-input').fill('2,000');
    await page.getByTestId('funds-save').click();
    await shows(page, '已保存已落实资金。');
    await expect.poll(() => page.getByTestId('gap-list').textContent()).toBe('2,023.00');
    await expect.poll(() => page.getByTestId('gap-substitution').textContent()).toBe('0.00');
    await shows(page, '有 2 套软件缺少价格，未计入合计');
    await screenshot(page, 'budget-office-zh-CN');
    expect(session.harness.service.workspace().budget.data.fundsAllocatedFen).toBe(200000);
  });

  it("records the unit's own milestones and keeps them after a reload", async () => {
    const { page } = session;
    await page.goto(`${session.harness.url}#/office/progress`);
    await shows(page, '已完成 0 项（共 7 项），下一步：成立领导小组。');
    await page.getByTestId('state-leading_group').getByText('已完成').click();
    await page.getByTestId('date-leading_group').fill('2023-12-28');
    await page.getByTestId('docref-leading_group').fill('遵府办发〔2023〕175号');
    await page.getByTestId('state-plan').getByText('进行中').click();
    await page.getByTestId('progress-save').click();
    await shows(page, '已保存工作进度。');
    await page.reload();
    await expect
      .poll(() => page.getByTestId('docref-leading_group').inputValue())
      .toBe('遵府办发〔2023〕175号');
    await shows(page, '已完成 1 项（共 7 项），下一步：制定实施方案。');
    await screenshot(page, 'progress-office-zh-CN');
    const stored = session.harness.service.workspace().office.data.milestones;
    expect(stored.map((m) => m.key)).toEqual([...MILESTONES]);
    expect(stored[1]?.state).toBe('in_progress');
    expect(session.errors).toEqual([]);
  });

  it('speaks English when asked, with the same figures', async () => {
    const { page } = session;
    await session.harness.service.setLanguage('en');
    await page.goto(`${session.harness.url}#/central/budget`);
    await page.reload();
    await shows(page, 'Budget summary');
    // Scenario names are the workspace's data, kept as they were created.
    await shows(page, 'Compared with "按目录价采购原产品" (yuan)');
    await expect.poll(() => page.getByTestId('total-list').textContent()).toBe('2,956,265.00');
    await page.waitForTimeout(500);
    await screenshot(page, 'budget-central-en');
    await page.goto(`${session.harness.url}#/central/progress`);
    await shows(page, 'Progress of the units');
    await shows(page, 'No leading group yet (13)');
    await session.harness.service.setLanguage('zh-CN');
  });
});
