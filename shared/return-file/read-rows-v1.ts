import { CATEGORIES, type Category } from '../model';
import {
  type BudgetColumnKey,
  type ChildColumnKey,
  childCountKey,
  type EntitlementColumnKey,
  type InstallColumnKey,
  LOOKUPS,
  type MachineColumnKey,
  type MilestoneColumnKey,
} from './columns-v1';
import type { RowReader } from './read-ledger';
import type {
  BudgetLine,
  CategoryCounts,
  ChildSummary,
  ReturnEntitlement,
  ReturnInstall,
  ReturnMachine,
  ReturnMilestone,
} from './return-data';

/** Adds the row's unit only when the cell named one, so own-unit rows stay without the property. */
function withUnit<T extends object>(row: T, unitCode: string): T & { unitCode?: string } {
  return unitCode === '' ? row : { ...row, unitCode };
}

/** One 计算机台账 row. */
export function readMachineRow(r: RowReader<ReturnMachine, MachineColumnKey>): ReturnMachine {
  const machine: ReturnMachine = {
    id: r.text('machine_id'),
    assetNo: r.text('asset_no'),
    user: r.text('user'),
    department: r.text('department'),
    type: r.code('type', LOOKUPS.machineType),
    brand: r.text('brand'),
    model: r.text('model'),
    serial: r.text('serial'),
    arch: r.code('arch', LOOKUPS.arch),
    zone: r.code('zone', LOOKUPS.zone),
    purchaseDate: r.date('purchase_date'),
    status: r.code('status', LOOKUPS.machineStatus),
    hostname: r.text('hostname'),
    uuid: r.text('uuid'),
    notes: r.text('notes'),
  };
  return withUnit(machine, r.unit('unit_code'));
}

/** One 软件台账 row (the 资产编号 column is for people and is not read). */
export function readInstallRow(r: RowReader<ReturnInstall, InstallColumnKey>): ReturnInstall {
  const install: ReturnInstall = {
    id: r.text('install_id'),
    machineId: r.text('machine_id'),
    productId: r.optionalText('product_id'),
    rawName: r.text('raw_name'),
    version: r.text('version'),
    edition: r.text('edition'),
    category: r.code('category', LOOKUPS.category),
    channel: r.code('channel', LOOKUPS.channel),
    evidence: {
      invoiceNo: r.text('invoice_no'),
      contractNo: r.text('contract_no'),
      coa: r.code('coa', LOOKUPS.coa),
      productIdOem: r.bool('product_id_oem'),
      activation: r.code('activation', LOOKUPS.activation),
      kmsHost: r.text('kms_host'),
      originalMachine: r.bool('original_machine'),
      expiry: r.date('licence_expiry'),
    },
    entitlementId: r.optionalText('entitlement_id'),
    notes: r.text('notes'),
    status: r.code('status', LOOKUPS.status),
    reasons: r.lines('reasons'),
  };
  return withUnit(install, r.unit('unit_code'));
}

/** One 授权台账 row. */
export function readEntitlementRow(r: RowReader<ReturnEntitlement, EntitlementColumnKey>): ReturnEntitlement {
  const entitlement: ReturnEntitlement = {
    id: r.text('entitlement_id'),
    productId: r.text('product_id'),
    edition: r.text('edition'),
    channel: r.code('channel', LOOKUPS.channel),
    quantity: r.int('quantity'),
    contractNo: r.text('contract_no'),
    invoiceNo: r.text('invoice_no'),
    supplier: r.text('supplier'),
    purchaseDate: r.date('purchase_date'),
    amountFen: r.money('amount'),
    expiry: r.date('expiry'),
    notes: r.text('notes'),
  };
  return withUnit(entitlement, r.unit('unit_code'));
}

/** One 工作进度 row. */
export function readMilestoneRow(r: RowReader<ReturnMilestone, MilestoneColumnKey>): ReturnMilestone {
  const milestone: ReturnMilestone = {
    key: r.code('milestone', LOOKUPS.milestone),
    state: r.code('state', LOOKUPS.milestoneState),
    date: r.date('date'),
    note: r.text('note'),
    docRef: r.text('doc_ref'),
  };
  return withUnit(milestone, r.unit('unit_code'));
}

/** One 经费测算 row. */
export function readBudgetRow(r: RowReader<BudgetLine, BudgetColumnKey>): BudgetLine {
  const line: BudgetLine = {
    scenario: r.text('scenario'),
    category: r.code('category', LOOKUPS.category),
    amountFen: r.money('amount'),
  };
  return withUnit(line, r.unit('unit_code'));
}

/** One 下级单位汇总 row. */
export function readChildRow(r: RowReader<ChildSummary, ChildColumnKey>): ChildSummary {
  const counts = (category: Category): CategoryCounts => ({
    installed: r.int(childCountKey(category, 'installed')),
    genuine: r.int(childCountKey(category, 'genuine')),
    notGenuine: r.int(childCountKey(category, 'not_genuine')),
    toVerify: r.int(childCountKey(category, 'to_verify')),
    needed: r.int(childCountKey(category, 'needed')),
  });
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, counts(c)])) as Record<
    Category,
    CategoryCounts
  >; // keys are exactly CATEGORIES
  return {
    unitCode: r.unit('unit_code'),
    unitName: r.text('unit_name'),
    parentCode: r.unit('parent_code'),
    computers: r.int('computers'),
    byCategory,
  };
}
