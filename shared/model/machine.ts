import { z } from 'zod';
import { archSchema, dateSchema, machineStatusSchema, machineTypeSchema, zoneSchema } from './codes';

const text = (max: number) => z.string().max(max);

/** One computer of the unit (计算机台账 row). */
export const machineSchema = z.object({
  id: z.string().min(1).max(64),
  assetNo: text(64).min(1),
  user: text(64),
  department: text(128),
  type: machineTypeSchema,
  brand: text(64),
  model: text(128),
  serial: text(128),
  arch: archSchema,
  zone: zoneSchema,
  purchaseDate: dateSchema,
  status: machineStatusSchema,
  hostname: text(128),
  uuid: text(64),
  notes: text(32767),
});
export type Machine = z.infer<typeof machineSchema>;

/** A machine as entered in a form, before it has an id. */
export const machineDraftSchema = machineSchema.omit({ id: true });
export type MachineDraft = z.infer<typeof machineDraftSchema>;

/** Sensible defaults for a new machine so a form needs only the asset number. */
export function createMachineDraft(assetNo = ''): MachineDraft {
  return {
    assetNo,
    user: '',
    department: '',
    type: 'desktop',
    brand: '',
    model: '',
    serial: '',
    arch: 'x86',
    zone: 'intranet',
    purchaseDate: '',
    status: 'in_use',
    hostname: '',
    uuid: '',
    notes: '',
  };
}
