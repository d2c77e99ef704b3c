import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDocuments } from '../../../electron/main/store/document';
import { hashTree, openStore, type Store, sha256 } from './archive-helpers';

const DOCS = ['office.json', 'central.json', 'budget.json'];

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

describe('export everything and import it back', () => {
  let store: Store;
  let originalDir: string;
  let originalId: string;
  let archivePath: string;
  let seconds: { export: number; import: number };
  let originalFiles: Map<string, string>;

  beforeAll(async () => {
    store = await openStore({ demo: true });
    const ws = store.app.workspace();
    originalDir = ws.dir;
    originalId = ws.info.id;
    // Budget data of our own on top of the demo's, so the budget document is not the default.
    await ws.budget.update((d) => {
      d.fundsNote = '2026 年追加预算';
    });
    let t = performance.now();
    const exported = await store.call('archive:export', {});
    seconds = { export: (performance.now() - t) / 1000, import: 0 };
    if (!exported) throw new Error('export was cancelled');
    archivePath = exported.path;
    originalFiles = await hashTree(originalDir);
    store.host.openAnswers.push([archivePath]);
    t = performance.now();
    await store.call('archive:import', {});
    seconds.import = (performance.now() - t) / 1000;
    console.info(
      `demo archive: export ${seconds.export.toFixed(2)} s, import ${seconds.import.toFixed(2)} s`,
    );
  }, 180_000);

  afterAll(async () => {
    closeDocuments(store.dataDir);
    await rm(store.dataDir, { recursive: true, force: true });
    await rm(store.host.saveDir, { recursive: true, force: true });
  });

  it('writes one zip holding the documents, every stored return file and a manifest of digests', async () => {
    const zip = unzipSync(new Uint8Array(await readFile(archivePath)));
    const stored = (await readdir(join(originalDir, 'returns'))).map((f) => `returns/${f}`);
    expect(stored.filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(60);
    const present = (await readdir(originalDir)).filter((f) => DOCS.includes(f));
    expect(present.sort()).toEqual([...DOCS].sort());
    expect(Object.keys(zip).sort()).toEqual([...present, ...stored, 'manifest.json'].sort());
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as {
      format: string;
      formatVersion: number;
      programVersion: string;
      createdAt: string;
      workspace: { kind: string; name: string };
      files: Array<{ name: string; bytes: number; sha256: string }>;
    };
    expect(manifest).toMatchObject({
      format: 'zhengban-workspace-archive',
      formatVersion: 1,
      programVersion: '0.1.0',
      workspace: { kind: 'demo', name: '示例数据（青岚市）' },
    });
    expect(Number.isNaN(Date.parse(manifest.createdAt))).toBe(false);
    for (const f of manifest.files) {
      const onDisk = new Uint8Array(await readFile(join(originalDir, f.name)));
      expect({ name: f.name, bytes: f.bytes, sha256: f.sha256 }).toEqual({
        name: f.name,
        bytes: onDisk.length,
        sha256: sha256(onDisk),
      });
    }
    // The demo's inbox holds copies of the returns as sent; the stored ones are what the index uses.
    expect(Object.keys(zip).some((n) => n.startsWith('demo-inbox'))).toBe(false);
  });

  it('opens the archive as a new workspace named after the original and its date', () => {
    const info = store.app.info();
    expect(info.workspaces).toHaveLength(2);
    const imported = info.workspace;
    expect(imported?.id).not.toBe(originalId);
    expect(imported?.kind).toBe('demo');
    expect(imported?.name).toMatch(/^示例数据（青岚市）（\d{4}-\d{2}-\d{2} 归档）$/);
    expect(info.problems).toEqual([]);
  });

  it('restores every document to equal the original and every return file byte for byte', async () => {
    const newDir = store.app.workspace().dir;
    expect(newDir).not.toBe(originalDir);
    for (const doc of DOCS)
      expect(await readJson(join(newDir, doc))).toEqual(await readJson(join(originalDir, doc)));
    const original = (await readdir(join(originalDir, 'returns'))).sort();
    expect((await readdir(join(newDir, 'returns'))).sort()).toEqual(original);
    for (const f of original) {
      const a = await readFile(join(originalDir, 'returns', f));
      const b = await readFile(join(newDir, 'returns', f));
      if (f.endsWith('.xlsx')) expect(b.equals(a)).toBe(true);
      else expect(JSON.parse(b.toString('utf8'))).toEqual(JSON.parse(a.toString('utf8')));
    }
    // The open documents are the ones read from those files.
    expect(store.app.workspace().budget.data.fundsNote).toBe('2026 年追加预算');
    expect(store.app.workspace().central.data.returns.length).toBeGreaterThanOrEqual(60);
  });

  it('backed up the workspace that was open before, and logged both events', async () => {
    const backups = await readdir(join(store.dataDir, 'backups', originalId));
    expect(backups.some((b) => b.endsWith('-archive-import'))).toBe(true);
    const events = (await readFile(join(store.dataDir, 'events.log'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; workspaceId?: string });
    expect(events.map((e) => e.event)).toEqual(
      expect.arrayContaining(['archive.exported', 'archive.imported']),
    );
    expect(events.find((e) => e.event === 'archive.imported')?.workspaceId).toBe(
      store.app.workspace().info.id,
    );
  });

  it('leaves the original workspace as it was, and a second import makes yet another workspace', async () => {
    store.host.openAnswers.push([archivePath]);
    const info = await store.call('archive:import', {});
    expect(info?.workspaces).toHaveLength(3);
    expect(await hashTree(originalDir)).toEqual(originalFiles);
    await store.call('workspace:open', { id: originalId });
    expect(store.app.workspace().office.data.profile?.name).toBe('青岚市版权局');
  });

  it('does nothing when the dialogs are cancelled', async () => {
    const before = store.app.info().workspaces.length;
    expect(await store.call('archive:import', {})).toBeNull();
    expect(store.app.info().workspaces).toHaveLength(before);
  });
});
