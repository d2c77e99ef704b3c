import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReturn, encodeReturn } from '../../../shared/return-file';
import { LONG_NOTE } from './arbitraries';
import { makeEntitlement, makeInstall, makeMachine, makeReturn, sha256 } from './helpers';

/** The LibreOffice command on PATH, if any. */
function findOffice(): string | undefined {
  for (const command of ['libreoffice', 'soffice']) {
    if (spawnSync('which', [command], { encoding: 'utf8' }).status === 0) return command;
  }
  return undefined;
}

const office = findOffice();

describe.skipIf(office === undefined)('a file opened and saved again in LibreOffice', () => {
  it('keeps its data and its digest', () => {
    const data = makeReturn({
      machines: [
        makeMachine('m1', {
          assetNo: '000123',
          user: '=SUM(A1)',
          department: '+86 10',
          brand: '@x',
          model: '-5',
          serial: '\tTab',
          hostname: 'trailing  ',
          purchaseDate: '2021-06-30',
          notes: LONG_NOTE,
        }),
        makeMachine('m2', {
          assetNo: '00042',
          notes: '第一行\n第二行',
          uuid: '_x0041_ stays',
          status: 'scrapped',
        }),
      ],
      installs: [
        makeInstall('i1', 'm1', {
          rawName: '𠀀 WPS Office 😀',
          productId: 'wps',
          entitlementId: 'e1',
          reasons: ['有合同。'],
        }),
        makeInstall('i2', 'm2', { category: 'security', status: 'to_verify', notes: '\r开头是回车' }),
      ],
      entitlements: [
        makeEntitlement('e1', { quantity: 25, amountFen: 9_999_999_999_999, purchaseDate: '2020-01-02' }),
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'zhengban-lo-'));
    try {
      const input = join(dir, 'return.xlsx');
      const outDir = join(dir, 'out');
      const original = encodeReturn(data, { digest: sha256 });
      writeFileSync(input, original);
      execFileSync(
        office ?? 'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          outDir,
          input,
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
      const resaved = new Uint8Array(readFileSync(join(outDir, 'return.xlsx')));
      expect(Buffer.compare(resaved, original)).not.toBe(0);
      const result = decodeReturn(resaved, { digest: sha256 });
      expect(result.issues).toEqual([]);
      expect(result.digestState).toBe('unchanged');
      expect(result.value).toStrictEqual(data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
