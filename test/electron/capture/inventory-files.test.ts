import { mkdir, mkdtemp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeStickFile, writeCollectorStick } from '../../../electron/main/capture/collector-stick';
import { listInventoryFiles, readInventoryFile } from '../../../electron/main/capture/inventory-files';
import { listCollectorStickFiles } from '../../../shared/capture/collector';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zb-inventory-'));
});

const limits = { maxFileBytes: 1024, maxFiles: 10, maxDepth: 1 };

describe('finding inventory files in a folder', () => {
  it('takes inventories, and passes over the stick scripts, hidden files, links and deep folders', async () => {
    await writeCollectorStick(dir, listCollectorStickFiles());
    await writeFile(join(dir, 'PC-01_ABC.json'), '{}');
    await writeFile(join(dir, 'photo.jpg'), 'not an inventory');
    await writeFile(join(dir, '.hidden.json'), '{}');
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, 'a', 'PC-02.xml'), '<REQUEST/>');
    await writeFile(join(dir, 'a', 'b', 'too-deep.json'), '{}');
    await symlink(dir, join(dir, 'a', 'loop'));
    await mkdir(join(dir, 'System Volume Information'));
    await writeFile(join(dir, 'System Volume Information', 'IndexerVolumeGuid.txt'), 'x');

    const listing = await listInventoryFiles([dir], limits);
    expect(listing.files.map((f) => f.name)).toEqual(['a/PC-02.xml', 'PC-01_ABC.json']);
    expect(listing.problems).toEqual([]);
  });

  it('reports files over the size limit and stops at the file limit', async () => {
    await writeFile(join(dir, 'big.json'), 'x'.repeat(2048));
    for (let i = 0; i < 12; i++) await writeFile(join(dir, `pc-${String(i).padStart(2, '0')}.json`), '{}');
    const listing = await listInventoryFiles([dir], limits);
    expect(listing.files).toHaveLength(10);
    expect(listing.skipped).toBe(3);
    expect(listing.problems).toEqual([
      { key: 'capture:problems.tooLarge', params: { file: 'big.json', limitMb: 0 } },
      { key: 'capture:import.tooManyFiles', params: { limit: 10 } },
    ]);
  });

  it('reads a chosen file whatever its extension, and refuses one that grew past the limit', async () => {
    const path = join(dir, 'inventory.ocs.bak');
    await writeFile(path, '<REQUEST/>');
    const listing = await listInventoryFiles([path], limits);
    expect(listing.files).toEqual([{ path, name: 'inventory.ocs.bak', size: 10 }]);
    const file = listing.files[0];
    if (!file) throw new Error('no file');
    expect(new TextDecoder().decode(await readInventoryFile(file, 1024))).toBe('<REQUEST/>');
    await writeFile(path, 'x'.repeat(2048));
    await expect(readInventoryFile(file, 1024)).rejects.toThrow();
  });
});

describe('writing the collector stick', () => {
  it('writes the PowerShell script and the instructions with a BOM, and the shell script executable', async () => {
    const files = await writeCollectorStick(dir, listCollectorStickFiles());
    const ps1 = await readFile(join(dir, 'zhengban-collect.ps1'));
    expect([...ps1.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const readme = await readFile(join(dir, '使用说明.txt'));
    expect([...readme.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sh = await readFile(join(dir, 'zhengban-collect.sh'));
    expect(sh.subarray(0, 9).toString()).toBe('#!/bin/sh');
    expect(sh.includes('\r')).toBe(false);
    expect((await stat(join(dir, 'zhengban-collect.sh'))).mode & 0o111).toBe(0o111);
    // cmd.exe needs CRLF line ends and reads the launcher in the console code page: ASCII only.
    const cmd = await readFile(join(dir, 'zhengban-collect.cmd'));
    expect(cmd.toString('latin1')).toMatch(/\r\n/);
    expect([...cmd].every((byte) => byte < 0x80)).toBe(true);
    expect(files.map((f) => f.bytes)).toEqual(
      listCollectorStickFiles().map((f) => encodeStickFile(f).length),
    );
  });

  it('makes an older copy of the shell script executable again', async () => {
    await writeFile(join(dir, 'zhengban-collect.sh'), 'old', { mode: 0o644 });
    await writeCollectorStick(dir, listCollectorStickFiles());
    expect((await stat(join(dir, 'zhengban-collect.sh'))).mode & 0o111).toBe(0o111);
  });
});
