import { ApiFailure, type officeMethods } from '../../../../shared/contract';
import { planImageApplication, type StandardImage } from '../../../../shared/office/image';
import type { HandlerMap } from '../types';
import { applyMappings } from './machine-handlers';

type ImageMethods = 'images:list' | 'images:save' | 'images:delete' | 'images:apply';

/** Standard images (标准镜像): named install sets applied to many machines in one action. */
export const imageHandlers = {
  'images:list': async (_input, { app }) => app.workspace().office.data.images,

  'images:save': async ({ id, draft }, { app }) => {
    const office = app.workspace().office;
    const existing = id === undefined ? undefined : office.data.images.find((i) => i.id === id);
    if (id !== undefined && !existing)
      throw new ApiFailure('not_found', { key: 'office:errors.imageNotFound' });
    const name = draft.name.trim();
    const clash = office.data.images.find((i) => i.id !== id && i.name.trim() === name);
    if (clash) {
      const message = { key: 'office:errors.imageNameTaken', params: { name } };
      throw new ApiFailure('conflict', message, [{ path: 'name', message }]);
    }
    const image: StandardImage = { ...draft, name, id: id ?? app.options.newId() };
    await office.update((d) => {
      if (existing) Object.assign(existing, image);
      else d.images.push(image);
    });
    return image;
  },

  'images:delete': async ({ id }, { app }) => {
    const office = app.workspace().office;
    const before = office.data.images.length;
    await office.update((d) => {
      d.images = d.images.filter((i) => i.id !== id);
      if (d.entryPrefs.lastImageId === id) d.entryPrefs.lastImageId = null;
    });
    return { deleted: before - office.data.images.length };
  },

  'images:apply': async ({ id, machineIds }, { app }) => {
    const office = app.workspace().office;
    const image = office.data.images.find((i) => i.id === id);
    if (!image) throw new ApiFailure('not_found', { key: 'office:errors.imageNotFound' });
    const known = new Set(office.data.machines.map((m) => m.id));
    const targets = machineIds.filter((m) => known.has(m));
    if (targets.length === 0) throw new ApiFailure('not_found', { key: 'machines:errors.notFound' });
    const plan = planImageApplication(image, targets, office.data.installs, app.options.newId);
    applyMappings(office.data, plan.added);
    await office.update((d) => {
      if (plan.updated.size > 0) {
        d.installs = d.installs.map((i) => plan.updated.get(i.id) ?? i);
      }
      d.installs.push(...plan.added);
      d.entryPrefs.lastImageId = id;
    });
    return { added: plan.added.length, updated: plan.updated.size };
  },
} satisfies HandlerMap<ImageMethods & keyof typeof officeMethods>;
