import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDocuments } from '../../electron/main/store/document';
import { openStore, type Store } from '../electron/archive/archive-helpers';
import { profileFor } from './crash-fixtures';

const opened: Store[] = [];

async function open(dataDir?: string): Promise<Store> {
  const store = await openStore(dataDir ? { dataDir } : {});
  opened.push(store);
  return store;
}

/** What a power cut or a disk error can leave: a document that is no longer JSON. */
async function corrupt(store: Store, file: string): Promise<void> {
  closeDocuments(store.dataDir);
  await writeFile(join(store.app.workspace().dir, file), '{"schemaVersion":1,"profile":{"na');
}

async function readEvents(dataDir: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(join(dataDir, 'events.log'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

afterEach(async () => {
  for (const store of opened.splice(0)) {
    closeDocuments(store.dataDir);
    await rm(store.dataDir, { recursive: true, force: true });
    await rm(store.host.saveDir, { recursive: true, force: true });
  }
});

describe('a damaged document and the backup offered for it', () => {
  it('logs the damage, offers the last good backup and brings only that document back', async () => {
    const first = await open();
    await first.app.workspace().office.update((d) => {
      d.profile = profileFor(1);
    });
    await first.app.workspace().budget.update((d) => {
      d.fundsNote = '第一次';
    });
    const good = await first.call('backups:create', {});
    await first.app.workspace().budget.update((d) => {
      d.fundsNote = '备份之后改的';
    });
    await corrupt(first, 'office.json');

    const second = await open(first.dataDir);
    const [problem] = second.app.info().problems;
    expect(problem?.message.key).toBe('errors:store.corrupt');
    const moved = (await readEvents(second.dataDir)).find((e) => e.event === 'store.movedAside');
    expect(moved).toMatchObject({
      file: problem?.file,
      movedTo: problem?.movedTo,
      reason: 'errors:store.corrupt',
    });

    // A backup taken after the damage holds the empty document the program started with: not offered.
    await second.app.workspace().office.update((d) => {
      d.machines = [];
    });
    const later = await second.call('backups:create', {});
    expect(later.files).toContain('office.json');

    const offers = await second.call('problems:recoveries', {});
    expect(offers).toEqual([
      {
        movedTo: problem?.movedTo,
        file: 'office.json',
        workspaceId: second.app.workspace().info.id,
        workspaceName: '',
        backup: good,
      },
    ]);

    const info = await second.call('problems:recover', {
      movedTo: problem?.movedTo ?? '',
      backupId: good.id,
    });
    expect(info.problems).toEqual([]);
    expect(second.app.workspace().office.data.profile).toEqual(profileFor(1));
    // The other documents keep what was done since that backup.
    expect(second.app.workspace().budget.data.fundsNote).toBe('备份之后改的');
    // The damaged file is still kept aside, never deleted.
    expect(await readdir(second.app.workspace().dir)).toContain(problem?.movedTo.split('/').pop());
    const recovered = (await readEvents(second.dataDir)).find((e) => e.event === 'store.recovered');
    expect(recovered).toMatchObject({ file: 'office.json', backupId: good.id, movedTo: problem?.movedTo });
    const reasons = (await second.call('backups:list', {})).map((b) => b.reason);
    expect(reasons[0]).toBe('before-restore');
  });

  it('offers nothing when no backup holds a good copy', async () => {
    const first = await open();
    await first.app.workspace().central.update((d) => {
      d.currentPeriod = '2026';
    });
    const backup = await first.call('backups:create', {});
    // That backup's own copy is damaged as well.
    await writeFile(join(first.app.backupsDir(), backup.id, 'central.json'), 'not json');
    await corrupt(first, 'central.json');
    const second = await open(first.dataDir);
    expect(second.app.info().problems).toHaveLength(1);
    expect(await second.call('problems:recoveries', {})).toEqual([]);
  });

  it("opens the damaged document's own workspace to restore it", async () => {
    const first = await open();
    const damagedId = first.app.workspace().info.id;
    await first.app.workspace().office.update((d) => {
      d.profile = profileFor(3);
    });
    const good = await first.call('backups:create', {});
    await corrupt(first, 'office.json');
    const second = await open(first.dataDir);
    await second.call('workspace:create', { name: '另一个工作区' });
    const [offer] = await second.call('problems:recoveries', {});
    expect(offer?.workspaceId).toBe(damagedId);
    const info = await second.call('problems:recover', { movedTo: offer?.movedTo ?? '', backupId: good.id });
    expect(info.workspace?.id).toBe(damagedId);
    expect(second.app.workspace().office.data.profile).toEqual(profileFor(3));
  });

  it('refuses a backup that does not hold a good copy of the document', async () => {
    const first = await open();
    const empty = await first.call('backups:create', {});
    await first.app.workspace().office.update((d) => {
      d.profile = profileFor(4);
    });
    await corrupt(first, 'office.json');
    const second = await open(first.dataDir);
    const [problem] = second.app.info().problems;
    const error = await second.refuse('problems:recover', {
      movedTo: problem?.movedTo ?? '',
      backupId: empty.id,
    });
    expect(error.message.key).toBe('errors:backup.invalid');
    expect(second.app.info().problems).toHaveLength(1);
  });
});

describe('restoring a whole backup', () => {
  it('brings the budget back along with the other documents, and logs it', async () => {
    const store = await open();
    await store.app.workspace().budget.update((d) => {
      d.fundsAllocatedFen = 100;
    });
    const backup = await store.call('backups:create', {});
    await store.app.workspace().budget.update((d) => {
      d.fundsAllocatedFen = 999;
    });
    await store.call('backups:restore', { id: backup.id });
    expect(store.app.workspace().budget.data.fundsAllocatedFen).toBe(100);
    const restored = (await readEvents(store.dataDir)).find((e) => e.event === 'backup.restored');
    expect(restored).toMatchObject({ backupId: backup.id });
  });
});
