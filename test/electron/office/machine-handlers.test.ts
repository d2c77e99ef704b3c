import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppService } from '../../../electron/main/services/app-service';
import { closeDocuments } from '../../../electron/main/store/document';
import { createMachineDraft } from '../../../shared/model';
import { installDraft, type OfficeHarness, openOffice } from './harness';

let h: OfficeHarness;
beforeEach(async () => {
  h = await openOffice();
});
afterEach(() => closeDocuments(h.dir));

const image = {
  name: '办公室标准配置',
  notes: '',
  installs: [
    installDraft({
      productId: 'ms-windows-10',
      rawName: 'Windows 10',
      edition: 'pro',
      category: 'os',
      channel: 'oem',
    }),
    installDraft({
      productId: 'wps-office',
      rawName: 'WPS Office',
      edition: 'professional',
      category: 'office',
      channel: 'volume',
      evidence: { contractNo: 'HT-31' },
    }),
  ],
};

describe('machine handlers', () => {
  it('records a machine from an image in one write, and remembers the image and number', async () => {
    const saved = await h.call('images:save', { draft: image });
    h.writes();
    const machine = await h.call('machines:create', {
      draft: createMachineDraft(' ＺＢ－００３１ '),
      imageId: saved.id,
    });
    expect(h.writes()).toBe(1);
    expect(machine.assetNo).toBe('ZB-0031');
    const detail = await h.call('machines:get', { id: machine.id });
    expect(detail.installs.map((i) => [i.productId, i.evidence.contractNo])).toEqual([
      ['ms-windows-10', ''],
      ['wps-office', 'HT-31'],
    ]);
    expect(await h.call('machines:entryDefaults', {})).toMatchObject({
      lastImageId: saved.id,
      lastAssetNo: 'ZB-0031',
      suggestedAssetNo: 'ZB-0032',
    });
  });

  it('refuses a second machine with the same asset number and says which field', async () => {
    await h.call('machines:create', { draft: createMachineDraft('ZB-0001') });
    h.writes();
    const error = await h.fail('machines:create', { draft: createMachineDraft('zb-0001') });
    expect(error.code).toBe('conflict');
    expect(error.details?.[0]).toMatchObject({
      path: 'assetNo',
      message: { key: 'machines:errors.duplicateAssetNo' },
    });
    expect(h.writes()).toBe(0);
    expect(await h.call('machines:list', {})).toHaveLength(1);
  });

  it('lets a machine keep its own asset number when edited', async () => {
    const m = await h.call('machines:create', { draft: createMachineDraft('ZB-0001') });
    const edited = await h.call('machines:update', {
      id: m.id,
      draft: { ...createMachineDraft('ZB-0001'), user: '张伟' },
    });
    expect(edited.user).toBe('张伟');
  });

  it('copies a machine with its installs but not its serial number', async () => {
    const saved = await h.call('images:save', { draft: image });
    const m = await h.call('machines:create', {
      draft: { ...createMachineDraft('ZB-0001'), serial: 'SN1', user: '王芳' },
      imageId: saved.id,
    });
    h.writes();
    const copy = await h.call('machines:copy', { id: m.id, assetNo: '' });
    expect(h.writes()).toBe(1);
    expect(copy).toMatchObject({ assetNo: 'ZB-0002', user: '王芳', serial: '' });
    const rows = await h.call('machines:list', {});
    expect(rows.map((r) => [r.assetNo, r.installCount])).toEqual([
      ['ZB-0001', 2],
      ['ZB-0002', 2],
    ]);
  });

  it('edits many machines in one write', async () => {
    const ids = [];
    for (let i = 1; i <= 30; i++)
      ids.push((await h.call('machines:create', { draft: createMachineDraft(`ZB-${i}`) })).id);
    h.writes();
    const result = await h.call('machines:bulkUpdate', {
      ids: ids.slice(0, 20),
      patch: { department: '财务科', zone: 'internet' },
    });
    expect(result.changed).toBe(20);
    expect(h.writes()).toBe(1);
    const rows = await h.call('machines:list', {});
    expect(rows.filter((r) => r.department === '财务科' && r.zone === 'internet')).toHaveLength(20);
  });

  it('refuses a bulk edit of the asset number', async () => {
    const m = await h.call('machines:create', { draft: createMachineDraft('ZB-1') });
    // The contract leaves the asset number out of bulk patches, so it cannot become a duplicate.
    const error = await h.fail('machines:bulkUpdate', { ids: [m.id], patch: { assetNo: 'X' } as never });
    expect(error.code).toBe('invalid_input');
  });

  it('deletes machines with their installs in one write, and undo brings them back', async () => {
    const saved = await h.call('images:save', { draft: image });
    const a = await h.call('machines:create', { draft: createMachineDraft('ZB-1'), imageId: saved.id });
    const b = await h.call('machines:create', { draft: createMachineDraft('ZB-2'), imageId: saved.id });
    await h.call('machines:create', { draft: createMachineDraft('ZB-3'), imageId: saved.id });
    h.writes();
    const deleted = await h.call('machines:delete', { ids: [a.id, b.id] });
    expect(deleted).toMatchObject({ machines: 2, installs: 4 });
    expect(h.writes()).toBe(1);
    expect(await h.call('machines:list', {})).toHaveLength(1);
    expect((await h.call('machines:entryDefaults', {})).lastDeletion).toMatchObject({
      trashId: deleted.trashId,
      machines: 2,
    });

    const restored = await h.call('machines:undoDelete', { trashId: deleted.trashId });
    expect(restored).toEqual({ machines: 2, installs: 4 });
    const rows = await h.call('machines:list', {});
    expect(rows.map((r) => [r.assetNo, r.installCount]).sort()).toEqual([
      ['ZB-1', 2],
      ['ZB-2', 2],
      ['ZB-3', 2],
    ]);
    expect((await h.call('machines:entryDefaults', {})).lastDeletion).toBeNull();
    expect((await h.fail('machines:undoDelete', {})).message.key).toBe('machines:errors.nothingToUndo');
  });

  it('will not undo a deletion whose asset numbers were given away meanwhile', async () => {
    const a = await h.call('machines:create', { draft: createMachineDraft('ZB-1') });
    const { trashId } = await h.call('machines:delete', { ids: [a.id] });
    await h.call('machines:create', { draft: createMachineDraft('zb-1') });
    const error = await h.fail('machines:undoDelete', { trashId });
    expect(error).toMatchObject({
      code: 'conflict',
      message: { key: 'machines:errors.restoreConflict', params: { count: 1 } },
    });
  });

  it('loads an office.json written before images, rules and the trash existed', async () => {
    await h.call('machines:create', { draft: createMachineDraft('ZB-1') });
    const file = h.app.workspace().office.file;
    const old = JSON.parse(await readFile(file, 'utf8'));
    for (const key of ['images', 'ruleOptions', 'userCatalog', 'nameMappings', 'trash', 'entryPrefs'])
      delete old[key];
    closeDocuments(h.dir);
    await writeFile(file, JSON.stringify(old));
    const reopened = await AppService.open({
      dataDir: h.dir,
      version: '9',
      now: () => new Date(),
      newId: () => 'x',
    });
    expect(reopened.info().problems).toEqual([]);
    const doc = reopened.workspace().office.data;
    expect(doc.machines.map((m) => m.assetNo)).toEqual(['ZB-1']);
    expect(doc.images).toEqual([]);
    expect(doc.ruleOptions.windowsHomeAccepted).toBe(false);
    expect(doc.entryPrefs).toEqual({ lastImageId: null, lastAssetNo: '' });
  });
});
