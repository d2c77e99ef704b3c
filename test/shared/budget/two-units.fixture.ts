import type { InstallWithStatus, PriceEntry, Scenario, UnitNeedsInput } from '../../../shared/budget';
import { createDefaultSubstitutions, DEFAULT_CHANNELS } from '../../../shared/budget';
import type { Product } from '../../../shared/catalog';
import type { Category, LicenceStatus } from '../../../shared/model';

function product(
  id: string,
  vendor: string,
  zh: string,
  category: Category,
  domestic: boolean,
  editions: Array<[id: string, zh: string]> = [],
): Product {
  return {
    id,
    publisher: vendor,
    vendor,
    name: { zh, en: zh },
    category,
    domestic,
    freeForInstitutions: 'no',
    editions: editions.map(([edition, name]) => ({
      id: edition,
      name: { zh: name, en: name },
      kind: 'standard',
    })),
    patterns: [],
    builtinVersion: 1,
    isBuiltin: true,
  };
}

/** The catalog the hand computations use, so that they do not move when the built-in catalog does. */
export const CATALOG: Product[] = [
  product('ms-windows-10', 'microsoft', 'Windows 10', 'os', false, [
    ['pro', '专业版'],
    ['enterprise', '企业版'],
  ]),
  product('ms-office-2016', 'microsoft', 'Microsoft Office 2016', 'office', false, [
    ['professional_plus', '专业增强版'],
  ]),
  product('kaspersky', 'kaspersky', '卡巴斯基安全软件', 'security', false, [['endpoint', '企业版']]),
  product('wps-office', 'kingsoft', 'WPS Office', 'office', true, [['professional', '专业版']]),
  product('autocad', 'autodesk', 'AutoCAD', 'other', false, [['full', 'AutoCAD']]),
  product('tianqing', 'qianxin', '天擎终端安全管理系统', 'security', true),
  product('kylin-desktop', 'kylin', '银河麒麟桌面操作系统', 'os', true, [['commercial', '商业版']]),
  product('huorong', 'huorong', '火绒安全软件', 'security', true, [['enterprise', '企业版']]),
];

/** A known price list (not the example one): every figure is used in the hand computations. */
export const PRICES: PriceEntry[] = [
  price('p-win-list', 'ms-windows-10', 'pro', 'list', 134100),
  price('p-win-agr', 'ms-windows-10', 'pro', 'agreement', 110050),
  price('p-off-list', 'ms-office-2016', '', 'list', 219990),
  price('p-kylin', 'kylin-desktop', 'commercial', 'list', 61400),
  price('p-wps-list', 'wps-office', 'professional', 'list', 61400),
  price('p-wps-agr', 'wps-office', 'professional', 'agreement', 48000),
  price('p-kav', 'kaspersky', 'endpoint', 'list', 20000),
  price('p-cad', 'autocad', '', 'list', 1234567, 'retail'),
];

function price(
  id: string,
  productId: string,
  edition: string,
  basis: PriceEntry['basis'],
  unitPriceFen: number,
  channel: PriceEntry['channel'] = 'volume',
): PriceEntry {
  return {
    id,
    productId,
    edition,
    channel,
    basis,
    unitPriceFen,
    source: 'test quotation',
    sourceDate: '2026-01-15',
    notes: '',
    isExample: false,
  };
}

const base = { channels: [...DEFAULT_CHANNELS], vendorDiscounts: [], substitutions: [], notes: '' };

export const SCENARIOS: Scenario[] = [
  { ...base, id: 'list', name: '按目录价采购原产品', kind: 'list', bases: ['list'] },
  {
    ...base,
    id: 'agreement',
    name: '按协议价采购原产品',
    kind: 'agreement',
    bases: ['agreement', 'list'],
    vendorDiscounts: [{ vendor: 'microsoft', discountBp: 1500 }],
  },
  {
    ...base,
    id: 'substitution',
    name: '国产替代',
    kind: 'substitution',
    bases: ['agreement', 'list'],
    substitutions: createDefaultSubstitutions(),
  },
];

function installs(
  n: number,
  productId: string | null,
  edition: string,
  category: InstallWithStatus['category'],
  status: LicenceStatus,
  rawName = '',
): InstallWithStatus[] {
  return Array.from({ length: n }, () => ({ productId, edition, category, status, rawName }));
}

/** Unit A (county 520302): 12 Windows 10 Pro, 7 Office 2016, 3 Kaspersky and 1 unknown program to buy. */
export const UNIT_A_INSTALLS: InstallWithStatus[] = [
  ...installs(8, 'ms-windows-10', 'pro', 'os', 'not_genuine'),
  ...installs(2, 'ms-windows-10', '专业版', 'os', 'not_genuine'),
  ...installs(2, 'ms-windows-10', 'pro', 'os', 'to_verify'),
  ...installs(5, 'ms-windows-10', 'pro', 'os', 'genuine'),
  ...installs(7, 'ms-office-2016', 'professional_plus', 'office', 'not_genuine'),
  ...installs(3, 'kaspersky', 'endpoint', 'security', 'not_genuine'),
  ...installs(1, null, '', 'other', 'to_verify', 'FooCAD 3.1'),
];

/** Unit B (directly under the city): 4 Windows 10 Pro, 6 WPS, 1 AutoCAD, 2 Tianqing to buy. */
export const UNIT_B_INSTALLS: InstallWithStatus[] = [
  ...installs(4, 'ms-windows-10', 'pro', 'os', 'not_genuine'),
  ...installs(6, 'wps-office', 'professional', 'office', 'not_genuine'),
  ...installs(1, 'autocad', 'full', 'other', 'not_genuine'),
  ...installs(2, 'tianqing', '', 'security', 'to_verify'),
  ...installs(3, 'wps-office', 'professional', 'office', 'genuine'),
];

/** The same two units as the central side sees them (needs per product and edition). */
export const CENTRAL_UNITS: UnitNeedsInput[] = [
  {
    unitCode: '5203000001',
    unitName: '甲局',
    parentCode: '520302',
    parentName: '甲县',
    needs: [
      { productId: 'ms-windows-10', edition: 'pro', category: 'os', count: 12 },
      { productId: 'ms-office-2016', edition: 'professional_plus', category: 'office', count: 7 },
      { productId: 'kaspersky', edition: 'endpoint', category: 'security', count: 3 },
      { productId: null, edition: '', category: 'other', count: 1, rawName: 'FooCAD 3.1' },
    ],
  },
  {
    unitCode: '5203000002',
    unitName: '乙局',
    parentCode: '',
    parentName: '',
    needs: [
      { productId: 'ms-windows-10', edition: 'pro', category: 'os', count: 4 },
      { productId: 'wps-office', edition: 'professional', category: 'office', count: 6 },
      { productId: 'autocad', edition: 'full', category: 'other', count: 1 },
      { productId: 'tianqing', edition: '', category: 'security', count: 2 },
    ],
  },
];
