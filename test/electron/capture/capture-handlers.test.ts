import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HarnessHost } from '../../../electron/harness/harness-host';
import type { Dispatch } from '../../../electron/main/handlers';
import type { AppService } from '../../../electron/main/services/app-service';
import { closeDocuments } from '../../../electron/main/store/document';
import type { ApiError, MethodName, OutputOf } from '../../../shared/contract';
import { createMachineDraft } from '../../../shared/model';
import { callOk, openHandlers } from '../handler-harness';

const FIXTURES = resolve('test/fixtures/capture');
const fixture = (name: string) => join(FIXTURES, name);

let dir: string;
let app: AppService;
let host: HarnessHost;
let dispatch: Dispatch;

beforeEach(async () => {
  ({ dir, app, host, dispatch } = await openHandlers('zb-capture-', '2026-03-02T09:30:00+08:00'));
});
afterEach(() => closeDocuments(dir));

const call = <K extends MethodName>(method: K, input: unknown): Promise<OutputOf<K>> =>
  callOk(dispatch, method, input);

async function failure(method: MethodName, input: unknown): Promise<ApiError> {
  const result = await dispatch(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

/** The office document as it is on disk, so nothing is taken from memory that was not written. */
async function officeOnDisk() {
  const info = await call('app:info', {});
  const raw = await readFile(join(dir, 'workspaces', info.workspace?.id ?? '', 'office.json'), 'utf8');
  return JSON.parse(raw) as {
    machines: Array<Record<string, string>>;
    installs: Array<{
      machineId: string;
      rawName: string;
      category: string;
      channel: string;
      evidence: Record<string, unknown>;
    }>;
  };
}

async function importFiles(...paths: string[]) {
  host.openAnswers.push(paths);
  const preview = await call('capture:import', { mode: 'files' });
  if (!preview) throw new Error('the dialog answer was not taken');
  return preview;
}

describe('importing GLPI Agent inventories', () => {
  it('turns the JSON and the XML inventory of one computer into one new machine', async () => {
    const preview = await importFiles(fixture('glpi-machine.json'), fixture('glpi-machine.xml'));
    expect(preview.problems).toEqual([]);
    expect(preview.entries).toHaveLength(1);
    const [entry] = preview.entries;
    expect(entry?.action).toBe('create');
    expect(entry?.files).toEqual(['glpi-machine.json', 'glpi-machine.xml']);
    expect(entry?.sources).toEqual(['glpi-json', 'glpi-xml']);
    // Windows 10, WPS and Huorong become installs; the KB update and the Intel component are hidden.
    expect(entry?.installs).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(entry?.hidden).toMatchObject({ update: 1, 'system-component': 1 });

    const result = await call('capture:confirm', { previewId: preview.id, entries: [] });
    expect(result).toMatchObject({ created: 1, updated: 0, installsAdded: 3 });
    const office = await officeOnDisk();
    expect(office.machines).toHaveLength(1);
    const machine = office.machines[0];
    expect(machine).toMatchObject({
      hostname: 'ZFB-PC-023',
      serial: '5XYZ123',
      uuid: '8C1F2A3B-4D5E-6F70-8192-A3B4C5D6E7F8',
      brand: 'Dell Inc.',
      model: 'OptiPlex 7090',
      type: 'desktop',
    });
    expect(office.installs.map((i) => i.rawName).sort()).toEqual(
      ['Microsoft Windows 10 专业版', 'WPS Office (11.1.0.14309)', '火绒安全软件'].sort(),
    );
    // The hidden entries are summarized on the machine, not dropped without a word.
    expect(machine?.notes).toContain('补丁和更新 1 个');
    expect(machine?.notes).toContain('系统组件 1 个');
    expect(machine?.notes).toContain('2026-03-02');
  });

  it('updates the same machine on a re-import instead of adding a second one', async () => {
    const first = await importFiles(fixture('glpi-machine.json'));
    await call('capture:confirm', { previewId: first.id, entries: [] });
    const assetNo = (await officeOnDisk()).machines[0]?.assetNo;

    const again = await importFiles(fixture('glpi-machine.xml'));
    expect(again.entries).toHaveLength(1);
    expect(again.entries[0]?.action).toBe('update');
    expect(again.entries[0]?.match).toMatchObject({ assetNo, by: 'serial', isAmbiguous: false });
    expect(again.entries[0]?.installs).toEqual({ added: 0, updated: 0, unchanged: 3 });
    const result = await call('capture:confirm', { previewId: again.id, entries: [] });
    expect(result).toMatchObject({ created: 0, updated: 1, installsAdded: 0 });

    const office = await officeOnDisk();
    expect(office.machines).toHaveLength(1);
    expect(office.installs).toHaveLength(3);
    // One capture line, replaced rather than piled up.
    expect(office.machines[0]?.notes?.match(/【自动采集】/g)).toHaveLength(1);
  });

  it('matches a machine typed by hand by its serial and keeps what the clerk typed', async () => {
    const draft = { ...createMachineDraft('ZB-0012'), serial: '5xyz123', user: '张晓梅', brand: '戴尔' };
    const typed = await call('machines:create', { draft, imageId: null });
    const preview = await importFiles(fixture('glpi-machine.xml'));
    const entry = preview.entries[0];
    expect(entry?.match).toEqual({
      machineId: typed.id,
      assetNo: 'ZB-0012',
      by: 'serial',
      isAmbiguous: false,
    });
    expect(entry?.changes.map((c) => c.field).sort()).toEqual(['hostname', 'model', 'uuid']);

    await call('capture:confirm', { previewId: preview.id, entries: [] });
    const office = await officeOnDisk();
    expect(office.machines).toHaveLength(1);
    expect(office.machines[0]).toMatchObject({
      id: typed.id,
      assetNo: 'ZB-0012',
      user: '张晓梅',
      brand: '戴尔',
      serial: '5xyz123',
      model: 'OptiPlex 7090',
      hostname: 'ZFB-PC-023',
    });
  });

  it('writes once per confirmation, after a backup', async () => {
    const preview = await importFiles(fixture('glpi-machine.json'));
    const update = vi.spyOn(app.workspace().office, 'update');
    await call('capture:confirm', { previewId: preview.id, entries: [] });
    expect(update).toHaveBeenCalledTimes(1);
    const backups = await call('backups:list', {});
    expect(backups.map((b) => b.reason)).toContain('before-import');
  });
});

describe('the collector stick', () => {
  it('writes the scripts, and a folder of results imports through the same importer with progress', async () => {
    const stick = join(dir, 'stick');
    await mkdir(stick);
    host.openAnswers.push([stick]);
    const written = await call('capture:makeStick', {});
    expect(written?.files.map((f) => f.name).sort()).toEqual(
      ['zhengban-collect.cmd', 'zhengban-collect.ps1', 'zhengban-collect.sh', '使用说明.txt'].sort(),
    );
    await copyFile(fixture('collector-windows.json'), join(stick, 'CZJ-XZK-01_unknown.json'));
    await mkdir(join(stick, 'glpi'));
    await copyFile(fixture('glpi-machine.json'), join(stick, 'glpi', 'ZFB-PC-023.json'));

    const events: Array<{ done: number; total: number; label: string }> = [];
    host.subscribe((event, payload) => {
      if (event === 'progress') events.push(payload as { done: number; total: number; label: string });
    });
    host.openAnswers.push([stick]);
    const preview = await call('capture:import', { mode: 'folder' });
    // The stick's own scripts and instructions are not mistaken for inventories.
    expect(preview?.problems).toEqual([]);
    expect(preview?.filesRead).toBe(2);
    expect(preview?.entries.map((e) => e.machine.hostname).sort()).toEqual(['CZJ-XZK-01', 'ZFB-PC-023']);
    expect(events.at(-1)).toEqual({
      task: 'capture:import',
      done: 2,
      total: 2,
      label: 'glpi/ZFB-PC-023.json',
    });
  });

  it('turns Windows activation facts into licence evidence (OEM channel, KMS host)', async () => {
    const preview = await importFiles(fixture('collector-windows.json'));
    const entry = preview.entries[0];
    // Placeholder firmware texts ("To be filled by O.E.M.") are not taken as serial, brand or model.
    expect(entry?.machine).toMatchObject({ serial: '', brand: '', model: '', uuid: '' });
    const detail = await call('capture:entry', { previewId: preview.id, key: entry?.key ?? '' });
    const os = detail.installs.find((i) => i.category === 'os');
    // "旗舰版" in the name is the catalog's Ultimate edition, which the licence rules understand.
    expect(os).toMatchObject({
      edition: 'ultimate',
      channel: 'oem',
      productIdOem: true,
      activation: 'activated',
    });
    const office = detail.installs.find((i) => i.rawName.startsWith('Microsoft Office'));
    expect(office).toMatchObject({
      channel: 'volume',
      kmsHost: 'kms.czj.gov.local',
      activation: 'activated',
    });
    expect(detail.hidden.map((h) => h.kind)).toEqual(['update']);

    await call('capture:confirm', { previewId: preview.id, entries: [] });
    const stored = (await officeOnDisk()).installs.find((i) => i.rawName.startsWith('Microsoft Office'));
    expect(stored).toMatchObject({ channel: 'volume', evidence: { kmsHost: 'kms.czj.gov.local' } });
  });

  it('cancelling the folder dialog writes nothing', async () => {
    expect(await call('capture:makeStick', {})).toBeNull();
    expect(await call('capture:import', { mode: 'folder' })).toBeNull();
  });
});

describe('confirming a preview', () => {
  it('leaves out unticked computers and uses the asset number the clerk typed', async () => {
    const preview = await importFiles(fixture('glpi-machine.json'), fixture('collector-windows.json'));
    const [glpi, collector] = preview.entries;
    await call('capture:confirm', {
      previewId: preview.id,
      entries: [
        { key: glpi?.key, include: true, assetNo: 'ＺＢ－００３１' },
        { key: collector?.key, include: false },
      ],
    });
    const office = await officeOnDisk();
    expect(office.machines.map((m) => m.assetNo)).toEqual(['ZB-0031']);
  });

  it('refuses an asset number already in the ledger and writes nothing', async () => {
    await call('machines:create', { draft: createMachineDraft('ZB-0001'), imageId: null });
    const preview = await importFiles(fixture('glpi-machine.json'));
    const error = await failure('capture:confirm', {
      previewId: preview.id,
      entries: [{ key: preview.entries[0]?.key, include: true, assetNo: 'zb-0001' }],
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toEqual({ key: 'capture:errors.duplicateAssetNo', params: { assetNo: 'zb-0001' } });
    expect((await officeOnDisk()).machines).toHaveLength(1);
  });

  it('proposes the next free asset number after the last one', async () => {
    await call('machines:create', { draft: createMachineDraft('ZB-0011'), imageId: null });
    const preview = await importFiles(fixture('glpi-machine.json'), fixture('collector-windows.json'));
    expect(preview.entries.map((e) => e.machine.assetNo)).toEqual(['ZB-0012', 'ZB-0013']);
  });

  it('refuses a preview the ledger has overtaken', async () => {
    const preview = await importFiles(fixture('glpi-machine.json'));
    const draft = { ...createMachineDraft('ZB-0040'), serial: '5XYZ123' };
    await call('machines:create', { draft, imageId: null });
    const error = await failure('capture:confirm', { previewId: preview.id, entries: [] });
    expect(error.message.key).toBe('capture:errors.previewStale');
    expect((await officeOnDisk()).machines).toHaveLength(1);
  });

  it('forgets a discarded preview', async () => {
    const preview = await importFiles(fixture('glpi-machine.json'));
    expect(await call('capture:discard', { previewId: preview.id })).toEqual({ discarded: true });
    const error = await failure('capture:confirm', { previewId: preview.id, entries: [] });
    expect(error.message.key).toBe('capture:errors.previewGone');
  });

  it('reports a file it cannot read and still imports the others', async () => {
    const preview = await importFiles(
      fixture('glpi-machine.json'),
      join(dir, 'missing.json'),
      fixture('dpkg-scan.tsv'),
    );
    expect(preview.entries).toHaveLength(2);
    expect(preview.problems).toContainEqual({
      key: 'capture:import.fileUnreadable',
      params: { file: 'missing.json' },
    });
  });
});

const hasDpkg = process.platform === 'linux' && spawnSync('dpkg-query', ['--version']).status === 0;
const sh = (command: string) => Number(execFileSync('sh', ['-c', command], { encoding: 'utf8' }).trim());

describe.runIf(hasDpkg)('scanning this Linux computer', () => {
  it('offers its OS and every installed package, hidden ones counted, for confirmation', async () => {
    const preview = await call('capture:scan', {});
    expect(preview.entries).toHaveLength(1);
    const entry = preview.entries[0];
    const osRelease = await readFile('/etc/os-release', 'utf8');
    expect(entry?.os?.name).toBe(/^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1]);
    expect(entry?.machine.hostname).toBe(hostname());
    expect(entry?.action).toBe('create');

    const listed = sh('dpkg-query -W | wc -l');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own field syntax.
    const notInstalled = sh("dpkg-query -W -f='${db:Status-Abbrev}\\n' | grep -vc '^.i' || true");
    const hidden = Object.values(entry?.hidden ?? {}).reduce((sum, n) => sum + n, 0);
    const ledgerPrograms = (entry?.installs.added ?? 0) - 1; // the OS is an install but not a package
    console.info(
      `scan: ${listed} listed by dpkg-query, ${notInstalled} not installed, ${ledgerPrograms} to the ledger, ${hidden} hidden, ${entry?.duplicates} repeats`,
    );
    expect(ledgerPrograms + hidden + (entry?.duplicates ?? 0)).toBe(listed - notInstalled);
    expect(hidden).toBeGreaterThan(0);

    const detail = await call('capture:entry', { previewId: preview.id, key: entry?.key ?? '' });
    expect(detail.hidden).toHaveLength(hidden + (entry?.duplicates ?? 0));
    expect(detail.installs[0]).toMatchObject({ category: 'os', rawName: entry?.os?.name });

    await call('capture:confirm', { previewId: preview.id, entries: [] });
    const office = await officeOnDisk();
    expect(office.machines).toHaveLength(1);
    expect(office.installs).toHaveLength(ledgerPrograms + 1);
    // A second scan finds the same machine (by its name where hardware ids need root) and adds nothing.
    const again = await call('capture:scan', {});
    expect(again.entries[0]?.action).toBe('update');
    expect(again.entries[0]?.installs).toMatchObject({ added: 0, updated: 0 });
  });
});
