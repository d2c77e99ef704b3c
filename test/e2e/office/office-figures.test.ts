import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import {
  type Category,
  createEmptyEvidence,
  createMachineDraft,
  type Evidence,
  type LicenceStatus,
} from '../../../shared/model';
import type { MachineStatus } from '../../../shared/model/codes';
import { openSession, type Session, screenshot, shows } from '../browser';
import { api, chooseProduct, goTo, pick } from './office-page';

interface Planned {
  productId: string | null;
  rawName: string;
  edition: string;
  channel: 'oem' | 'volume' | 'free' | 'open_source' | 'unknown';
  category: Category;
  evidence?: Partial<Evidence>;
  /** What LICENSING.md says this install is, worked out by hand. */
  expected: LicenceStatus;
}

const OFFICE_SEATS = 10;
const OFFICE_MACHINES = 12;
const office: Planned = {
  productId: 'ms-office-2019',
  rawName: 'Microsoft Office 专业增强版 2019',
  edition: 'professional_plus',
  channel: 'volume',
  category: 'office',
  evidence: { contractNo: 'ZB-VL-2025-01' },
  expected: 'genuine',
};

/** The rest of the unit, besides the machine recorded through the form: asset no., status, installs. */
const PLAN: Array<[string, MachineStatus, Planned[]]> = [
  ...Array.from({ length: OFFICE_MACHINES }, (_, i): [string, MachineStatus, Planned[]] => [
    `ZB-${1101 + i}`,
    'in_use',
    [office],
  ]),
  [
    'ZB-2001',
    'in_use',
    [
      {
        productId: 'ms-windows-10',
        rawName: 'Windows 10 专业版',
        edition: 'pro',
        channel: 'oem',
        category: 'os',
        evidence: { coa: 'matching', productIdOem: true },
        expected: 'genuine',
      },
    ],
  ],
  [
    'ZB-2002',
    'in_use',
    [
      {
        productId: 'wps-office',
        rawName: 'WPS Office',
        edition: 'personal',
        channel: 'free',
        category: 'office',
        expected: 'not_genuine',
      },
      {
        productId: '7-zip',
        rawName: '7-Zip',
        edition: '',
        channel: 'open_source',
        category: 'other',
        expected: 'genuine',
      },
      {
        productId: 'winrar',
        rawName: 'WinRAR',
        edition: '',
        channel: 'unknown',
        category: 'other',
        expected: 'not_genuine',
      },
      {
        productId: null,
        rawName: '某某业务审批系统',
        edition: '',
        channel: 'unknown',
        category: 'other',
        expected: 'to_verify',
      },
    ],
  ],
  [
    'ZB-2003',
    'scrapped',
    [
      {
        productId: 'ms-windows-10',
        rawName: 'Windows 10 家庭版',
        edition: 'home',
        channel: 'oem',
        category: 'os',
        expected: 'not_genuine',
      },
    ],
  ],
  [
    'ZB-2004',
    'idle',
    [
      {
        productId: 'huorong',
        rawName: '火绒安全软件',
        edition: 'personal',
        channel: 'free',
        category: 'security',
        expected: 'to_verify',
      },
    ],
  ],
  ['ZB-2005', 'in_use', []],
];

describe('verdicts, reconciliation and the overview in the real UI', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows a Windows 10 Home install on a unit machine as 非正版 with its reason', async () => {
    const { page } = session;
    await goTo(page, 'office/machines');
    await shows(page, '计算机台账');
    await page.keyboard.press('Alt+N');
    await page.getByTestId('machine-assetNo').fill('ZB-1001');
    await page.getByTestId('machine-user').fill('王芳');
    await page.keyboard.press('Enter');
    await shows(page, '计算机 ZB-1001 已保存。');

    await page.getByText('ZB-1001', { exact: true }).click();
    await shows(page, '计算机 ZB-1001 的软件');
    await page.keyboard.press('Alt+A');
    await chooseProduct(page, 'install-product', 'Windows 10');
    await pick(page, 'install-edition', '家庭版');
    await pick(page, 'install-channel', '预装（OEM）');
    await pick(page, 'install-coa', '有，且版本一致');
    await page.keyboard.press('Control+Enter');

    const card = page.getByTestId('install-card-Windows 10');
    await card.waitFor();
    await expect.poll(() => card.getByTestId('verdict-not_genuine').textContent()).toBe('非正版');
    const reason = translate('zh-CN', {
      key: 'licensing:reason.windowsHome',
      params: { productZh: 'Windows 10', productEn: 'Windows 10', editionZh: '家庭版', editionEn: 'Home' },
    });
    expect(reason).not.toContain('licensing:');
    await expect.poll(() => card.getByTestId('install-reasons').textContent()).toContain(reason);
    await screenshot(page, 'office-drawer-windows-home');
    await page.keyboard.press('Escape');
  });

  it('records an Office volume licence of 10 seats and shows 12 installs as a shortfall of 2', async () => {
    const { page } = session;
    for (const [assetNo, status, installs] of PLAN) {
      const machine = await api(page, 'machines:create', {
        draft: { ...createMachineDraft(assetNo), status },
      });
      for (const p of installs) {
        await api(page, 'installs:save', {
          machineId: machine.id,
          draft: {
            productId: p.productId,
            rawName: p.rawName,
            version: '',
            edition: p.edition,
            category: p.category,
            channel: p.channel,
            evidence: { ...createEmptyEvidence(), ...p.evidence },
            entitlementId: null,
            notes: '',
          },
        });
      }
    }

    await goTo(page, 'office/entitlements');
    await shows(page, '授权台账');
    await page.keyboard.press('Alt+N');
    await chooseProduct(page, 'entitlement-product', 'Office 2019');
    await pick(page, 'entitlement-edition', '专业增强版');
    await page
      .getByTestId('entitlement-quantity')
      .locator('input')
      .or(page.locator('input[data-testid="entitlement-quantity"]'))
      .first()
      .fill(String(OFFICE_SEATS));
    await page.getByTestId('entitlement-contract').fill('ZB-VL-2025-01');
    await page
      .getByTestId('entitlement-amount')
      .locator('input')
      .or(page.locator('input[data-testid="entitlement-amount"]'))
      .first()
      .fill('12,800.50');
    await page.keyboard.press('Enter');
    await shows(page, '已保存。');
    const [licence] = await api(page, 'entitlements:list', {});
    expect(licence).toMatchObject({ productId: 'ms-office-2019', quantity: 10, amountFen: 1_280_050 });

    await page.getByRole('tab', { name: '授权对账' }).click();
    const row = page
      .locator('[data-testid="reconcile-table"] tr', { hasText: 'Microsoft Office 2019' })
      .first();
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    // product, edition, channel, seats, installs, surplus, shortfall, note
    expect(cells.slice(1, 7)).toEqual(['专业增强版', '批量授权', '10', '12', '0', '2']);
    expect(cells[7]).toContain('超授权 2 套');
    await screenshot(page, 'office-reconciliation');
  });

  it('shows overview figures equal to a count made here from the data this test recorded', async () => {
    const { page } = session;
    // The machine recorded through the form: Windows 10 Home, OEM → 非正版.
    const all: Array<[MachineStatus, Planned[]]> = [
      ['in_use', [{ ...office, productId: 'ms-windows-10', category: 'os', expected: 'not_genuine' }]],
      ...PLAN.map(([, status, installs]): [MachineStatus, Planned[]] => [status, installs]),
    ];
    const counted = all.filter(([status]) => status !== 'scrapped');
    const figures = new Map<
      Category,
      { installed: number; genuine: number; not_genuine: number; to_verify: number }
    >();
    for (const [, installs] of counted) {
      for (const p of installs) {
        const f = figures.get(p.category) ?? { installed: 0, genuine: 0, not_genuine: 0, to_verify: 0 };
        f.installed += 1;
        f[p.expected] += 1;
        figures.set(p.category, f);
      }
    }
    // Installs beyond the 10 seats bought are over-deployed, so not genuine.
    const over = OFFICE_MACHINES - OFFICE_SEATS;
    const officeFigures = figures.get('office');
    if (!officeFigures) throw new Error('no office installs planned');
    officeFigures.genuine -= over;
    officeFigures.not_genuine += over;

    await goTo(page, 'office/overview');
    await shows(page, '分类统计');
    await expect
      .poll(() => page.getByTestId('overview-computers').textContent())
      .toBe(`计算机${counted.length}台`);
    const total = { installed: 0, genuine: 0, not_genuine: 0, to_verify: 0 };
    for (const category of ['os', 'office', 'security', 'other'] as const) {
      const f = figures.get(category) ?? { installed: 0, genuine: 0, not_genuine: 0, to_verify: 0 };
      const cells = await page
        .locator(`[data-testid="overview-categories"] tr[data-row-key="${category}"] td`)
        .allTextContents();
      const needed = f.not_genuine + f.to_verify;
      expect(cells.slice(1, 6), category).toEqual(
        [f.installed, f.genuine, f.not_genuine, f.to_verify, needed].map(String),
      );
      for (const k of ['installed', 'genuine', 'not_genuine', 'to_verify'] as const) total[k] += f[k];
    }
    const totalCells = await page
      .locator('[data-testid="overview-categories"] tr[data-row-key="total"] td')
      .allTextContents();
    expect(totalCells.slice(1, 6)).toEqual(
      [
        total.installed,
        total.genuine,
        total.not_genuine,
        total.to_verify,
        total.not_genuine + total.to_verify,
      ].map(String),
    );
    const rate = `${((total.genuine / total.installed) * 100).toFixed(1)}%`;
    await expect.poll(() => page.getByTestId('overview-rate').textContent()).toContain(rate);

    // What to fix, counted from the plan: WinRAR has no evidence, one name is unknown, one machine is empty.
    await expect
      .poll(() => page.getByTestId('fix-not_genuine').textContent())
      .toContain(`${total.not_genuine} 套软件为非正版`);
    await expect
      .poll(() => page.getByTestId('fix-over_deployed').textContent())
      .toContain(`${over} 套软件超出已购授权数量`);
    await expect
      .poll(() => page.getByTestId('fix-no_evidence').textContent())
      .toContain('1 套收费软件没有任何授权凭据');
    await expect
      .poll(() => page.getByTestId('fix-unknown_names').textContent())
      .toContain('1 个软件名称未能识别');
    await expect
      .poll(() => page.getByTestId('fix-no_installs').textContent())
      .toContain('1 台在用计算机尚未登记软件');
    await screenshot(page, 'office-overview');

    // Each item opens the rows behind it.
    await page.getByTestId('fix-no_evidence').click();
    await expect.poll(() => page.getByTestId('install-count').textContent()).toBe('共 1 条');
    await shows(page, 'WinRAR');
    await screenshot(page, 'office-software-no-evidence');
    await goTo(page, 'office/overview');
    await page.getByTestId('fix-unknown_names').click();
    await shows(page, '某某业务审批系统');
    await screenshot(page, 'office-software-unknown');
    expect(session.errors).toEqual([]);
  });
});
