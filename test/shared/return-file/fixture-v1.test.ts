import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeReturn } from '../../../shared/return-file';
import { readWorkbook, sha256, sheetRows } from './helpers';

const bytes = new Uint8Array(
  readFileSync(fileURLToPath(new URL('../../fixtures/return-file/v1-sample.xlsx', import.meta.url))),
);
const CHILD = '11520303MB1805678Y';

describe('the committed v1 sample (a county return that includes one department) stays readable', () => {
  const result = decodeReturn(bytes, { digest: sha256 });
  const value = result.value;

  it('decodes without problems and with its digest intact', () => {
    expect(result.issues).toEqual([]);
    expect(result.digestState).toBe('unchanged');
    expect(value).not.toBeNull();
  });

  it('reads the unit and file details from the cover', () => {
    expect(value?.profile).toStrictEqual({
      code: '11520303MB1801234X',
      name: '汇川区版权局',
      parentCode: '11520300MB1234567X',
      parentName: '遵义市版权局',
      level: 'county',
      headcount: 35,
      contact: '李娜',
      phone: '0851-2822 0000',
      period: '2026H1',
    });
    expect(value?.meta).toStrictEqual({
      schemaVersion: 1,
      programVersion: '0.1.0',
      exportedAt: '2026-03-02T09:30:00+08:00',
      packageId: 'ZY-2026H1',
      ruleOptionsDigest: '',
    });
  });

  it('reads the machines, keeping leading zeros and the rows of the lower unit', () => {
    expect(
      value?.machines.map((m) => [m.id, m.assetNo, m.type, m.arch, m.zone, m.status, m.unitCode]),
    ).toStrictEqual([
      ['m-001', '000123', 'desktop', 'x86', 'intranet', 'in_use', undefined],
      ['m-002', '000124', 'laptop', 'arm', 'internet', 'scrapped', undefined],
      ['m-001', '000123', 'desktop', 'loongarch', 'isolated', 'in_use', CHILD],
    ]);
    expect(value?.machines[0]).toMatchObject({
      user: '张三',
      department: '办公室 301',
      purchaseDate: '2019-05-20',
    });
    expect(value?.machines[1]?.notes).toBe('=已报废，待处置');
  });

  it('reads the installs with their verdicts, reasons and evidence', () => {
    expect(
      value?.installs.map((i) => [i.id, i.machineId, i.category, i.channel, i.status, i.unitCode]),
    ).toStrictEqual([
      ['i-001', 'm-001', 'os', 'oem', 'genuine', undefined],
      ['i-002', 'm-001', 'office', 'unknown', 'to_verify', undefined],
      ['i-003', 'm-002', 'office', 'free', 'genuine', undefined],
      ['i-001', 'm-001', 'os', 'central', 'genuine', CHILD],
    ]);
    expect(value?.installs[0]?.evidence).toStrictEqual({
      invoiceNo: '',
      contractNo: '',
      coa: 'matching',
      productIdOem: true,
      activation: 'activated',
      kmsHost: '',
      originalMachine: true,
      expiry: '',
    });
    expect(value?.installs[1]?.reasons).toStrictEqual(['没有发票、合同或授权证明。', '无法确认来源。']);
    expect(value?.installs[2]?.productId).toBe('wps-office');
    expect(value?.installs[0]?.entitlementId).toBeNull();
  });

  it('reads licences, progress, budget and the lower unit’s totals', () => {
    expect(value?.entitlements).toStrictEqual([
      {
        id: 'e-001',
        productId: 'ms-office-2016',
        edition: '专业增强版',
        channel: 'volume',
        quantity: 20,
        contractNo: 'HCQ-2025-017',
        invoiceNo: '04400123',
        supplier: '贵州某某科技有限公司',
        purchaseDate: '2025-11-08',
        amountFen: 4_560_000,
        expiry: '',
        notes: '',
      },
    ]);
    expect(value?.milestones).toStrictEqual([
      { key: 'leading_group', state: 'done', date: '2025-09-01', note: '', docRef: '汇府办发〔2025〕12号' },
      { key: 'plan', state: 'in_progress', date: '', note: '方案初稿已完成', docRef: '' },
    ]);
    expect(value?.budget).toStrictEqual([
      { scenario: '原价采购', category: 'office', amountFen: 912_000 },
      { scenario: '国产替代', category: 'office', amountFen: 350_000 },
    ]);
    expect(value?.children).toHaveLength(1);
    expect(value?.children?.[0]).toMatchObject({ unitCode: CHILD, unitName: '汇川区教育局', computers: 1 });
    expect(value?.children?.[0]?.byCategory.os).toStrictEqual({
      installed: 1,
      genuine: 1,
      notGenuine: 0,
      toVerify: 0,
      needed: 0,
    });
  });

  it('shows people the summary form with the figures worked out by hand', () => {
    // Computers: both m-001 (own and lower unit); m-002 is scrapped, and so its WPS does not count.
    const rows = sheetRows(readWorkbook(bytes), '汇总表');
    expect(rows[2]).toStrictEqual(['项目', '已安装', '正版', '非正版', '待核实', '需采购', '正版化率']);
    expect(rows[3]?.slice(0, 2)).toStrictEqual(['计算机（台）', 2]);
    expect(rows[4]).toStrictEqual(['操作系统', 2, 2, 0, 0, 0, 1]);
    expect(rows[5]).toStrictEqual(['办公软件', 1, 0, 0, 1, 1, 0]);
    expect(rows[8]?.slice(0, 6)).toStrictEqual(['合计', 3, 2, 0, 1, 1]);
    expect(rows.find((r) => r[0] === '原价采购')?.slice(0, 6)).toStrictEqual([
      '原价采购',
      0,
      0.912,
      0,
      0,
      0.912,
    ]);
  });
});
