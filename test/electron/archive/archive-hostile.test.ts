import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDocuments } from '../../../electron/main/store/document';
import { translate } from '../../../shared/i18n';
import { hashTree, openStore, SAMPLE_PROFILE, type Store, sha256 } from './archive-helpers';

type Entries = Record<string, Uint8Array>;

const text = (s: string) => new TextEncoder().encode(s);

/** A manifest worked out here from the entries, as a correct archive would carry it. */
function manifestFor(files: Entries, extra: Record<string, unknown> = {}): Uint8Array {
  return text(
    JSON.stringify({
      format: 'zhengban-workspace-archive',
      formatVersion: 1,
      programVersion: '0.1.0',
      createdAt: '2026-05-06T02:00:00.000Z',
      workspace: { kind: 'real', name: '遵义市版权局' },
      files: Object.entries(files).map(([name, data]) => ({
        name,
        bytes: data.length,
        sha256: sha256(data),
      })),
      ...extra,
    }),
  );
}

/** Data files plus a manifest that describes them exactly. */
function archiveOf(files: Entries): Uint8Array {
  return zipSync({ ...files, 'manifest.json': manifestFor(files) });
}

/** Changes the uncompressed size the zip's central directory records for one entry. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = text(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const got = out.subarray(at + 46, at + 46 + length);
    if (got.length === wanted.length && got.every((b, i) => b === wanted[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('importing a hostile or broken archive', () => {
  let store: Store;
  let good: Entries;
  const refusedTexts: string[] = [];

  beforeAll(async () => {
    store = await openStore();
    const ws = store.app.workspace();
    await ws.office.update((d) => {
      d.profile = SAMPLE_PROFILE;
    });
    await ws.budget.update((d) => {
      d.fundsAllocatedFen = 1_200_000;
    });
    // A stored return file and its keys, as an import leaves them (named by the workbook's SHA-256).
    const workbook = text('PK stands in for a return workbook here');
    await mkdir(join(ws.dir, 'returns'), { recursive: true });
    await writeFile(join(ws.dir, 'returns', `${sha256(workbook)}.xlsx`), workbook);
    await writeFile(
      join(ws.dir, 'returns', `${sha256(workbook)}.keys.json`),
      '{"assetNos":["A1"],"serials":[]}',
    );
    const exported = await store.call('archive:export', {});
    if (!exported) throw new Error('export was cancelled');
    good = unzipSync(new Uint8Array(await readFile(exported.path)));
    delete good['manifest.json'];
    expect(Object.keys(good).length).toBe(4);
  });

  afterAll(async () => {
    console.info(refusedTexts.join('\n'));
    closeDocuments(store.dataDir);
    await rm(store.dataDir, { recursive: true, force: true });
    await rm(store.host.saveDir, { recursive: true, force: true });
  });

  /** Offers the bytes as the chosen file and checks the refusal changed nothing in the data folder. */
  async function refuse(name: string, bytes: Uint8Array, key: string, entry?: string) {
    const path = join(store.host.saveDir, `${name}.zip`);
    await writeFile(path, bytes);
    const before = await hashTree(store.dataDir);
    const workspaces = store.app.info().workspaces;
    store.host.openAnswers.push([path]);
    const error = await store.refuse('archive:import', {});
    expect(error.code).toBe('bad_file');
    expect(error.message.key).toBe(`settings:archive.refused.${key}`);
    const zh = translate('zh-CN', error.message);
    expect(zh).not.toContain('{{');
    if (entry !== undefined) {
      expect(error.message.params?.entry).toBe(entry);
      expect(zh).toContain(entry);
    }
    refusedTexts.push(`${name}: ${zh}`);
    expect(await hashTree(store.dataDir)).toEqual(before);
    expect(store.app.info().workspaces).toEqual(workspaces);
    expect((await readdir(join(store.dataDir, 'workspaces'))).some((f) => f.startsWith('.'))).toBe(false);
  }

  it('accepts the untouched archive (the cases below differ from it in one way each)', async () => {
    const path = join(store.host.saveDir, 'good.zip');
    await writeFile(path, archiveOf(good));
    store.host.openAnswers.push([path]);
    const info = await store.call('archive:import', {});
    expect(info?.workspaces).toHaveLength(2);
    await store.call('workspace:open', { id: info?.workspaces[0]?.id ?? '' });
  });

  it('refuses an entry that climbs out of the folder', async () => {
    await refuse(
      'traversal',
      archiveOf({ ...good, '../evil.json': text('{}') }),
      'unsafeName',
      '../evil.json',
    );
  });

  it('refuses an entry with an absolute path', async () => {
    await refuse(
      'absolute',
      archiveOf({ ...good, '/tmp/evil.json': text('{}') }),
      'unsafeName',
      '/tmp/evil.json',
    );
  });

  it('refuses a file whose content does not match the digest in the manifest', async () => {
    const office = JSON.parse(new TextDecoder().decode(good['office.json'])) as { profile: { name: string } };
    office.profile.name = '改过的单位';
    const zip = zipSync({
      ...good,
      'office.json': text(JSON.stringify(office)),
      'manifest.json': manifestFor(good),
    });
    await refuse('digest', zip, 'digestMismatch', 'office.json');
  });

  it('refuses an archive without a manifest', async () => {
    await refuse('no-manifest', zipSync(good), 'noManifest');
  });

  it('refuses an entry that is not a workspace file, even when the manifest lists it', async () => {
    await refuse('unknown', archiveOf({ ...good, 'notes.txt': text('hello') }), 'unknownEntry', 'notes.txt');
  });

  it('refuses an entry the manifest does not list', async () => {
    const extra = text('another workbook');
    const name = `returns/${sha256(extra)}.xlsx`;
    const zip = zipSync({ ...good, [name]: extra, 'manifest.json': manifestFor(good) });
    await refuse('unlisted', zip, 'notInManifest', name);
  });

  it('refuses a zip bomb from its declared sizes, before inflating it', async () => {
    const bomb = new Uint8Array(24 * 1024 * 1024).fill(0x20);
    await refuse('bomb', archiveOf({ ...good, 'office.json': bomb }), 'bomb', 'office.json');
  });

  it('refuses a bomb that declares a small size, stopping the inflater at that size', async () => {
    const bomb = new Uint8Array(24 * 1024 * 1024).fill(0x20);
    const zip = declareSize(archiveOf({ ...good, 'central.json': bomb }), 'central.json', 1000);
    await refuse('lying-bomb', zip, 'entryDamaged', 'central.json');
  });

  it('refuses a file that is not a zip at all', async () => {
    await refuse('not-zip', text('单位,计算机\n遵义市版权局,46\n'), 'notZip');
  });

  it('refuses an archive cut short', async () => {
    const whole = archiveOf(good);
    await refuse('truncated', whole.subarray(0, Math.floor(whole.length / 2)), 'damaged');
  });

  it('refuses a document that does not pass the store schema', async () => {
    const office = text(JSON.stringify({ schemaVersion: 1, machines: 'not a list' }));
    await refuse('schema', archiveOf({ ...good, 'office.json': office }), 'invalidDocument', 'office.json');
  });

  it('refuses a document written by a newer program', async () => {
    const budget = text(JSON.stringify({ schemaVersion: 7 }));
    await refuse('newer', archiveOf({ ...good, 'budget.json': budget }), 'newerDocument', 'budget.json');
  });

  it('refuses a document that is not JSON', async () => {
    await refuse(
      'not-json',
      archiveOf({ ...good, 'central.json': text('{"schemaVersion":1,') }),
      'invalidJson',
      'central.json',
    );
  });

  it('refuses a return workbook whose content does not match its name', async () => {
    const name = `returns/${'0'.repeat(64)}.xlsx`;
    await refuse(
      'return-name',
      archiveOf({ ...good, [name]: text('not that workbook') }),
      'returnMismatch',
      name,
    );
  });

  it('refuses an archive from a newer program version', async () => {
    const zip = zipSync({ ...good, 'manifest.json': manifestFor(good, { formatVersion: 2 }) });
    await refuse('newer-format', zip, 'newerFormat');
  });
});
