import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDocuments } from '../../electron/main/store/document';
import type { BackupInfo } from '../../shared/contract';
import { type DemoUnitReturn, generateDemoReturns } from '../../shared/demo';
import { encodeReturn } from '../../shared/return-file';
import { openStore, type Store } from '../electron/archive/archive-helpers';

const PERIOD = '2026';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the contents of a backup, as the restore screen shows them', () => {
  let store: Store;
  let units: DemoUnitReturn[];
  let backup: BackupInfo;
  const RETURNED = [1, 2, 3, 5];

  beforeAll(async () => {
    store = await openStore();
    units = [
      ...generateDemoReturns({
        units: 7,
        machinesPerUnit: 12,
        seed: 7,
        period: PERIOD,
        programVersion: '0.1.0',
      }),
    ];
    const own = units[0]?.unit;
    if (!own) throw new Error('no demo unit');
    const ws = store.app.workspace();
    await ws.office.update((d) => {
      d.profile = own.profile;
      d.machines = own.machines;
      d.installs = own.installs;
      d.entitlements = own.entitlements;
      d.milestones = own.milestones;
    });
    await ws.budget.update((d) => {
      d.fundsAllocatedFen = 345_600;
      d.unitFunds = units
        .slice(1, 4)
        .map((u) => ({ unitCode: u.data.profile.code, fundsFen: 10_000, note: '' }));
    });
    await ws.central.update((d) => {
      d.currentPeriod = PERIOD;
      d.rosters = [
        {
          period: PERIOD,
          units: units.slice(1).map(({ data: { profile: p } }) => ({
            code: p.code,
            name: p.name,
            parentCode: p.parentCode,
            parentName: p.parentName,
            contact: p.contact,
            phone: p.phone,
          })),
        },
      ];
    });
    const paths: string[] = [];
    for (const i of RETURNED) {
      const path = join(store.host.saveDir, `return-${i}.xlsx`);
      const data = units[i]?.data;
      if (!data) throw new Error('no demo unit');
      await writeFile(path, encodeReturn(data, { digest: sha256 }));
      paths.push(path);
    }
    store.host.openAnswers.push(paths);
    await store.call('central:import', { period: PERIOD, source: 'files' });
    backup = await store.call('backups:create', {});
  }, 120_000);

  afterAll(async () => {
    closeDocuments(store.dataDir);
    await rm(store.dataDir, { recursive: true, force: true });
    await rm(store.host.saveDir, { recursive: true, force: true });
  });

  it('counts what each document of the backup holds', async () => {
    const own = units[0]?.unit;
    const contents = await store.call('backups:inspect', { id: backup.id });
    expect(contents.backup).toEqual(backup);
    expect(contents.office).toEqual({
      unitName: own?.profile.name,
      unitCode: own?.profile.code,
      machines: own?.machines.length,
      installs: own?.installs.length,
      entitlements: own?.entitlements.length,
      milestones: own?.milestones.length,
    });
    expect(contents.central).toEqual({
      period: PERIOD,
      rosterUnits: units.length - 1,
      returnedUnits: RETURNED.length,
      returns: RETURNED.length,
    });
    expect(contents.budget).toMatchObject({ fundsAllocatedFen: 345_600, unitFunds: 3 });
    expect(contents.unreadable).toEqual([]);
  });

  it('agrees with the backup files read directly', async () => {
    const dir = join(store.app.backupsDir(), backup.id);
    const read = async (f: string) => JSON.parse(await readFile(join(dir, f), 'utf8'));
    const office = await read('office.json');
    const budget = await read('budget.json');
    const contents = await store.call('backups:inspect', { id: backup.id });
    expect(contents.office?.installs).toBe(office.installs.length);
    expect(contents.budget?.priceEntries).toBe(budget.priceList.length);
    expect(contents.budget?.scenarios).toBe(budget.scenarios.length);
  });

  it('shows the backup as it was, not the data as it is now', async () => {
    await store.app.workspace().office.update((d) => {
      d.machines = [];
    });
    const contents = await store.call('backups:inspect', { id: backup.id });
    expect(contents.office?.machines).toBe(units[0]?.unit.machines.length);
  });

  it('names a document of the backup that cannot be read', async () => {
    const damaged = await store.call('backups:create', {});
    await writeFile(
      join(store.app.backupsDir(), damaged.id, 'central.json'),
      '{"schemaVersion":1,"returns":',
    );
    const contents = await store.call('backups:inspect', { id: damaged.id });
    expect(contents.unreadable).toEqual(['central.json']);
    expect(contents.central).toBeNull();
    expect(contents.office?.machines).toBe(0);
  });

  it('answers "not found" for a backup that does not exist', async () => {
    const error = await store.refuse('backups:inspect', { id: 'no-such-backup' });
    expect(error).toMatchObject({ code: 'not_found', message: { key: 'errors:backup.notFound' } });
  });
});
