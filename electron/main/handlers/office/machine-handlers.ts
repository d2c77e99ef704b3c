import { ApiFailure, type officeMethods } from '../../../../shared/contract';
import type { Install, Machine } from '../../../../shared/model';
import { collectAssetKeys, suggestNextAssetNo } from '../../../../shared/office/asset-no';
import { planImageApplication } from '../../../../shared/office/image';
import { applyMachinePatch, type MachineRow } from '../../../../shared/office/machine-row';
import { indexNameMappings } from '../../../../shared/office/name-mapping';
import { cleanName } from '../../../../shared/office/text';
import { findRestoreConflicts, pushTrash } from '../../../../shared/office/trash';
import type { AppService } from '../../services/app-service';
import type { OfficeDoc } from '../../store/office-doc';
import type { HandlerMap } from '../types';
import { deriveOffice, memoByRevision, toInstallView } from './derive';
import { requireFreeAssetNo, requireMachine } from './guards';

type MachineMethods =
  | 'machines:list'
  | 'machines:get'
  | 'machines:entryDefaults'
  | 'machines:create'
  | 'machines:update'
  | 'machines:copy'
  | 'machines:bulkUpdate'
  | 'machines:delete'
  | 'machines:undoDelete';

/** Gives an install without a product the product the clerk mapped its raw name to earlier. */
export function applyMappings(doc: OfficeDoc, installs: Install[]): void {
  if (doc.nameMappings.length === 0) return;
  const index = indexNameMappings(doc.nameMappings);
  for (const install of installs) {
    if (install.productId !== null) continue;
    const mapping = index.get(cleanName(install.rawName));
    if (!mapping) continue;
    install.productId = mapping.productId;
    if (install.edition === '') install.edition = mapping.edition;
  }
}

/** Ledger rows with each machine's install counts by verdict. */
function listMachines(app: AppService): MachineRow[] {
  const doc = app.workspace().office.data;
  const derived = deriveOffice(app);
  const counts = new Map<string, [number, number, number, number]>();
  for (const install of doc.installs) {
    let c = counts.get(install.machineId);
    if (!c) {
      c = [0, 0, 0, 0];
      counts.set(install.machineId, c);
    }
    c[0] += 1;
    const status = derived.byInstall.get(install.id)?.status ?? 'to_verify';
    c[status === 'genuine' ? 1 : status === 'not_genuine' ? 2 : 3] += 1;
  }
  return doc.machines.map((m): MachineRow => {
    const c = counts.get(m.id) ?? [0, 0, 0, 0];
    return { ...m, installCount: c[0], genuineCount: c[1], notGenuineCount: c[2], toVerifyCount: c[3] };
  });
}

/** The machine ledger (计算机台账): list, entry, copy, bulk edit, delete and undo. */
export const machineHandlers = {
  'machines:list': async (_input, { app }) => memoByRevision(app, 'machines:list', () => listMachines(app)),

  'machines:get': async ({ id }, { app }) => {
    const doc = app.workspace().office.data;
    const machine = requireMachine(doc, id);
    const derived = deriveOffice(app);
    const installs = doc.installs.filter((i) => i.machineId === id).map((i) => toInstallView(i, derived));
    return { machine, installs };
  },

  'machines:entryDefaults': async (_input, { app }) => {
    const doc = app.workspace().office.data;
    const { lastImageId, lastAssetNo } = doc.entryPrefs;
    const last = lastAssetNo || (doc.machines.at(-1)?.assetNo ?? '');
    const imageExists = lastImageId !== null && doc.images.some((image) => image.id === lastImageId);
    const latest = doc.trash[0];
    return {
      lastDeletion: latest
        ? { trashId: latest.id, machines: latest.machines.length, deletedAt: latest.deletedAt }
        : null,
      lastImageId: imageExists ? lastImageId : null,
      lastAssetNo: last,
      suggestedAssetNo: suggestNextAssetNo(last, collectAssetKeys(doc.machines)),
    };
  },

  'machines:create': async ({ draft, imageId }, { app }) => {
    const office = app.workspace().office;
    const assetNo = requireFreeAssetNo(office.data, draft.assetNo, null);
    const image = imageId === null ? null : office.data.images.find((i) => i.id === imageId);
    if (image === undefined) throw new ApiFailure('not_found', { key: 'office:errors.imageNotFound' });
    const machine: Machine = { ...draft, assetNo, id: app.options.newId() };
    const added = image ? planImageApplication(image, [machine.id], [], app.options.newId).added : [];
    applyMappings(office.data, added);
    await office.update((d) => {
      d.machines.push(machine);
      d.installs.push(...added);
      d.entryPrefs = { lastImageId: imageId, lastAssetNo: assetNo };
    });
    return machine;
  },

  'machines:update': async ({ id, draft }, { app }) => {
    const office = app.workspace().office;
    const current = requireMachine(office.data, id);
    const assetNo = requireFreeAssetNo(office.data, draft.assetNo, id);
    const machine: Machine = { ...draft, assetNo, id };
    await office.update(() => {
      Object.assign(current, machine);
    });
    return machine;
  },

  'machines:copy': async ({ id, assetNo: wanted }, { app }) => {
    const office = app.workspace().office;
    const source = requireMachine(office.data, id);
    const raw = wanted.trim() || suggestNextAssetNo(source.assetNo, collectAssetKeys(office.data.machines));
    const assetNo = requireFreeAssetNo(office.data, raw, null);
    // Serial number, host name and hardware id belong to the physical computer, not to its setup.
    const machine: Machine = {
      ...source,
      id: app.options.newId(),
      assetNo,
      serial: '',
      hostname: '',
      uuid: '',
    };
    const installs = office.data.installs
      .filter((i) => i.machineId === id)
      .map(
        (i): Install => ({
          ...i,
          evidence: { ...i.evidence },
          id: app.options.newId(),
          machineId: machine.id,
        }),
      );
    await office.update((d) => {
      d.machines.push(machine);
      d.installs.push(...installs);
      d.entryPrefs = { ...d.entryPrefs, lastAssetNo: assetNo };
    });
    return machine;
  },

  'machines:bulkUpdate': async ({ ids, patch }, { app }) => {
    const office = app.workspace().office;
    let changed = 0;
    await office.update((d) => {
      changed = applyMachinePatch(d.machines, new Set(ids), patch);
    });
    return { changed };
  },

  'machines:delete': async ({ ids }, { app }) => {
    const office = app.workspace().office;
    const wanted = new Set(ids);
    const machines = office.data.machines.filter((m) => wanted.has(m.id));
    if (machines.length === 0) throw new ApiFailure('not_found', { key: 'machines:errors.notFound' });
    const gone = new Set(machines.map((m) => m.id));
    const installs = office.data.installs.filter((i) => gone.has(i.machineId));
    const trashId = app.options.newId();
    await office.update((d) => {
      d.machines = d.machines.filter((m) => !gone.has(m.id));
      d.installs = d.installs.filter((i) => !gone.has(i.machineId));
      d.trash = pushTrash(d.trash, {
        id: trashId,
        deletedAt: app.options.now().toISOString(),
        machines,
        installs,
      });
    });
    return { trashId, machines: machines.length, installs: installs.length };
  },

  'machines:undoDelete': async ({ trashId }, { app }) => {
    const office = app.workspace().office;
    const entry =
      trashId === undefined ? office.data.trash[0] : office.data.trash.find((t) => t.id === trashId);
    if (!entry) throw new ApiFailure('not_found', { key: 'machines:errors.nothingToUndo' });
    const conflicts = findRestoreConflicts(entry, office.data.machines);
    if (conflicts.length > 0) {
      throw new ApiFailure('conflict', {
        key: 'machines:errors.restoreConflict',
        params: { assetNos: conflicts.slice(0, 5).join('、'), count: conflicts.length },
      });
    }
    await office.update((d) => {
      d.machines.push(...entry.machines);
      d.installs.push(...entry.installs);
      d.trash = d.trash.filter((t) => t.id !== entry.id);
    });
    return { machines: entry.machines.length, installs: entry.installs.length };
  },
} satisfies HandlerMap<MachineMethods & keyof typeof officeMethods>;
