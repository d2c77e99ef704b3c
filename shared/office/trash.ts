import { z } from 'zod';
import { installSchema, machineSchema } from '../model';
import { toAssetKey } from './asset-no';

/** Machines deleted in one action with their installs, kept so the deletion can be undone. */
export const trashEntrySchema = z.object({
  id: z.string().min(1).max(64),
  deletedAt: z.string().max(64),
  machines: z.array(machineSchema),
  installs: z.array(installSchema),
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;

/** How many deletions can be undone; older ones are dropped so the document stays small. */
export const TRASH_LIMIT = 5;

/** Adds a deletion to the front of the trash and drops the oldest beyond the limit. */
export function pushTrash(trash: readonly TrashEntry[], entry: TrashEntry): TrashEntry[] {
  return [entry, ...trash].slice(0, TRASH_LIMIT);
}

/** Asset numbers in a trash entry that the ledger has since given to another machine. */
export function findRestoreConflicts(entry: TrashEntry, current: readonly { assetNo: string }[]): string[] {
  const taken = new Set(current.map((m) => toAssetKey(m.assetNo)));
  return entry.machines.filter((m) => taken.has(toAssetKey(m.assetNo))).map((m) => m.assetNo);
}
