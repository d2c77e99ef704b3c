import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDocuments } from '../../../electron/main/store/document';
import { SAMPLE_PROFILE } from '../../electron/archive/archive-helpers';
import { openSession, type Session, screenshot, shows } from '../browser';

describe('backups, restore and the whole-workspace archive in the real UI', () => {
  let session: Session;
  let demoId: string;

  beforeAll(async () => {
    session = await openSession({ demo: true });
    demoId = session.harness.service.workspace().info.id;
    await session.page.goto(`${session.harness.url}#/settings`);
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it('exports everything from the demo city and imports it as a new workspace', async () => {
    const { page, harness } = session;
    await shows(page, '全部数据导出与导入');
    await page.getByTestId('archive-export').click();
    await shows(page, '已导出');
    const path = harness.host.saved.at(-1) ?? '';
    expect(path.endsWith('.zip')).toBe(true);
    const zip = await readFile(path);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');

    harness.host.openAnswers.push([path]);
    await page.getByTestId('archive-import').click();
    await shows(page, '已导入归档，并切换到新工作区');
    const imported = harness.service.workspace();
    expect(imported.info.id).not.toBe(demoId);
    await expect.poll(() => page.getByTestId('workspace-name').textContent()).toContain('归档）');
    expect(imported.office.data.machines.length).toBeGreaterThan(10);
    expect(imported.central.data.returns.length).toBeGreaterThanOrEqual(60);
    await expect.poll(() => page.getByTestId('workspaces-table').locator('tbody tr').count()).toBe(2);
  });

  it("lists the demo city's backup taken before the import and opens its contents", async () => {
    const { page } = session;
    // Back to the demo city, whose backups include the one taken before the import.
    await page
      .getByTestId('workspaces-table')
      .getByRole('button', { name: /切\s*换/ })
      .click();
    await expect.poll(() => session.harness.service.workspace().info.id).toBe(demoId);
    await shows(page, '导入归档之前');

    const backupsDir = join(session.dataDir, 'backups', demoId);
    const id = (await readdir(backupsDir)).filter((b) => b.endsWith('-archive-import'))[0] ?? '';
    const office = JSON.parse(await readFile(join(backupsDir, id, 'office.json'), 'utf8'));
    const central = JSON.parse(await readFile(join(backupsDir, id, 'central.json'), 'utf8'));
    const returned = new Set(
      central.returns
        .filter(
          (r: { state: string; period: string }) =>
            r.state === 'current' && r.period === central.currentPeriod,
        )
        .map((r: { assignedCode: string }) => r.assignedCode),
    );

    const row = page.getByTestId('backups-table').locator('tbody tr', { hasText: '导入归档之前' }).first();
    await row.locator('.ant-table-row-expand-icon').click();
    const contents = page.getByTestId('backup-contents').first();
    await contents.waitFor({ state: 'visible' });
    const text = (await contents.textContent()) ?? '';
    expect(text).toContain(`${office.profile.name}：计算机 ${office.machines.length} 台`);
    expect(text).toContain(`软件安装记录 ${office.installs.length} 条`);
    expect(text).toContain(`已报送 ${returned.size} 个单位`);
    expect(text).toContain(`共存有报表 ${central.returns.length} 份`);
    await screenshot(page, 'settings-backup-contents-zh-CN');

    await row.getByTestId('backup-restore').click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor({ state: 'visible' });
    const question = (await dialog.textContent()) ?? '';
    expect(question).toContain('单位填报、汇总和预算数据将全部替换');
    expect(question).toContain(`计算机 ${office.machines.length} 台`);
    // Hovering waits until the dialog has stopped moving, so the picture shows it settled.
    await dialog.getByRole('button', { name: /恢\s*复/ }).hover();
    await screenshot(page, 'settings-restore-confirm-zh-CN');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    expect(session.errors).toEqual([]);
  });
});

describe('a damaged data file in the real UI', () => {
  let session: Session;
  afterAll(async () => {
    await session?.close();
  });

  it('offers the last good backup in the banner and brings the document back after confirming', async () => {
    session = await openSession();
    const { service } = session.harness;
    await service.workspace().office.update((d) => {
      d.profile = SAMPLE_PROFILE;
    });
    await service.backup('manual');
    const file = join(service.workspace().dir, 'office.json');
    await session.close();
    closeDocuments(session.dataDir);
    await writeFile(file, '{"schemaVersion":1,"profile":{"na');

    session = await openSession({ dataDir: session.dataDir });
    const { page } = session;
    await shows(page, '数据文件出现问题');
    await shows(page, '的备份恢复单位填报数据（office.json）');
    await page.getByTestId('problem-recover').click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.textContent()).toContain('其他数据保持不变');
    await dialog.getByRole('button', { name: '从备份恢复' }).click();
    await shows(page, '已从备份恢复单位填报数据（office.json）。');
    await page.getByTestId('store-problems').waitFor({ state: 'detached' });
    expect(session.harness.service.workspace().office.data.profile?.name).toBe('遵义市版权局');
    expect(session.errors).toEqual([]);
  });
});
