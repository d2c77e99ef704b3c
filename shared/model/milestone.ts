import { z } from 'zod';
import { dateSchema, milestoneKeySchema, milestoneStateSchema } from './codes';

/** One step of the unit's legalization work (工作进度). */
export const milestoneSchema = z.object({
  key: milestoneKeySchema,
  state: milestoneStateSchema,
  date: dateSchema,
  note: z.string().max(1024),
  /** Document number such as 遵府办发〔2023〕175号. */
  docRef: z.string().max(128),
});
export type Milestone = z.infer<typeof milestoneSchema>;
