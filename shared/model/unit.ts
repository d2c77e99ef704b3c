import { z } from 'zod';
import { periodSchema, unitCodeSchema, unitLevelSchema } from './codes';

/** The reporting unit's profile (单位信息), shown on the return file's cover. */
export const unitProfileSchema = z.object({
  code: unitCodeSchema,
  name: z.string().min(1).max(128),
  parentCode: z.union([z.literal(''), unitCodeSchema]),
  parentName: z.string().max(128),
  level: unitLevelSchema,
  headcount: z.number().int().min(0).max(1_000_000),
  contact: z.string().max(64),
  phone: z.string().max(32),
  period: periodSchema,
});
export type UnitProfile = z.infer<typeof unitProfileSchema>;
