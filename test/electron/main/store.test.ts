import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppService } from '../../../electron/main/services/app-service';
import { closeDocuments } from '../../../electron/main/store/document';

let dir: string;
let counter = 0;
const open = () =>
  AppService.open({
    dataDir: dir,
    version: '9.9.9',
    now: () => new Date(Date.UTC(2026, 10, 27, 8, 0, counter++)),
    newId: () => `ws-${counter++}`,
  });
const profile = {
  code: '115203000000000001',
  name: '测试局',
  parentCode: '',
  parentName: '',
  level: 'department' as const,
  headcount: 12,
  contact: '李四',
  phone: '123',
  period: '2026',
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zb-store-'));
});
afterEach(() => closeDocuments(dir));

describe('the store', () => {
  it('creates a workspace on first start and keeps what was saved across a restart', async () => {
    const first = await open();
    await first.workspace().office.update((d) => {
      d.profile = profile;
    });
    closeDocuments(dir);
    const second = await open();
    expect(second.workspace().office.data.profile).toEqual(profile);
    expect(second.info().workspaces).toHaveLength(1);
  });

  it('writes compact JSON and leaves no temp files behind', async () => {
    const service = await open();
    await service.workspace().office.update((d) => {
      d.profile = profile;
    });
    const files = await readdir(service.workspace().dir);
    expect(files).toEqual(['office.json']);
    const text = await readFile(join(service.workspace().dir, 'office.json'), 'utf8');
    expect(text).not.toContain('\n');
  });

  it('moves a corrupt document aside, keeps it, reports it and starts clean', async () => {
    const first = await open();
    const wsDir = first.workspace().dir;
    closeDocuments(dir);
    await writeFile(join(wsDir, 'office.json'), '{"schemaVersion":1,"profile":{"code":');
    const second = await open();
    const problems = second.info().problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message.key).toBe('errors:store.corrupt');
    const kept = (await readdir(wsDir)).filter((f) => f.includes('.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(wsDir, kept[0] ?? ''), 'utf8')).toBe('{"schemaVersion":1,"profile":{"code":');
    expect(second.workspace().office.data.machines).toEqual([]);
  });

  it('refuses a document written by a newer program version without deleting it', async () => {
    const first = await open();
    const wsDir = first.workspace().dir;
    closeDocuments(dir);
    await writeFile(join(wsDir, 'office.json'), JSON.stringify({ schemaVersion: 99 }));
    const second = await open();
    expect(second.info().problems[0]?.message).toMatchObject({
      key: 'errors:store.newer',
      params: { version: 99 },
    });
    expect((await readdir(wsDir)).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  it('fills defaults for fields a document does not have yet', async () => {
    const first = await open();
    const wsDir = first.workspace().dir;
    closeDocuments(dir);
    await writeFile(join(wsDir, 'office.json'), JSON.stringify({ schemaVersion: 1, profile }));
    const second = await open();
    expect(second.workspace().office.data).toMatchObject({ profile, machines: [], installs: [] });
    expect(second.info().problems).toEqual([]);
  });

  it('backs up before a restore, so a restore can be undone', async () => {
    const service = await open();
    const office = service.workspace().office;
    await office.update((d) => {
      d.profile = profile;
    });
    const backup = await service.backup('manual');
    await office.update((d) => {
      d.profile = { ...profile, name: '改过的名字' };
    });
    await service.restore(backup.id);
    expect(office.data.profile?.name).toBe('测试局');
    const list = await service.listBackups();
    expect(list.map((b) => b.reason)).toEqual(['before-restore', 'manual']);
    await service.restore(list[0]?.id ?? '');
    expect(office.data.profile?.name).toBe('改过的名字');
  });

  it('keeps only the configured number of backups', async () => {
    const service = await open();
    for (let i = 0; i < 23; i++) await service.backup('manual');
    expect(await service.listBackups()).toHaveLength(20);
  });

  it('opens one instance per file, so two openers never lose each other’s writes', async () => {
    const a = await open();
    const b = await open();
    expect(a.workspace().office).toBe(b.workspace().office);
  });
});
