import { z } from 'zod';
import { type Install, type InstallDraft, installDraftSchema } from '../model';
import { cleanName } from './text';

/** A standard image (标准镜像): a named set of installs with their licence facts. */
export const imageSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(64),
  notes: z.string().max(4096),
  installs: z.array(installDraftSchema).max(200),
});
export type StandardImage = z.infer<typeof imageSchema>;

export const imageDraftSchema = imageSchema.omit({ id: true });
export type StandardImageDraft = z.infer<typeof imageDraftSchema>;

/** Two installs are "the same software" when they name the same product (or raw name) and edition. */
export function toInstallIdentity(install: Pick<InstallDraft, 'productId' | 'rawName' | 'edition'>): string {
  const product = install.productId ?? `raw:${cleanName(install.rawName)}`;
  return `${product}\u0001${cleanName(install.edition)}`;
}

export interface ImageApplication {
  /** New installs to add. */
  added: Install[];
  /** Existing installs whose licence facts the image overwrote, by id. */
  updated: Map<string, Install>;
}

/**
 * Works out what applying an image to machines does. Applying it twice changes nothing: software
 * the machine already has (same product and edition) takes the image's licence facts instead of
 * being added a second time.
 */
export function planImageApplication(
  image: Pick<StandardImage, 'installs'>,
  machineIds: readonly string[],
  existing: readonly Install[],
  newId: () => string,
): ImageApplication {
  const targets = new Set(machineIds);
  const byMachine = new Map<string, Map<string, Install>>();
  for (const install of existing) {
    if (!targets.has(install.machineId)) continue;
    let identities = byMachine.get(install.machineId);
    if (!identities) {
      identities = new Map();
      byMachine.set(install.machineId, identities);
    }
    const identity = toInstallIdentity(install);
    if (!identities.has(identity)) identities.set(identity, install);
  }
  const result: ImageApplication = { added: [], updated: new Map() };
  for (const machineId of targets) {
    const identities = byMachine.get(machineId);
    for (const draft of image.installs) {
      const current = identities?.get(toInstallIdentity(draft));
      if (current) {
        result.updated.set(current.id, { ...copyDraft(draft), id: current.id, machineId });
      } else {
        result.added.push({ ...copyDraft(draft), id: newId(), machineId });
      }
    }
  }
  return result;
}

/** A copy that shares no nested object with the image, so editing one install leaves the image alone. */
export function copyDraft(draft: InstallDraft): InstallDraft {
  return { ...draft, evidence: { ...draft.evidence } };
}
