import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  computeReturnDigest,
  decodeReturn,
  encodeReturn,
  type ReturnData,
  serializeReturnData,
} from '../../../shared/return-file';
import { Utf8Sink } from '../../../shared/return-file/utf8-sink';
import {
  makeEntitlement,
  makeInstall,
  makeMachine,
  makeReturn,
  readWorkbook,
  sha256,
  sheetCells,
  writeWorkbook,
} from './helpers';

function richReturn(): ReturnData {
  return makeReturn({
    machines: [
      makeMachine('m1', {
        assetNo: '000123',
        user: '王五 ',
        purchaseDate: '2021-06-30',
        notes: '第一行\n第二行',
      }),
      makeMachine('m2', {
        assetNo: '=A1',
        type: 'laptop',
        arch: 'loongarch',
        zone: 'isolated',
        status: 'idle',
      }),
    ],
    installs: [
      makeInstall('i1', 'm1', {
        productId: 'ms-win10',
        entitlementId: 'e1',
        evidence: {
          invoiceNo: '0012',
          contractNo: '',
          coa: 'matching',
          productIdOem: true,
          activation: 'activated',
          kmsHost: '',
          originalMachine: false,
          expiry: '2030-12-31',
        },
        reasons: ['有发票。', 'COA 标签与版本一致。'],
      }),
      makeInstall('i2', 'm2', { category: 'security', status: 'to_verify', rawName: '火绒安全 😀' }),
    ],
    entitlements: [makeEntitlement('e1', { quantity: 10, amountFen: 1234567, purchaseDate: '2020-01-02' })],
  });
}

describe('the canonical form of the data', () => {
  it('is exactly the documented text', () => {
    const data = makeReturn({
      machines: [makeMachine('m1', { assetNo: '000123', notes: 'a"b' })],
      installs: [makeInstall('i1', 'm1', { reasons: ['甲。', '乙。'], unitCode: 'C01' })],
      entitlements: [makeEntitlement('e1', { amountFen: 150 })],
      milestones: [],
      budget: [],
    });
    const expected = [
      'zhengban-return-data/1',
      '#machines ["machine_id","asset_no","user","department","type","brand","model","serial","arch","zone","purchase_date","status","hostname","uuid","notes","unit_code"]',
      '["m1","000123","","","desktop","","","","x86","intranet","","in_use","","","a\\"b",""]',
      '#installs ["install_id","machine_id","raw_name","product_id","version","edition","category","channel","invoice_no","contract_no","coa","product_id_oem","activation","kms_host","original_machine","licence_expiry","entitlement_id","status","reasons","notes","unit_code"]',
      '["i1","m1","Microsoft Windows 10 专业版",null,"","","os","oem","","","none",null,"unknown","",null,"",null,"genuine","甲。\\n乙。","","C01"]',
      '#entitlements ["entitlement_id","product_id","edition","channel","quantity","contract_no","invoice_no","supplier","purchase_date","amount","expiry","notes","unit_code"]',
      '["e1","ms-office","","volume",1,"","","","",150,"","",""]',
      '#milestones ["milestone","state","date","doc_ref","note","unit_code"]',
      '#budget ["scenario","category","amount","unit_code"]',
      '',
    ].join('\n');
    expect(new TextDecoder().decode(serializeReturnData(data))).toBe(expected);
    expect(computeReturnDigest(data, sha256)).toBe(sha256(new TextEncoder().encode(expected)));
  });

  it('lists the children section only in a consolidated return', () => {
    const own = new TextDecoder().decode(serializeReturnData(makeReturn()));
    const consolidated = new TextDecoder().decode(serializeReturnData(makeReturn({ children: [] })));
    expect(own).not.toContain('#children');
    expect(
      consolidated.endsWith(
        '\n#children ["unit_code","unit_name","parent_code","computers","os_installed","os_genuine","os_not_genuine","os_to_verify","os_needed","office_installed","office_genuine","office_not_genuine","office_to_verify","office_needed","security_installed","security_genuine","security_not_genuine","security_to_verify","security_needed","other_installed","other_genuine","other_not_genuine","other_to_verify","other_needed"]\n',
      ),
    ).toBe(true);
  });

  it('writes strings byte for byte as JSON.stringify and UTF-8 would', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          // Single UTF-16 code units, so unpaired surrogates and every control character turn up.
          fc.string({
            unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
            maxLength: 40,
          }),
        ),
        (text) => {
          const sink = new Utf8Sink();
          sink.writeJsonString(text);
          expect(Buffer.from(sink.bytes())).toEqual(Buffer.from(JSON.stringify(text), 'utf8'));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('does not depend on whether an optional value is missing or empty', () => {
    const a = makeReturn({ installs: [makeInstall('i1', 'm1', { productId: null })] });
    const b = makeReturn({ installs: [makeInstall('i1', 'm1', { productId: '' })] });
    const c = makeReturn({ installs: [makeInstall('i1', 'm1', { unitCode: undefined })] });
    expect(computeReturnDigest(a, sha256)).toBe(computeReturnDigest(b, sha256));
    expect(computeReturnDigest(a, sha256)).toBe(computeReturnDigest(c, sha256));
  });
});

describe('re-saving a file without changing data keeps the digest', () => {
  it('survives a SheetJS read and write, dense or sparse', () => {
    const data = richReturn();
    const bytes = encodeReturn(data, { digest: sha256 });
    for (const dense of [true, false]) {
      const resaved = writeWorkbook(XLSX.read(bytes, { type: 'array', dense }));
      const result = decodeReturn(resaved, { digest: sha256 });
      expect(result.digestState).toBe('unchanged');
      expect(result.value).toStrictEqual(data);
    }
  });

  it('survives cells re-typed the way spreadsheet programs do', () => {
    const data = richReturn();
    const workbook = readWorkbook(encodeReturn(data, { digest: sha256 }));
    for (const name of ['计算机台账', '软件台账', '授权台账', '工作进度', '经费测算']) {
      const rows = workbook.Sheets[name]?.['!data'] ?? [];
      const keys = (rows[1] ?? []).map((cell) => String(cell?.v ?? ''));
      for (const row of rows.slice(2)) {
        keys.forEach((key, c) => {
          const cell = row[c];
          if (cell === undefined) {
            row[c] = { t: 's', v: '' }; // an empty string instead of a missing cell
          } else if (/date|expiry/.test(key) && typeof cell.v === 'string') {
            const [y, m, d] = cell.v.split('-').map(Number);
            row[c] = {
              t: 'n',
              v: (Date.UTC(y!, m! - 1, d!) - Date.UTC(1899, 11, 30)) / 86_400_000,
              z: 'yyyy/m/d',
            };
          } else if (key === 'amount' && typeof cell.v === 'number') {
            row[c] = { t: 's', v: cell.v.toFixed(2) };
          } else if (key === 'quantity' && typeof cell.v === 'number') {
            row[c] = { t: 's', v: `${cell.v}.0` };
          } else if (cell.v === '是' || cell.v === '否') {
            row[c] = { t: 'b', v: cell.v === '是' };
          } else if (cell.v === '笔记本' || cell.v === '台式机') {
            row[c] = { t: 's', v: cell.v === '笔记本' ? 'laptop' : 'DESKTOP' };
          }
        });
      }
    }
    const result = decodeReturn(writeWorkbook(workbook), { digest: sha256 });
    expect(result.issues).toEqual([]);
    expect(result.digestState).toBe('unchanged');
    expect(result.value).toStrictEqual(data);
  });

  it('notices a changed quantity', () => {
    const workbook = readWorkbook(encodeReturn(richReturn(), { digest: sha256 }));
    const row = sheetCells(workbook, '授权台账')[2];
    if (row !== undefined) row[4] = { t: 'n', v: 11 };
    expect(decodeReturn(writeWorkbook(workbook), { digest: sha256 }).digestState).toBe('edited');
  });
});
