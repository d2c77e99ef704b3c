import { z } from 'zod';

/** Marks a JSON file written by the collector scripts; the version changes when the layout does. */
export const COLLECTOR_FORMAT = 'zhengban-collector';
export const COLLECTOR_VERSION = 1;

const text = (max: number) => z.string().max(max).default('');
const count = z.number().int().min(-1).max(0xffffffff).nullable().default(null);

/** One Uninstall entry (Windows) or one package (Linux) as the collector saw it. */
export const collectorProgramSchema = z.object({
  /** Registry key path or package id. */
  key: text(1024),
  name: text(1024),
  version: text(256),
  publisher: text(512),
  /** As the source wrote it: 20240131, epoch seconds, or YYYY-MM-DD. */
  installDate: text(64),
  arch: text(64),
  // Windows Uninstall facts.
  systemComponent: z.boolean().default(false),
  parentKeyName: text(512),
  releaseType: text(128),
  // Linux package facts.
  section: text(128),
  priority: text(64),
  status: text(64),
});
export type CollectorProgram = z.infer<typeof collectorProgramSchema>;

/** One SoftwareLicensingProduct / OfficeSoftwareProtectionProduct with a product key installed. */
export const collectorLicenceSchema = z.object({
  name: text(512),
  description: text(512),
  applicationId: text(64),
  licenseStatus: count,
  partialProductKey: text(16),
  productKeyChannel: text(64),
  productKeyId: text(128),
  kmsMachine: text(255),
  kmsPort: count,
  discoveredKmsName: text(255),
  discoveredKmsIp: text(64),
  discoveredKmsPort: count,
});
export type CollectorLicence = z.infer<typeof collectorLicenceSchema>;

export const collectorOsSchema = z.object({
  name: text(256),
  edition: text(128),
  version: text(128),
  build: text(64),
  productId: text(128),
  arch: text(64),
});

/** The whole file: one machine, written by the PowerShell or the shell collector. */
export const collectorFileSchema = z.object({
  format: z.literal(COLLECTOR_FORMAT),
  version: z.literal(COLLECTOR_VERSION),
  platform: z.enum(['windows', 'linux']),
  collectedAt: text(64),
  hostname: text(256),
  uuid: text(128),
  serial: text(256),
  manufacturer: text(256),
  model: text(256),
  /** SMBIOS chassis type number, when known. */
  chassisType: count,
  /** Processor / system architecture as reported (AMD64, x64-based PC, aarch64, loongarch64 …). */
  arch: text(64),
  os: collectorOsSchema,
  programs: z.array(collectorProgramSchema).max(200_000),
  licences: z.array(collectorLicenceSchema).max(1_000).default([]),
});
export type CollectorFile = z.infer<typeof collectorFileSchema>;
