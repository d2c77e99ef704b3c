import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session, screenshot, shows } from '../browser';
import { api, goTo } from '../office/office-page';

const fixture = (name: string) => resolve('test/fixtures/capture', name);

describe('the capture page in the real UI', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports the JSON and XML inventory of one computer as one new machine after review', async () => {
    const { page } = session;
    await goTo(page, 'office/capture');
    await shows(page, '制作采集 U 盘');
    await screenshot(page, 'capture-start-zh-CN');

    session.harness.host.openAnswers.push([fixture('glpi-machine.json'), fixture('glpi-machine.xml')]);
    await page.getByTestId('capture-import-files').click();
    await page.getByTestId('capture-preview').waitFor();
    await shows(page, '共 1 台计算机：新建 1 台，更新已有计算机 0 台。', 10_000);
    // A single computer opens at once: its programs with verdicts, the hidden entries folded away.
    await shows(page, '火绒安全软件');
    await page.getByTestId('capture-hidden-1').getByText('未列入台账的条目').click();
    await shows(page, 'KB5034441');
    await page.getByTestId('capture-asset-1').fill('ZB-0012');
    await screenshot(page, 'capture-preview-zh-CN');

    await page.getByTestId('capture-confirm').click();
    await shows(page, '导入完成：新建计算机 1 台，更新 0 台；新增软件记录 3 条，更新 0 条。');
    const machines = await api(page, 'machines:list', {});
    expect(machines.map((m) => [m.assetNo, m.hostname, m.serial, m.installCount])).toEqual([
      ['ZB-0012', 'ZFB-PC-023', '5XYZ123', 3],
    ]);
  });

  it('recognises the computer on a second import and updates it instead of adding one', async () => {
    const { page } = session;
    session.harness.host.openAnswers.push([fixture('glpi-machine.xml')]);
    await page.getByTestId('capture-import-files').click();
    await shows(page, '更新 ZB-0012');
    await shows(page, '按序列号匹配');
    await screenshot(page, 'capture-update-zh-CN');
    await page.getByTestId('capture-confirm').click();
    await shows(page, '导入完成：新建计算机 0 台，更新 1 台；新增软件记录 0 条，更新 0 条。');
    expect(await api(page, 'machines:list', {})).toHaveLength(1);
    expect(session.errors).toEqual([]);
  });

  it('reports a file it cannot read, and a cancelled dialog changes nothing', async () => {
    const { page } = session;
    await page.getByTestId('capture-import-files').click();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('capture-preview').count()).toBe(0);

    session.harness.host.openAnswers.push([resolve('package.json')]);
    await page.getByTestId('capture-import-files').click();
    await shows(page, '文件“package.json”是 JSON 文件，但其中没有可识别的计算机或软件信息。');
    expect(await page.getByTestId('capture-confirm').isDisabled()).toBe(true);
    await page.getByTestId('capture-discard').click();
    await expect.poll(() => page.getByTestId('capture-preview').count(), { timeout: 10_000 }).toBe(0);
  });

  it('writes the collector stick into the chosen folder and says what to do next', async () => {
    const { page } = session;
    const stick = join(session.dataDir, 'stick');
    await mkdir(stick);
    session.harness.host.openAnswers.push([stick]);
    await page.getByTestId('capture-make-stick').click();
    await shows(page, `已将 4 个文件写入“${stick}”。`);
    expect((await readdir(stick)).sort()).toEqual(
      ['zhengban-collect.cmd', 'zhengban-collect.ps1', 'zhengban-collect.sh', '使用说明.txt'].sort(),
    );
    await screenshot(page, 'capture-stick-zh-CN');
  });

  it('scans this computer and offers it for review with its packages, hidden ones counted', async () => {
    const { page } = session;
    await page.getByTestId('capture-scan').click();
    await page.getByTestId('capture-preview').waitFor({ timeout: 60_000 });
    await shows(page, '来自本机扫描');
    await page.getByTestId('capture-programs-1').waitFor();
    expect(await page.getByTestId('capture-programs-1').textContent()).toMatch(/隐藏 \d+ 个补丁/);
    await screenshot(page, 'capture-scan-zh-CN');
    await page.getByTestId('capture-discard').click();
    expect(session.errors).toEqual([]);
  });
});
