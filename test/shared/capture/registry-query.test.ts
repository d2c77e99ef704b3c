import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../../shared/capture/registry-query';
import { readFixture } from './fixtures';

describe('reading reg query /s output', () => {
  const result = parseRegQuery(readFixture('reg-query-uninstall.txt'));
  const programs = result.machines[0]?.programs ?? [];

  it('reads each key with a DisplayName as a program and skips keys without one', () => {
    expect(programs.map((program) => program.name)).toEqual([
      '7-Zip 23.01 (x64)',
      'Microsoft Edge WebView2 Runtime',
      'Multi line\nsecond line of the same value',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('keeps the full key path as the raw id and reads DWORDs in hex', () => {
    expect(programs[0]).toMatchObject({
      rawId: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\7-Zip',
      version: '23.01',
      publisher: 'Igor Pavlov',
      kind: 'application',
    });
    expect(programs[1]).toMatchObject({ kind: 'runtime', version: '120.0.2210.91' });
  });

  it('reads GBK console output of a Chinese Windows', () => {
    // "    DisplayName    REG_SZ    金山毒霸" with 金山毒霸 in GBK (Python 'gbk' codec): bd f0 c9 bd b6 be b0 d4.
    const head = new TextEncoder().encode(
      '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Uninstall\\Duba\r\n    DisplayName    REG_SZ    ',
    );
    const bytes = new Uint8Array([...head, 0xbd, 0xf0, 0xc9, 0xbd, 0xb6, 0xbe, 0xb0, 0xd4, 13, 10]);
    expect(parseRegQuery(bytes).machines[0]?.programs[0]?.name).toBe('金山毒霸');
  });
});
