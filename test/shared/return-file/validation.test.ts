import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { translate } from '../../../shared/i18n';
import { decodeReturn, encodeReturn, type ReturnData, type ReturnIssue } from '../../../shared/return-file';
import {
  deleteSheet,
  makeInstall,
  makeMachine,
  makeReturn,
  readWorkbook,
  sha256,
  sheetCells,
  writeWorkbook,
} from './helpers';

/** Encodes, lets the test edit the workbook as a clerk would, saves and decodes again. */
function decodeEdited(
  edit: (workbook: XLSX.WorkBook) => void,
  data: ReturnData = makeReturn(),
  maxRows?: number,
) {
  const workbook = readWorkbook(encodeReturn(data, { digest: sha256 }));
  edit(workbook);
  for (const name of workbook.SheetNames) refreshRange(workbook.Sheets[name]);
  const bytes = writeWorkbook(workbook);
  return decodeReturn(bytes, maxRows === undefined ? { digest: sha256 } : { digest: sha256, maxRows });
}

/** Grows a sheet's range to cover cells a test added. */
function refreshRange(sheet: XLSX.WorkSheet | undefined): void {
  const data = sheet?.['!data'];
  if (sheet === undefined || data === undefined) return;
  let width = 1;
  for (let r = 0; r < data.length; r++) width = Math.max(width, data[r]?.length ?? 0);
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(data.length, 1) - 1, c: width - 1 },
  });
}

function setCell(
  workbook: XLSX.WorkBook,
  sheet: string,
  address: string,
  cell: XLSX.CellObject | undefined,
): void {
  const data = workbook.Sheets[sheet]?.['!data'];
  if (data === undefined) throw new Error(`no sheet ${sheet}`);
  const { r, c } = XLSX.utils.decode_cell(address);
  data[r] ??= [];
  const row = data[r];
  if (cell === undefined) delete row[c];
  else row[c] = cell;
}

const text = (v: string): XLSX.CellObject => ({ t: 's', v });

function errors(issues: ReturnIssue[]): ReturnIssue[] {
  return issues.filter((i) => i.severity === 'error');
}

function keyOf(issue: ReturnIssue | undefined): string {
  return issue?.message.key.replace('returnFile:issue.', '') ?? '';
}

describe('the schema version decides who can read a file', () => {
  it('asks for a newer program when the file is newer than this one', () => {
    const result = decodeEdited((wb) => setCell(wb, '封面', 'B15', { t: 'n', v: 2 }));
    expect(result.value).toBeNull();
    expect(keyOf(result.issues[0])).toBe('newerVersion');
    expect(translate('zh-CN', result.issues[0]!.message)).toBe(
      '此文件采用第 2 版回传文件格式，由较新版本的程序生成；本程序最高只能读取第 1 版。请升级程序后再导入。',
    );
  });

  it('refuses a cover without a version, or with a nonsense one', () => {
    expect(keyOf(decodeEdited((wb) => setCell(wb, '封面', 'B15', undefined)).issues[0])).toBe('noVersion');
    expect(keyOf(decodeEdited((wb) => setCell(wb, '封面', 'B15', text('一'))).issues[0])).toBe('badVersion');
  });

  it('refuses a workbook without a cover', () => {
    const result = decodeEdited((wb) => {
      deleteSheet(wb, '封面');
    });
    expect(keyOf(result.issues[0])).toBe('noCover');
  });
});

describe('sheets and columns are found by their keys', () => {
  it('reports a missing ledger sheet', () => {
    const result = decodeEdited((wb) => {
      deleteSheet(wb, '软件台账');
    });
    expect(result.value).toBeNull();
    expect(errors(result.issues)[0]).toMatchObject({ sheet: '软件台账' });
    expect(keyOf(errors(result.issues)[0])).toBe('missingSheet');
  });

  it('names the sheet and the Chinese header of a missing required column', () => {
    const result = decodeEdited((wb) => setCell(wb, '计算机台账', 'B2', undefined));
    expect(result.value).toBeNull();
    const issue = errors(result.issues)[0];
    expect(keyOf(issue)).toBe('missingColumn');
    expect(translate('zh-CN', issue!.message)).toBe(
      '工作表“计算机台账”缺少必需的列“资产编号”（列标识 asset_no）。',
    );
  });

  it('reports a key row that was deleted', () => {
    const result = decodeEdited((wb) => {
      sheetCells(wb, '工作进度').splice(1, 1);
    });
    expect(keyOf(errors(result.issues)[0])).toBe('missingKeyRow');
    expect(errors(result.issues)[0]).toMatchObject({ sheet: '工作进度', row: 2 });
  });

  it('reports a key used for two columns', () => {
    const result = decodeEdited((wb) => setCell(wb, '计算机台账', 'C2', text('asset_no')));
    expect(errors(result.issues)[0]).toMatchObject({ sheet: '计算机台账', row: 2 });
    expect(keyOf(errors(result.issues)[0])).toBe('duplicateColumn');
  });

  it('ignores an unknown column with a warning and still imports', () => {
    const result = decodeEdited((wb) => {
      setCell(wb, '计算机台账', 'Q1', text('自加一列'));
      setCell(wb, '计算机台账', 'Q2', text('my_extra'));
      setCell(wb, '计算机台账', 'Q3', text('随便写'));
    });
    expect(result.value).toStrictEqual(makeReturn());
    expect(result.issues.map(keyOf)).toEqual(['unknownColumn']);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', sheet: '计算机台账', column: 'Q' });
  });

  it('reads columns in any order', () => {
    const result = decodeEdited((wb) => {
      for (const row of sheetCells(wb, '软件台账')) {
        row.length = 22;
        row.reverse();
      }
    });
    expect(result.value).toStrictEqual(makeReturn());
    expect(result.digestState).toBe('unchanged');
  });

  it('skips blank rows a clerk left between the data', () => {
    const result = decodeEdited((wb) => sheetCells(wb, '计算机台账').splice(3, 0, [], [text('  ')]));
    expect(result.value).toStrictEqual(makeReturn());
  });
});

describe('each bad cell is reported with its sheet, row and column', () => {
  const cases: Array<[string, string, string, XLSX.CellObject, string, string]> = [
    ['a quantity that is not a whole number', '授权台账', 'E3', text('十套'), 'notInteger', 'E 数量（套）'],
    ['a quantity out of range', '授权台账', 'E3', { t: 'n', v: -1 }, 'outOfRange', 'E 数量（套）'],
    ['money with three decimals', '授权台账', 'J3', { t: 'n', v: 12.345 }, 'badMoney', 'J 金额（元）'],
    ['money written as words', '授权台账', 'J3', text('一万元'), 'badMoney', 'J 金额（元）'],
    ['negative money', '授权台账', 'J3', { t: 'n', v: -5 }, 'moneyOutOfRange', 'J 金额（元）'],
    ['a date that does not exist', '计算机台账', 'K3', text('2024-02-30'), 'badDate', 'K 购置日期'],
    ['a code that is not on the list', '计算机台账', 'E3', text('笔记本电脑'), 'badCode', 'E 设备类型'],
    ['a yes/no cell with another answer', '软件台账', 'M3', text('也许'), 'badBool', 'M 产品ID含OEM'],
    ['a malformed unit code on a row', '计算机台账', 'P3', text('ab-1'), 'badUnitCode', 'P 所属单位代码'],
    ['an empty asset number', '计算机台账', 'B3', text(''), 'required', 'B 资产编号'],
    ['an empty status', '软件台账', 'S3', text(''), 'required', 'S 授权状态'],
    ['text longer than the column allows', '计算机台账', 'C3', text('人'.repeat(65)), 'tooLong', 'C 使用人'],
    ['an Excel error value', '计算机台账', 'F3', { t: 'e', v: 0x2a }, 'errorValue', 'F 品牌'],
    ['a malformed unit code on the cover', '封面', 'B3', text('单位'), 'badUnitCode', 'B 单位代码'],
    ['a malformed reporting period', '封面', 'B9', text('2026年上半年'), 'badPeriod', 'B 报送期'],
    ['an export time that is not a time', '封面', 'B13', text('昨天'), 'badDateTime', 'B 导出时间'],
  ];
  it.each(cases)('reports %s', (_, sheet, address, cell, key, column) => {
    const result = decodeEdited((wb) => setCell(wb, sheet, address, cell));
    expect(result.value).toBeNull();
    const found = errors(result.issues);
    expect(found.map(keyOf)).toEqual([key]);
    expect(found[0]).toMatchObject({ sheet, row: XLSX.utils.decode_cell(address).r + 1, column });
  });

  it('says where the bad cell is and what is allowed, in whole sentences', () => {
    const result = decodeEdited((wb) => setCell(wb, '计算机台账', 'E4', text('平板')));
    expect(translate('zh-CN', result.issues[0]!.message)).toBe(
      '工作表“计算机台账”E4 单元格（设备类型）的“平板”不是有效选项，可填写：“台式机”、“笔记本”、“服务器”、“其他”。',
    );
    expect(translate('en', result.issues[0]!.message)).toContain('cell E4 (设备类型)');
  });

  it('accepts dates typed as serials, Date-formatted numbers and other common spellings', () => {
    const result = decodeEdited((wb) => {
      setCell(wb, '计算机台账', 'K3', { t: 'n', v: 44377, z: 'yyyy-mm-dd' });
      setCell(wb, '计算机台账', 'K4', text('2021/6/30'));
      setCell(wb, '计算机台账', 'K5', text('2021年6月30日'));
    });
    expect(result.value?.machines.map((m) => m.purchaseDate)).toEqual([
      '2021-06-30',
      '2021-06-30',
      '2021-06-30',
    ]);
  });

  it('reads 1904-based date serials from Mac workbooks', () => {
    const result = decodeEdited((wb) => {
      wb.Workbook = { ...wb.Workbook, WBProps: { ...wb.Workbook?.WBProps, date1904: true } };
      setCell(wb, '计算机台账', 'K3', { t: 'n', v: 42915 });
    });
    expect(result.value?.machines[0]?.purchaseDate).toBe('2021-06-30');
  });

  it('refuses a sheet longer than the row limit', () => {
    const data = makeReturn({ installs: Array.from({ length: 6 }, (_, i) => makeInstall(`i${i}`, 'm1')) });
    const result = decodeEdited(() => {}, data, 5);
    expect(errors(result.issues).map(keyOf)).toEqual(['tooManyRows']);
    expect(errors(result.issues)[0]).toMatchObject({ sheet: '软件台账' });
  });
});

describe('rows are checked against each other', () => {
  it('reports a duplicate machine id with both rows', () => {
    const data = makeReturn({
      machines: [makeMachine('m1'), makeMachine('m2'), makeMachine('m1', { assetNo: 'X' })],
      installs: [],
    });
    const result = decodeReturn(encodeReturn(data, { digest: sha256 }), { digest: sha256 });
    expect(result.value).toBeNull();
    expect(errors(result.issues)).toHaveLength(1);
    expect(errors(result.issues)[0]).toMatchObject({ sheet: '计算机台账', row: 5 });
    expect(errors(result.issues)[0]?.message.params).toMatchObject({
      value: 'm1',
      firstSheet: '计算机台账',
      firstRow: 3,
    });
  });

  it('reports a duplicate asset number even across continuation sheets', () => {
    const data = makeReturn({
      machines: [
        makeMachine('m1', { assetNo: '000123' }),
        makeMachine('m2'),
        makeMachine('m3', { assetNo: '000123' }),
      ],
      installs: [],
    });
    const result = decodeReturn(encodeReturn(data, { digest: sha256, maxRowsPerSheet: 4 }), {
      digest: sha256,
    });
    expect(errors(result.issues).map(keyOf)).toEqual(['duplicateAssetNo']);
    expect(errors(result.issues)[0]).toMatchObject({ sheet: '计算机台账2', row: 3 });
    expect(translate('zh-CN', errors(result.issues)[0]!.message)).toBe(
      '工作表“计算机台账2”第 3 行的资产编号“000123”与工作表“计算机台账”第 3 行重复。',
    );
  });

  it('lets two units of a consolidated return use the same ids and asset numbers', () => {
    const data = makeReturn({
      machines: [
        makeMachine('m1', { assetNo: '1' }),
        makeMachine('m1', { assetNo: '1', unitCode: 'CHILD01' }),
      ],
      installs: [makeInstall('i1', 'm1'), makeInstall('i1', 'm1', { unitCode: 'CHILD01' })],
    });
    const result = decodeReturn(encodeReturn(data, { digest: sha256 }), { digest: sha256 });
    expect(errors(result.issues)).toEqual([]);
    expect(result.value).toStrictEqual(data);
  });

  it('reports a duplicate install id and an install on an unknown machine', () => {
    const data = makeReturn({
      installs: [makeInstall('i1', 'm1'), makeInstall('i1', 'm2'), makeInstall('i3', 'gone')],
    });
    const result = decodeReturn(encodeReturn(data, { digest: sha256 }), { digest: sha256 });
    expect(errors(result.issues).map((i) => [keyOf(i), i.sheet, i.row])).toEqual([
      ['duplicateInstallId', '软件台账', 4],
      ['unknownMachine', '软件台账', 5],
    ]);
  });

  it('warns about an install whose licence is not in the licence ledger', () => {
    const data = makeReturn({ installs: [makeInstall('i1', 'm1', { entitlementId: 'nope' })] });
    const result = decodeReturn(encodeReturn(data, { digest: sha256 }), { digest: sha256 });
    expect(result.value).not.toBeNull();
    expect(result.issues.map((i) => [i.severity, keyOf(i), i.row])).toEqual([
      ['warning', 'unknownEntitlement', 3],
    ]);
  });
});

describe('the summary form is checked against the detail', () => {
  it('warns when a total on 汇总表 was edited by hand, naming the cell', () => {
    // Detail by hand: one genuine OS install on m1 (m3's install does not count, m3 is scrapped).
    const result = decodeEdited((wb) => setCell(wb, '汇总表', 'C5', { t: 'n', v: 12 }));
    expect(result.value).toStrictEqual(makeReturn());
    expect(result.digestState).toBe('unchanged');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', sheet: '汇总表', row: 5, column: 'C' });
    expect(translate('zh-CN', result.issues[0]!.message)).toBe(
      '“汇总表”C5 单元格填写的是 12，但明细表合计为 1，请以明细表为准核对。',
    );
  });

  it('checks the computer count and the 合计 row too', () => {
    const result = decodeEdited((wb) => {
      setCell(wb, '汇总表', 'B4', { t: 'n', v: 3 });
      setCell(wb, '汇总表', 'F9', text('5'));
    });
    expect(result.issues.map((i) => [keyOf(i), i.message.params?.cell, i.message.params?.expected])).toEqual([
      ['summaryMismatch', 'B4', 2],
      ['summaryMismatch', 'F9', 2],
    ]);
  });
});

describe('a consolidated return is checked unit by unit', () => {
  const child = (computers: number) => ({
    unitCode: 'CHILD01',
    unitName: '下级单位',
    parentCode: '',
    computers,
    byCategory: {
      os: { installed: 1, genuine: 1, notGenuine: 0, toVerify: 0, needed: 0 },
      office: { installed: 0, genuine: 0, notGenuine: 0, toVerify: 0, needed: 0 },
      security: { installed: 0, genuine: 0, notGenuine: 0, toVerify: 0, needed: 0 },
      other: { installed: 0, genuine: 0, notGenuine: 0, toVerify: 0, needed: 0 },
    },
  });
  const consolidated = (computers: number, rowUnit = 'CHILD01') =>
    makeReturn({
      machines: [makeMachine('m1'), makeMachine('m1', { unitCode: rowUnit })],
      installs: [makeInstall('i1', 'm1'), makeInstall('i1', 'm1', { unitCode: rowUnit })],
      children: [child(computers)],
    });

  it('accepts lower-unit totals that match their detail rows', () => {
    const data = consolidated(1);
    const result = decodeReturn(encodeReturn(data, { digest: sha256 }), { digest: sha256 });
    expect(result.issues).toEqual([]);
    expect(result.value).toStrictEqual(data);
  });

  it('warns when a lower unit’s totals differ from its detail rows', () => {
    const result = decodeReturn(encodeReturn(consolidated(5), { digest: sha256 }), { digest: sha256 });
    expect(result.issues.map((i) => [i.severity, keyOf(i), i.sheet, i.row])).toEqual([
      ['warning', 'childMismatch', '下级单位汇总', 3],
    ]);
    expect(result.issues[0]?.message.params).toMatchObject({ header: '计算机（台）', found: 5, expected: 1 });
  });

  it('warns once about rows of a unit that is not listed', () => {
    const result = decodeReturn(encodeReturn(consolidated(1, 'OTHER02'), { digest: sha256 }), {
      digest: sha256,
    });
    expect(result.issues.map((i) => [keyOf(i), i.sheet, i.row])).toEqual([
      ['rowUnitNotListed', '计算机台账', 4],
      ['rowUnitNotListed', '软件台账', 4],
    ]);
  });

  it('reports a lower unit listed twice, and repeated milestones and budget lines', () => {
    const data = makeReturn({
      milestones: [
        { key: 'plan', state: 'done', date: '', note: '', docRef: '' },
        { key: 'plan', state: 'in_progress', date: '', note: '', docRef: '' },
      ],
      budget: [
        { scenario: '原价', category: 'os', amountFen: 1 },
        { scenario: '原价', category: 'os', amountFen: 2 },
      ],
      children: [child(0), child(0)],
    });
    const result = decodeReturn(encodeReturn(data, { digest: sha256 }), { digest: sha256 });
    expect(errors(result.issues).map((i) => [keyOf(i), i.sheet, i.row])).toEqual([
      ['duplicateMilestone', '工作进度', 4],
      ['duplicateBudget', '经费测算', 4],
      ['duplicateChild', '下级单位汇总', 4],
    ]);
  });
});

describe('the cover and summary form are cross-checked', () => {
  it('warns when the cover’s row count differs from the ledger', () => {
    const result = decodeEdited((wb) => setCell(wb, '封面', 'B19', { t: 'n', v: 40 }));
    expect(result.issues.map(keyOf)).toEqual(['coverCountMismatch']);
    expect(result.issues[0]?.message.params).toMatchObject({ label: '软件台账行数', found: 40, expected: 4 });
  });

  it('warns when the summary form is missing or unrecognisable, and still imports', () => {
    const missing = decodeEdited((wb) => deleteSheet(wb, '汇总表'));
    expect(missing.issues.map(keyOf)).toEqual(['summaryMissing']);
    const mangled = decodeEdited((wb) => setCell(wb, '汇总表', 'A3', text('统计项')));
    expect(mangled.issues.map(keyOf)).toEqual(['summaryUnreadable']);
    expect(mangled.value).toStrictEqual(makeReturn());
  });
});

describe('the data digest tells an untouched file from an edited one', () => {
  it('marks a file whose data was changed as edited, and still imports it', () => {
    const result = decodeEdited((wb) => setCell(wb, '计算机台账', 'C3', text('李四')));
    expect(result.digestState).toBe('edited');
    expect(result.value?.machines[0]?.user).toBe('李四');
    expect(result.issues.map(keyOf)).toEqual(['digestEdited']);
  });

  it('reports a cover without a digest', () => {
    const result = decodeEdited((wb) => setCell(wb, '封面', 'B22', undefined));
    expect(result.digestState).toBe('missing');
    expect(result.issues.map(keyOf)).toEqual(['digestMissing']);
  });

  it('does not count the cover, which a clerk may complete by hand', () => {
    const result = decodeEdited((wb) => setCell(wb, '封面', 'B11', text('010-1234 5678')));
    expect(result.digestState).toBe('unchanged');
    expect(result.value?.profile.phone).toBe('010-1234 5678');
  });
});

describe('hostile names pollute nothing', () => {
  it('reads a workbook with __proto__, constructor and prototype as sheet, cover and column keys', () => {
    const result = decodeEdited((wb) => {
      for (const name of ['__proto__', 'constructor', 'prototype']) {
        wb.SheetNames.push(name);
        Object.defineProperty(wb.Sheets, name, {
          value: { '!data': [[text('x')]], '!ref': 'A1' },
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      setCell(wb, '计算机台账', 'Q2', text('__proto__'));
      setCell(wb, '计算机台账', 'R2', text('constructor'));
      setCell(wb, '计算机台账', 'Q3', text('{"polluted":true}'));
      setCell(wb, '封面', 'C40', text('__proto__'));
      setCell(wb, '封面', 'B40', text('polluted'));
    });
    expect(result.value).toStrictEqual(makeReturn());
    expect(result.issues.map(keyOf)).toEqual(['unknownColumn', 'unknownColumn']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.value?.machines[0])).toBe(Object.prototype);
  });
});
