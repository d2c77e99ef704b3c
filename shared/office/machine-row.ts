import type { Machine } from '../model';

/** A ledger row: the machine and how its installs are classified, counted on the main side. */
export interface MachineRow extends Machine {
  installCount: number;
  genuineCount: number;
  notGenuineCount: number;
  toVerifyCount: number;
}

/** Fields a bulk edit may set on many machines at once (never the asset number: it is unique). */
export const BULK_FIELDS = [
  'user',
  'department',
  'type',
  'brand',
  'model',
  'arch',
  'zone',
  'purchaseDate',
  'status',
  'notes',
] as const;
export type BulkField = (typeof BULK_FIELDS)[number];
export type MachinePatch = Partial<Pick<Machine, BulkField>>;

/** Sets the patch's fields on every machine whose id is listed; returns how many changed. */
export function applyMachinePatch(
  machines: Machine[],
  ids: ReadonlySet<string>,
  patch: MachinePatch,
): number {
  const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
  let changed = 0;
  for (const machine of machines) {
    if (!ids.has(machine.id)) continue;
    let isChanged = false;
    for (const [field, value] of entries) {
      // Keys come from the patch type, whose fields all exist on Machine with the same value types.
      const record = machine as unknown as Record<string, unknown>;
      if (record[field] !== value) {
        record[field] = value;
        isChanged = true;
      }
    }
    if (isChanged) changed++;
  }
  return changed;
}
