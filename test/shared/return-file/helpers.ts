import { createHash } from 'node:crypto';
import * as XLSX from 'xlsx';
import { createEmptyEvidence } from '../../../shared/model';
import type {
  ReturnData,
  ReturnEntitlement,
  ReturnInstall,
  ReturnMachine,
} from '../../../shared/return-file';

/** SHA-256 hex, the digest the program injects. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function makeMachine(id: string, patch: Partial<ReturnMachine> = {}): ReturnMachine {
  return {
    id,
    assetNo: `A-${id}`,
    user: '',
    department: '',
    type: 'desktop',
    brand: '',
    model: '',
    serial: '',
    arch: 'x86',
    zone: 'intranet',
    purchaseDate: '',
    status: 'in_use',
    hostname: '',
    uuid: '',
    notes: '',
    ...patch,
  };
}

export function makeInstall(
  id: string,
  machineId: string,
  patch: Partial<ReturnInstall> = {},
): ReturnInstall {
  return {
    id,
    machineId,
    productId: null,
    rawName: 'Microsoft Windows 10 专业版',
    version: '',
    edition: '',
    category: 'os',
    channel: 'oem',
    evidence: createEmptyEvidence(),
    entitlementId: null,
    notes: '',
    status: 'genuine',
    reasons: [],
    ...patch,
  };
}

export function makeEntitlement(id: string, patch: Partial<ReturnEntitlement> = {}): ReturnEntitlement {
  return {
    id,
    productId: 'ms-office',
    edition: '',
    channel: 'volume',
    quantity: 1,
    contractNo: '',
    invoiceNo: '',
    supplier: '',
    purchaseDate: '',
    amountFen: 0,
    expiry: '',
    notes: '',
    ...patch,
  };
}

/** A small, valid return with a little of everything. */
export function makeReturn(patch: Partial<ReturnData> = {}): ReturnData {
  return {
    meta: {
      schemaVersion: 1,
      programVersion: '0.1.0',
      exportedAt: '2026-03-02T09:30:00+08:00',
      packageId: 'PKG-2026-01',
      ruleOptionsDigest: '',
    },
    profile: {
      code: '11520300MB1234567X',
      name: '遵义市版权局',
      parentCode: '115203000000000000',
      parentName: '遵义市人民政府',
      level: 'department',
      headcount: 42,
      contact: '张三',
      phone: '+86 851 2822 0000',
      period: '2026H1',
    },
    machines: [
      makeMachine('m1', { assetNo: '000123' }),
      makeMachine('m2'),
      makeMachine('m3', { status: 'scrapped' }),
    ],
    installs: [
      makeInstall('i1', 'm1'),
      makeInstall('i2', 'm1', { category: 'office', status: 'not_genuine', rawName: 'Office 2016' }),
      makeInstall('i3', 'm2', {
        category: 'office',
        status: 'to_verify',
        reasons: ['没有发票。', '未激活。'],
      }),
      makeInstall('i4', 'm3', { category: 'os', status: 'not_genuine' }),
    ],
    entitlements: [makeEntitlement('e1', { quantity: 10, amountFen: 1234567 })],
    milestones: [
      { key: 'leading_group', state: 'done', date: '2026-01-15', note: '', docRef: '遵府办发〔2023〕175号' },
    ],
    budget: [{ scenario: '原价采购', category: 'office', amountFen: 250000 }],
    ...patch,
  };
}

/** Reads a workbook the way a spreadsheet program would see it (dense, every cell). */
export function readWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', dense: true, cellNF: true });
}

/** Writes a workbook back out with SheetJS, as a re-save would. */
export function writeWorkbook(workbook: XLSX.WorkBook): Uint8Array {
  // SheetJS reads rows without cells as holes but cannot write holes back.
  for (const name of workbook.SheetNames) {
    const data = workbook.Sheets[name]?.['!data'];
    if (data !== undefined) for (let r = 0; r < data.length; r++) data[r] ??= [];
  }
  const out: unknown = XLSX.write(workbook, {
    type: 'buffer',
    bookType: 'xlsx',
    bookSST: true,
    compression: true,
  });
  if (!(out instanceof Uint8Array)) throw new Error('no bytes');
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The rows of a sheet as plain values, for looking at a cell the way a person would. */
export function sheetRows(workbook: XLSX.WorkBook, name: string): unknown[][] {
  const sheet = workbook.Sheets[name];
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
}

/** The dense cells of a sheet, which a test may edit in place. */
export function sheetCells(workbook: XLSX.WorkBook, name: string): XLSX.CellObject[][] {
  const data = workbook.Sheets[name]?.['!data'];
  if (data === undefined) throw new Error(`no sheet ${name}`);
  return data;
}

/** Removes a sheet the way a clerk deleting it would. */
export function deleteSheet(workbook: XLSX.WorkBook, name: string): void {
  workbook.SheetNames = workbook.SheetNames.filter((n) => n !== name);
  Reflect.deleteProperty(workbook.Sheets, name);
}
