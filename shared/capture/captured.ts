import { z } from 'zod';
import type { Message } from '../i18n';
import { activationSchema, archSchema, dateSchema, machineTypeSchema } from '../model';

/** Where a captured machine came from: the file format or the live scan that produced it. */
export const CAPTURE_SOURCES = [
  'reg-export',
  'reg-query',
  'ps-json',
  'wmi',
  'dpkg',
  'rpm',
  'macos-text',
  'macos-json',
  'glpi-json',
  'glpi-xml',
  'collector',
  'scan',
] as const;
export const captureSourceSchema = z.enum(CAPTURE_SOURCES);
export type CaptureSource = z.infer<typeof captureSourceSchema>;

/** What an installed entry is; everything but 'application' is hidden by default, never dropped. */
export const PROGRAM_KINDS = [
  'application',
  'update',
  'driver',
  'runtime',
  'library',
  'system-component',
] as const;
export const programKindSchema = z.enum(PROGRAM_KINDS);
export type ProgramKind = z.infer<typeof programKindSchema>;

/** Licence channel as Windows/Office licensing reports it. */
export const ACTIVATION_CHANNELS = ['oem', 'retail', 'volume_mak', 'volume_kms', 'unknown'] as const;
export const activationChannelSchema = z.enum(ACTIVATION_CHANNELS);
export type ActivationChannel = z.infer<typeof activationChannelSchema>;

/** Which install an activation record speaks for. */
export const ACTIVATION_TARGETS = ['os', 'office', 'other'] as const;
export const activationTargetSchema = z.enum(ACTIVATION_TARGETS);
export type ActivationTarget = z.infer<typeof activationTargetSchema>;

export const capturedProgramSchema = z.object({
  name: z.string(),
  version: z.string(),
  publisher: z.string(),
  installDate: dateSchema,
  kind: programKindSchema,
  /** True for every kind except 'application': kept, but not shown by default. */
  hidden: z.boolean(),
  /** Registry key path or package id, verbatim, so the entry can be traced back. */
  rawId: z.string(),
  /** Architecture as the source wrote it (amd64, x86_64, 32-bit …), or empty. */
  arch: z.string(),
  /** rawId of the entry this one repeats (the same product under another key), or null. */
  duplicateOf: z.string().nullable(),
});
export type CapturedProgram = z.infer<typeof capturedProgramSchema>;

export const activationRecordSchema = z.object({
  /** Product name as licensing reports it, e.g. "Office 16, Office16ProPlusVL_KMS_Client edition". */
  name: z.string(),
  description: z.string(),
  target: activationTargetSchema,
  channel: activationChannelSchema,
  /** Raw SoftwareLicensingProduct.LicenseStatus (0–6), or null when the source has none. */
  licenseStatus: z.number().int().nullable(),
  status: activationSchema,
  partialProductKey: z.string(),
  kmsHost: z.string(),
  kmsPort: z.number().int().nullable(),
  productId: z.string(),
});
export type ActivationRecord = z.infer<typeof activationRecordSchema>;

export const capturedOsSchema = z.object({
  name: z.string(),
  edition: z.string(),
  version: z.string(),
  build: z.string(),
  /** Windows product id (e.g. 00259-40825-10721-AAOEM) or empty. */
  productId: z.string(),
  /** Architecture as the OS reports it ("64 位", "x86_64", "arm64" …). */
  arch: z.string(),
});
export type CapturedOs = z.infer<typeof capturedOsSchema>;

export const capturedMachineSchema = z.object({
  source: captureSourceSchema,
  hostname: z.string(),
  uuid: z.string(),
  serial: z.string(),
  manufacturer: z.string(),
  model: z.string(),
  arch: archSchema,
  /** Chassis when the source tells it, else null. */
  machineType: machineTypeSchema.nullable(),
  os: capturedOsSchema.nullable(),
  programs: z.array(capturedProgramSchema),
  activation: z.array(activationRecordSchema),
});
export type CapturedMachine = z.infer<typeof capturedMachineSchema>;

/** What every parser returns: never throws; problems carry line numbers and other params. */
export interface CaptureResult {
  machines: CapturedMachine[];
  problems: Message[];
}

/** An empty machine of the given source, to be filled in by a parser. */
export function createCapturedMachine(source: CaptureSource): CapturedMachine {
  return {
    source,
    hostname: '',
    uuid: '',
    serial: '',
    manufacturer: '',
    model: '',
    arch: 'other',
    machineType: null,
    os: null,
    programs: [],
    activation: [],
  };
}

/** An OS record with nothing known yet. */
export function createCapturedOs(): CapturedOs {
  return { name: '', edition: '', version: '', build: '', productId: '', arch: '' };
}

/** Builds a capture-namespace problem message. */
export function captureProblem(path: string, params?: Record<string, string | number>): Message {
  return params === undefined ? { key: `capture:${path}` } : { key: `capture:${path}`, params };
}
