import { z } from 'zod';

/** Software categories of the standard summary form (国办发〔2013〕88号 names the first three). */
export const CATEGORIES = ['os', 'office', 'security', 'other'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/** How a licence was obtained: the clerk answers this instead of "genuine? yes/no". */
export const CHANNELS = [
  'oem',
  'retail',
  'volume',
  'subscription',
  'central',
  'free',
  'open_source',
  'trial',
  'unknown',
] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** The derived verdict: 正版 / 非正版 / 待核实. */
export const STATUSES = ['genuine', 'not_genuine', 'to_verify'] as const;
export const statusSchema = z.enum(STATUSES);
export type LicenceStatus = z.infer<typeof statusSchema>;

export const MACHINE_TYPES = ['desktop', 'laptop', 'server', 'other'] as const;
export const machineTypeSchema = z.enum(MACHINE_TYPES);
export type MachineType = z.infer<typeof machineTypeSchema>;

export const ARCHES = ['x86', 'arm', 'loongarch', 'other'] as const;
export const archSchema = z.enum(ARCHES);
export type Arch = z.infer<typeof archSchema>;

export const ZONES = ['internet', 'intranet', 'isolated', 'other'] as const;
export const zoneSchema = z.enum(ZONES);
export type Zone = z.infer<typeof zoneSchema>;

export const MACHINE_STATUSES = ['in_use', 'idle', 'scrapped'] as const;
export const machineStatusSchema = z.enum(MACHINE_STATUSES);
export type MachineStatus = z.infer<typeof machineStatusSchema>;

/** COA label on the case: absent, present and matching the installed edition, or present but another edition. */
export const COA_STATES = ['none', 'matching', 'mismatching'] as const;
export const coaSchema = z.enum(COA_STATES);
export type CoaState = z.infer<typeof coaSchema>;

export const ACTIVATION_STATES = ['activated', 'not_activated', 'grace', 'expired', 'unknown'] as const;
export const activationSchema = z.enum(ACTIVATION_STATES);
export type ActivationState = z.infer<typeof activationSchema>;

export const UNIT_LEVELS = ['department', 'county', 'city', 'province'] as const;
export const unitLevelSchema = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof unitLevelSchema>;

/** Milestones of a unit's legalization work, in the order they are usually done. */
export const MILESTONES = [
  'leading_group',
  'plan',
  'survey',
  'budget',
  'procurement',
  'installation',
  'acceptance',
] as const;
export const milestoneKeySchema = z.enum(MILESTONES);
export type MilestoneKey = z.infer<typeof milestoneKeySchema>;

export const MILESTONE_STATES = ['not_started', 'in_progress', 'done'] as const;
export const milestoneStateSchema = z.enum(MILESTONE_STATES);
export type MilestoneState = z.infer<typeof milestoneStateSchema>;

/** A calendar date as the clerk typed it: YYYY-MM-DD, or empty when unknown. */
export const dateSchema = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

/** Unit codes: 统一社会信用代码 (18 chars) or a local code of 2–20 letters and digits. */
export const unitCodeSchema = z.string().regex(/^[0-9A-Z]{2,20}$/);

/** Reporting period such as 2026 or 2026H1 or 2026Q3 or 2026-11. */
export const periodSchema = z.string().regex(/^\d{4}(?:H[12]|Q[1-4]|-(?:0[1-9]|1[0-2]))?$/);
