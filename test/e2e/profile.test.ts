import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDocuments } from '../../electron/main/store/document';
import type { Bridge } from '../../shared/contract';
import { openSession, type Session, screenshot, shows } from './browser';

describe('unit profile in the real UI', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(`${session.harness.url}#/office/profile`);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens in Chinese, saves a profile typed in Chinese and still shows it after a reload', async () => {
    const { page } = session;
    await shows(page, '单位信息');
    await page.getByTestId('profile-code').fill('11520300MB1234567X');
    await page.getByTestId('profile-name').fill('遵义市版权局');
    await page.getByTestId('profile-parent-name').fill('遵义市人民政府');
    await page.getByTestId('profile-headcount').fill('46');
    await page.getByTestId('profile-period').fill('2026');
    await page.getByTestId('profile-contact').fill('张晓梅');
    await page.getByTestId('profile-phone').fill('0851-28221234');
    await page.getByTestId('profile-save').click();
    await shows(page, '已保存。');

    await page.reload();
    await expect.poll(() => page.getByTestId('profile-name').inputValue()).toBe('遵义市版权局');
    await expect.poll(() => page.getByTestId('profile-contact').inputValue()).toBe('张晓梅');
    await expect.poll(() => page.getByTestId('profile-headcount').inputValue()).toBe('46');
    await screenshot(page, 'profile-zh-CN');
    expect(session.errors).toEqual([]);
  });

  it('keeps the profile in the store on disk, so a restart finds it', async () => {
    const workspaces = JSON.parse(await readFile(join(session.dataDir, 'app.json'), 'utf8'));
    const id = workspaces.activeWorkspaceId as string;
    const office = JSON.parse(await readFile(join(session.dataDir, 'workspaces', id, 'office.json'), 'utf8'));
    expect(office.profile).toMatchObject({ code: '11520300MB1234567X', name: '遵义市版权局', headcount: 46 });
    // A second start on the same folder (a restart) reads the same profile.
    await session.close();
    closeDocuments(session.dataDir);
    session = await openSession({ dataDir: session.dataDir });
    await session.page.goto(`${session.harness.url}#/office/profile`);
    await expect.poll(() => session.page.getByTestId('profile-name').inputValue()).toBe('遵义市版权局');
  });

  it('refuses an invalid unit code with a message in Chinese and saves nothing', async () => {
    const { page } = session;
    await page.getByTestId('profile-code').fill('bad code!');
    await page.getByTestId('profile-save').click();
    await shows(page, '“单位代码”的格式不正确。');
    // Runs in the page, where the bridge is a global; this file is type-checked without DOM types.
    const result = await page.evaluate(() =>
      (globalThis as unknown as { api: Bridge }).api.invoke('profile:get', {}),
    );
    expect(result).toMatchObject({ ok: true, value: { code: '11520300MB1234567X' } });
  });

  it('switches to English and back', async () => {
    const { page } = session;
    await page.goto(`${session.harness.url}#/settings`);
    await page.getByText('English').click();
    await shows(page, 'Backups and restore');
    await screenshot(page, 'settings-en');
    await page.getByText('简体中文').click();
    await shows(page, '备份与恢复');
  });
});
