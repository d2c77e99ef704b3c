import { CATEGORIES, type Category } from '../model';
import {
  ACTIVATION_LABELS,
  ARCH_LABELS,
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  COA_LABELS,
  createCodeLookup,
  MACHINE_STATUS_LABELS,
  MACHINE_TYPE_LABELS,
  MILESTONE_LABELS,
  MILESTONE_STATE_LABELS,
  STATUS_LABELS,
  ZONE_LABELS,
} from './code-labels';
import {
  boolColumn,
  type Column,
  codeColumn,
  dateColumn,
  derivedColumn,
  intColumn,
  type LedgerSpec,
  linesColumn,
  moneyColumn,
  optionalTextColumn,
  textColumn,
  unitColumn,
} from './column-types';
import type {
  BudgetLine,
  CategoryCounts,
  ChildSummary,
  ReturnEntitlement,
  ReturnInstall,
  ReturnMachine,
  ReturnMilestone,
} from './return-data';
import { MAX_CELL_TEXT } from './return-data';

/** Sheet names of schema version 1. Part of the file format: never translated. */
export const SHEETS = {
  cover: '封面',
  summary: '汇总表',
  machines: '计算机台账',
  installs: '软件台账',
  entitlements: '授权台账',
  milestones: '工作进度',
  budget: '经费测算',
  children: '下级单位汇总',
  instructions: '填表说明',
} as const;

export const LOOKUPS = {
  category: createCodeLookup(CATEGORY_LABELS),
  channel: createCodeLookup(CHANNEL_LABELS),
  status: createCodeLookup(STATUS_LABELS),
  machineType: createCodeLookup(MACHINE_TYPE_LABELS),
  arch: createCodeLookup(ARCH_LABELS),
  zone: createCodeLookup(ZONE_LABELS),
  machineStatus: createCodeLookup(MACHINE_STATUS_LABELS),
  coa: createCodeLookup(COA_LABELS),
  activation: createCodeLookup(ACTIVATION_LABELS),
  milestone: createCodeLookup(MILESTONE_LABELS),
  milestoneState: createCodeLookup(MILESTONE_STATE_LABELS),
} as const;

const ROW_UNIT_HEAD = ['unit_code', '所属单位代码', 14, false] as const;

export const MACHINE_COLUMNS = [
  textColumn<ReturnMachine, 'machine_id'>(['machine_id', '计算机编号', 14], 64, (m) => m.id, true),
  textColumn<ReturnMachine, 'asset_no'>(['asset_no', '资产编号', 14], 64, (m) => m.assetNo, true),
  textColumn<ReturnMachine, 'user'>(['user', '使用人', 10, false], 64, (m) => m.user),
  textColumn<ReturnMachine, 'department'>(['department', '部门/房间', 16, false], 128, (m) => m.department),
  codeColumn<ReturnMachine, 'type', ReturnMachine['type']>(
    ['type', '设备类型', 8],
    LOOKUPS.machineType,
    (m) => m.type,
  ),
  textColumn<ReturnMachine, 'brand'>(['brand', '品牌', 10, false], 64, (m) => m.brand),
  textColumn<ReturnMachine, 'model'>(['model', '型号', 16, false], 128, (m) => m.model),
  textColumn<ReturnMachine, 'serial'>(['serial', '序列号', 16, false], 128, (m) => m.serial),
  codeColumn<ReturnMachine, 'arch', ReturnMachine['arch']>(
    ['arch', 'CPU架构', 9],
    LOOKUPS.arch,
    (m) => m.arch,
  ),
  codeColumn<ReturnMachine, 'zone', ReturnMachine['zone']>(
    ['zone', '网络区域', 9],
    LOOKUPS.zone,
    (m) => m.zone,
  ),
  dateColumn<ReturnMachine, 'purchase_date'>(['purchase_date', '购置日期', 11, false], (m) => m.purchaseDate),
  codeColumn<ReturnMachine, 'status', ReturnMachine['status']>(
    ['status', '使用状态', 8],
    LOOKUPS.machineStatus,
    (m) => m.status,
  ),
  textColumn<ReturnMachine, 'hostname'>(['hostname', '计算机名', 14, false], 128, (m) => m.hostname),
  textColumn<ReturnMachine, 'uuid'>(['uuid', '硬件UUID', 20, false], 64, (m) => m.uuid),
  textColumn<ReturnMachine, 'notes'>(['notes', '备注', 24, false], MAX_CELL_TEXT, (m) => m.notes),
  unitColumn<ReturnMachine, 'unit_code'>(ROW_UNIT_HEAD, true, (m) => m.unitCode),
] as const;
export type MachineColumnKey = (typeof MACHINE_COLUMNS)[number]['key'];

export const INSTALL_COLUMNS = [
  textColumn<ReturnInstall, 'install_id'>(['install_id', '软件记录编号', 14], 64, (i) => i.id, true),
  textColumn<ReturnInstall, 'machine_id'>(['machine_id', '计算机编号', 14], 64, (i) => i.machineId, true),
  derivedColumn<ReturnInstall, 'asset_no'>(['asset_no', '资产编号', 14], (i, ctx) =>
    ctx.assetNoOf(i.unitCode, i.machineId),
  ),
  textColumn<ReturnInstall, 'raw_name'>(['raw_name', '软件名称', 32], 512, (i) => i.rawName),
  optionalTextColumn<ReturnInstall, 'product_id'>(
    ['product_id', '目录产品编号', 16, false],
    64,
    (i) => i.productId,
  ),
  textColumn<ReturnInstall, 'version'>(['version', '版本号', 12, false], 64, (i) => i.version),
  textColumn<ReturnInstall, 'edition'>(['edition', '版别', 12, false], 64, (i) => i.edition),
  codeColumn<ReturnInstall, 'category', ReturnInstall['category']>(
    ['category', '软件类别', 12],
    LOOKUPS.category,
    (i) => i.category,
  ),
  codeColumn<ReturnInstall, 'channel', ReturnInstall['channel']>(
    ['channel', '获取方式', 10, false],
    LOOKUPS.channel,
    (i) => i.channel,
    'unknown',
  ),
  textColumn<ReturnInstall, 'invoice_no'>(
    ['invoice_no', '发票号', 14, false],
    128,
    (i) => i.evidence.invoiceNo,
  ),
  textColumn<ReturnInstall, 'contract_no'>(
    ['contract_no', '合同号', 14, false],
    128,
    (i) => i.evidence.contractNo,
  ),
  codeColumn<ReturnInstall, 'coa', ReturnInstall['evidence']['coa']>(
    ['coa', 'COA标签', 12, false],
    LOOKUPS.coa,
    (i) => i.evidence.coa,
    'none',
  ),
  boolColumn<ReturnInstall, 'product_id_oem'>(
    ['product_id_oem', '产品ID含OEM', 10, false],
    (i) => i.evidence.productIdOem,
  ),
  codeColumn<ReturnInstall, 'activation', ReturnInstall['evidence']['activation']>(
    ['activation', '激活状态', 9, false],
    LOOKUPS.activation,
    (i) => i.evidence.activation,
    'unknown',
  ),
  textColumn<ReturnInstall, 'kms_host'>(['kms_host', 'KMS服务器', 14, false], 255, (i) => i.evidence.kmsHost),
  boolColumn<ReturnInstall, 'original_machine'>(
    ['original_machine', '随本机购买', 10, false],
    (i) => i.evidence.originalMachine,
  ),
  dateColumn<ReturnInstall, 'licence_expiry'>(
    ['licence_expiry', '授权到期日', 11, false],
    (i) => i.evidence.expiry,
  ),
  optionalTextColumn<ReturnInstall, 'entitlement_id'>(
    ['entitlement_id', '对应授权编号', 14, false],
    64,
    (i) => i.entitlementId,
  ),
  codeColumn<ReturnInstall, 'status', ReturnInstall['status']>(
    ['status', '授权状态', 8],
    LOOKUPS.status,
    (i) => i.status,
  ),
  linesColumn<ReturnInstall, 'reasons'>(['reasons', '判定理由', 40, false], (i) => i.reasons),
  textColumn<ReturnInstall, 'notes'>(['notes', '备注', 24, false], MAX_CELL_TEXT, (i) => i.notes),
  unitColumn<ReturnInstall, 'unit_code'>(ROW_UNIT_HEAD, true, (i) => i.unitCode),
] as const;
export type InstallColumnKey = (typeof INSTALL_COLUMNS)[number]['key'];

export const ENTITLEMENT_COLUMNS = [
  textColumn<ReturnEntitlement, 'entitlement_id'>(['entitlement_id', '授权编号', 14], 64, (e) => e.id, true),
  textColumn<ReturnEntitlement, 'product_id'>(
    ['product_id', '目录产品编号', 16],
    64,
    (e) => e.productId,
    true,
  ),
  textColumn<ReturnEntitlement, 'edition'>(['edition', '版别', 12, false], 64, (e) => e.edition),
  codeColumn<ReturnEntitlement, 'channel', ReturnEntitlement['channel']>(
    ['channel', '获取方式', 10],
    LOOKUPS.channel,
    (e) => e.channel,
  ),
  intColumn<ReturnEntitlement, 'quantity'>(['quantity', '数量（套）', 10], 0, 10_000_000, (e) => e.quantity),
  textColumn<ReturnEntitlement, 'contract_no'>(
    ['contract_no', '合同号', 14, false],
    128,
    (e) => e.contractNo,
  ),
  textColumn<ReturnEntitlement, 'invoice_no'>(['invoice_no', '发票号', 14, false], 128, (e) => e.invoiceNo),
  textColumn<ReturnEntitlement, 'supplier'>(['supplier', '供应商', 20, false], 128, (e) => e.supplier),
  dateColumn<ReturnEntitlement, 'purchase_date'>(
    ['purchase_date', '购买日期', 11, false],
    (e) => e.purchaseDate,
  ),
  moneyColumn<ReturnEntitlement, 'amount'>(['amount', '金额（元）', 14], (e) => e.amountFen),
  dateColumn<ReturnEntitlement, 'expiry'>(['expiry', '到期日', 11, false], (e) => e.expiry),
  textColumn<ReturnEntitlement, 'notes'>(['notes', '备注', 24, false], MAX_CELL_TEXT, (e) => e.notes),
  unitColumn<ReturnEntitlement, 'unit_code'>(ROW_UNIT_HEAD, true, (e) => e.unitCode),
] as const;
export type EntitlementColumnKey = (typeof ENTITLEMENT_COLUMNS)[number]['key'];

export const MILESTONE_COLUMNS = [
  codeColumn<ReturnMilestone, 'milestone', ReturnMilestone['key']>(
    ['milestone', '工作事项', 16],
    LOOKUPS.milestone,
    (m) => m.key,
  ),
  codeColumn<ReturnMilestone, 'state', ReturnMilestone['state']>(
    ['state', '完成情况', 10],
    LOOKUPS.milestoneState,
    (m) => m.state,
  ),
  dateColumn<ReturnMilestone, 'date'>(['date', '完成日期', 11, false], (m) => m.date),
  textColumn<ReturnMilestone, 'doc_ref'>(['doc_ref', '文号', 24, false], 128, (m) => m.docRef),
  textColumn<ReturnMilestone, 'note'>(['note', '说明', 32, false], 1024, (m) => m.note),
  unitColumn<ReturnMilestone, 'unit_code'>(ROW_UNIT_HEAD, true, (m) => m.unitCode),
] as const;
export type MilestoneColumnKey = (typeof MILESTONE_COLUMNS)[number]['key'];

export const BUDGET_COLUMNS = [
  textColumn<BudgetLine, 'scenario'>(['scenario', '测算方案', 20], 128, (b) => b.scenario, true),
  codeColumn<BudgetLine, 'category', BudgetLine['category']>(
    ['category', '软件类别', 12],
    LOOKUPS.category,
    (b) => b.category,
  ),
  moneyColumn<BudgetLine, 'amount'>(['amount', '金额（元）', 16], (b) => b.amountFen),
  unitColumn<BudgetLine, 'unit_code'>(ROW_UNIT_HEAD, true, (b) => b.unitCode),
] as const;
export type BudgetColumnKey = (typeof BUDGET_COLUMNS)[number]['key'];

/** The five counts of the summary form, in its column order. */
export const MEASURES = [
  { field: 'installed', key: 'installed', header: '已安装（套）', short: '已安装' },
  { field: 'genuine', key: 'genuine', header: '正版（套）', short: '正版' },
  { field: 'notGenuine', key: 'not_genuine', header: '非正版（套）', short: '非正版' },
  { field: 'toVerify', key: 'to_verify', header: '待核实（套）', short: '待核实' },
  { field: 'needed', key: 'needed', header: '需采购（套）', short: '需采购' },
] as const satisfies ReadonlyArray<{
  field: keyof CategoryCounts;
  key: string;
  header: string;
  short: string;
}>;

export type MeasureKey = (typeof MEASURES)[number]['key'];
export type ChildCountKey = `${Category}_${MeasureKey}`;

/** The key of a per-category count column on the 下级单位汇总 sheet. */
export function childCountKey(category: Category, measure: MeasureKey): ChildCountKey {
  return `${category}_${measure}`;
}

export const CHILD_COLUMNS: ReadonlyArray<Column<ChildSummary, ChildColumnKey>> = [
  unitColumn<ChildSummary, 'unit_code'>(['unit_code', '单位代码', 20], false, (c) => c.unitCode),
  textColumn<ChildSummary, 'unit_name'>(['unit_name', '单位名称', 24], 128, (c) => c.unitName, true),
  unitColumn<ChildSummary, 'parent_code'>(
    ['parent_code', '上级单位代码', 20, false],
    true,
    (c) => c.parentCode,
  ),
  intColumn<ChildSummary, 'computers'>(
    ['computers', '计算机（台）', 10],
    0,
    1_000_000_000,
    (c) => c.computers,
  ),
  ...CATEGORIES.flatMap((category) =>
    MEASURES.map((m) =>
      intColumn<ChildSummary, ChildCountKey>(
        [childCountKey(category, m.key), `${CATEGORY_LABELS.labels[category]}${m.header}`, 12],
        0,
        1_000_000_000,
        (c) => c.byCategory[category][m.field],
      ),
    ),
  ),
];
export type ChildColumnKey = 'unit_code' | 'unit_name' | 'parent_code' | 'computers' | ChildCountKey;

export const MACHINE_LEDGER: LedgerSpec<ReturnMachine, MachineColumnKey> = {
  sheet: SHEETS.machines,
  columns: MACHINE_COLUMNS,
};
export const INSTALL_LEDGER: LedgerSpec<ReturnInstall, InstallColumnKey> = {
  sheet: SHEETS.installs,
  columns: INSTALL_COLUMNS,
};
export const ENTITLEMENT_LEDGER: LedgerSpec<ReturnEntitlement, EntitlementColumnKey> = {
  sheet: SHEETS.entitlements,
  columns: ENTITLEMENT_COLUMNS,
};
export const MILESTONE_LEDGER: LedgerSpec<ReturnMilestone, MilestoneColumnKey> = {
  sheet: SHEETS.milestones,
  columns: MILESTONE_COLUMNS,
};
export const BUDGET_LEDGER: LedgerSpec<BudgetLine, BudgetColumnKey> = {
  sheet: SHEETS.budget,
  columns: BUDGET_COLUMNS,
};
export const CHILD_LEDGER: LedgerSpec<ChildSummary, ChildColumnKey> = {
  sheet: SHEETS.children,
  columns: CHILD_COLUMNS,
};
