import { ApiFailure, type officeMethods } from '../../../../shared/contract';
import type { Install } from '../../../../shared/model';
import { filterInstalls, summarizeSoftware } from '../../../../shared/office/software';
import type { InstallRow } from '../../../../shared/office/views';
import type { OfficeDoc } from '../../store/office-doc';
import type { HandlerMap } from '../types';
import { deriveOffice, getCatalog, memoByRevision, toInstallView } from './derive';
import { requireMachine } from './guards';
import { applyMappings } from './machine-handlers';

type InstallMethods = 'installs:save' | 'installs:delete' | 'installs:query' | 'software:list';

/** Refuses an install that names neither a catalog product nor any raw name, or a missing licence. */
function checkInstall(doc: OfficeDoc, install: Install): void {
  if (install.productId !== null && !getCatalog(doc).some((p) => p.id === install.productId)) {
    throw new ApiFailure('not_found', { key: 'software:errors.productNotFound' }, [
      { path: 'productId', message: { key: 'software:errors.productNotFound' } },
    ]);
  }
  if (install.productId === null && install.rawName.trim() === '') {
    throw new ApiFailure('invalid_input', { key: 'software:errors.nameRequired' }, [
      { path: 'rawName', message: { key: 'software:errors.nameRequired' } },
    ]);
  }
  if (install.entitlementId !== null && !doc.entitlements.some((e) => e.id === install.entitlementId)) {
    throw new ApiFailure('not_found', { key: 'office:errors.entitlementNotFound' });
  }
}

/** Installs per machine (软件台账) and the software page's lists across machines. */
export const installHandlers = {
  'installs:save': async ({ machineId, id, draft }, { app }) => {
    const office = app.workspace().office;
    requireMachine(office.data, machineId);
    const existing = id === undefined ? undefined : office.data.installs.find((i) => i.id === id);
    if (id !== undefined && (!existing || existing.machineId !== machineId)) {
      throw new ApiFailure('not_found', { key: 'software:errors.installNotFound' });
    }
    const install: Install = {
      ...draft,
      evidence: { ...draft.evidence },
      id: id ?? app.options.newId(),
      machineId,
    };
    applyMappings(office.data, [install]);
    checkInstall(office.data, install);
    await office.update((d) => {
      if (existing) Object.assign(existing, install);
      else d.installs.push(install);
    });
    return toInstallView(install, deriveOffice(app));
  },

  'installs:delete': async ({ ids }, { app }) => {
    const office = app.workspace().office;
    const wanted = new Set(ids);
    const before = office.data.installs.length;
    await office.update((d) => {
      d.installs = d.installs.filter((i) => !wanted.has(i.id));
    });
    return { deleted: before - office.data.installs.length };
  },

  'installs:query': async ({ filter }, { app }) => {
    const doc = app.workspace().office.data;
    const derived = deriveOffice(app);
    const machineById = new Map(doc.machines.map((m) => [m.id, m]));
    return filterInstalls(doc.installs, filter, derived).map((install): InstallRow => {
      const machine = machineById.get(install.machineId);
      return {
        ...toInstallView(install, derived),
        assetNo: machine?.assetNo ?? '',
        user: machine?.user ?? '',
        department: machine?.department ?? '',
      };
    });
  },

  'software:list': async (_input, { app }) => {
    return memoByRevision(app, 'software:list', () =>
      summarizeSoftware(app.workspace().office.data.installs, deriveOffice(app)),
    );
  },
} satisfies HandlerMap<InstallMethods & keyof typeof officeMethods>;
