import type { Category, Channel, Evidence, InstallDraft, Machine, MachineDraft } from '../model';
import { createEmptyEvidence, createMachineDraft } from '../model';
import type { ActivationChannel, ActivationRecord, CapturedMachine, CapturedProgram } from './captured';
import { isOemProductId } from './licensing';

export type MatchKey = 'serial' | 'uuid' | 'hostname';

export interface MachineMatch {
  machine: Machine;
  by: MatchKey;
  /** True when more than one existing machine fits the same key; the first is returned. */
  isAmbiguous: boolean;
}

const JUNK_SERIALS = new Set([
  'to be filled by o.e.m.',
  'to be filled by oem',
  'default string',
  'system serial number',
  'chassis serial number',
  'base board serial number',
  'serial number',
  'not specified',
  'not applicable',
  'not available',
  'none',
  'null',
  'n/a',
  'na',
  'oem',
  'invalid',
  'unknown',
  '0123456789',
  '123456789',
  '1234567890',
  'default',
  'empty',
  'sernum0',
  'type1productconfigid',
]);

/** True for texts firmware leaves as placeholders ('To be filled by O.E.M.', 'Default string' …). */
export function isPlaceholderText(raw: string): boolean {
  const text = raw.trim().toLowerCase();
  return JUNK_SERIALS.has(text) || /o\.e\.m\.?$|to be filled|default string|serial number/.test(text);
}

/** True for serials that identify nothing: placeholders, '0', runs of one character, too short. */
export function isJunkSerial(serial: string): boolean {
  const text = serial.trim().toLowerCase();
  if (text.length < 3 || isPlaceholderText(text)) return true;
  return /^(.)\1+$/.test(text.replace(/[-\s]/g, ''));
}

/** True for placeholder SMBIOS UUIDs (all zeros, all F, the well-known 03000200-0400-… board default). */
export function isJunkUuid(uuid: string): boolean {
  const hex = uuid.replace(/[^0-9a-f]/gi, '').toLowerCase();
  if (hex.length !== 32) return true;
  if (/^(.)\1+$/.test(hex)) return true;
  return hex === '03000200040005000006000700080009';
}

function shortHostname(hostname: string): string {
  const name = hostname.trim().toLowerCase().split('.')[0] ?? '';
  return name === 'localhost' ? '' : name;
}

/** Finds the existing machine a capture belongs to: by serial, then UUID, then host name. */
export function matchMachine(captured: CapturedMachine, existing: Machine[]): MachineMatch | null {
  const tries: Array<[MatchKey, (machine: Machine) => boolean]> = [];
  if (!isJunkSerial(captured.serial)) {
    const serial = captured.serial.trim().toLowerCase();
    tries.push(['serial', (machine) => machine.serial.trim().toLowerCase() === serial]);
  }
  if (!isJunkUuid(captured.uuid)) {
    const uuid = captured.uuid.trim().toUpperCase();
    tries.push(['uuid', (machine) => machine.uuid.trim().toUpperCase() === uuid]);
  }
  const hostname = shortHostname(captured.hostname);
  if (hostname !== '') tries.push(['hostname', (machine) => shortHostname(machine.hostname) === hostname]);
  for (const [by, fits] of tries) {
    const found = existing.filter(fits);
    const first = found[0];
    if (first) return { machine: first, by, isAmbiguous: found.length > 1 };
  }
  return null;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/**
 * A machine form pre-filled from a capture. The asset number is unknown to any scan; it starts as the
 * host name (or serial) so the draft is valid, and the clerk overwrites it with the label on the case.
 */
export function capturedToMachineDraft(captured: CapturedMachine): MachineDraft {
  const serial = isJunkSerial(captured.serial) ? '' : captured.serial.trim();
  const draft = createMachineDraft(clip(captured.hostname.trim() || serial, 64));
  draft.brand = isPlaceholderText(captured.manufacturer) ? '' : clip(captured.manufacturer.trim(), 64);
  draft.model = isPlaceholderText(captured.model) ? '' : clip(captured.model.trim(), 128);
  draft.serial = clip(serial, 128);
  // 'other' from a source that simply did not say keeps the form's default.
  draft.arch = captured.arch === 'other' && (captured.os?.arch ?? '') === '' ? draft.arch : captured.arch;
  draft.type = captured.machineType ?? draft.type;
  draft.hostname = clip(captured.hostname.trim(), 128);
  draft.uuid = isJunkUuid(captured.uuid) ? '' : clip(captured.uuid.trim(), 64);
  return draft;
}

/** What the catalog makes of a raw name; supplied by the caller so capture stays independent of it. */
export type NormalizeFn = (raw: string) => {
  productId: string | null;
  category: Category;
  edition: string;
  version: string;
};

export interface InstallDraftOptions {
  normalize: NormalizeFn;
  /** How an activation record becomes evidence; defaults to activationToEvidence. */
  activationToEvidence?: (record: ActivationRecord) => Evidence;
}

/** Evidence an activation record proves: OEM channel, KMS host, activation state. */
export function activationToEvidence(record: ActivationRecord): Evidence {
  const evidence = createEmptyEvidence();
  if (record.channel === 'oem' || isOemProductId(record.productId)) evidence.productIdOem = true;
  else if (record.channel !== 'unknown' || record.productId !== '') evidence.productIdOem = false;
  evidence.activation = record.status;
  if (record.channel === 'volume_kms') evidence.kmsHost = clip(record.kmsHost, 255);
  return evidence;
}

/** The ledger's licence channel for a licensing channel (MAK and KMS are both volume licences). */
export function activationChannelToChannel(channel: ActivationChannel): Channel {
  if (channel === 'volume_kms' || channel === 'volume_mak') return 'volume';
  return channel;
}

/**
 * Install rows for a captured machine: the OS first, then every visible program that is not a repeat.
 * Hidden entries (updates, drivers, runtimes, libraries, system components) stay in the capture only.
 */
export function capturedToInstallDrafts(
  captured: CapturedMachine,
  options: InstallDraftOptions,
): InstallDraft[] {
  const toEvidence = options.activationToEvidence ?? activationToEvidence;
  const drafts: InstallDraft[] = [];
  const os = captured.os;
  if (os && os.name.trim() !== '') {
    const normalized = options.normalize(os.name);
    const record = pickRecord(captured.activation, 'os', '');
    const evidence = record ? toEvidence(record) : createEmptyEvidence();
    if (!record && os.productId !== '') evidence.productIdOem = isOemProductId(os.productId);
    drafts.push({
      productId: normalized.productId,
      rawName: clip(os.name, 512),
      version: clip(normalized.version || os.version, 64),
      // The catalog's edition id (read from the name, e.g. "专业版" → pro) is what the licence rules
      // understand; the OS's own edition text ("Professional", "Core") is kept only when there is none.
      edition: clip(normalized.edition || os.edition, 64),
      category: 'os',
      channel: record ? activationChannelToChannel(record.channel) : 'unknown',
      evidence,
      entitlementId: null,
      notes: '',
    });
  }
  for (const program of captured.programs) {
    if (program.hidden || program.duplicateOf !== null) continue;
    drafts.push(programToDraft(program, captured.activation, options.normalize, toEvidence));
  }
  return drafts;
}

function programToDraft(
  program: CapturedProgram,
  records: ActivationRecord[],
  normalize: NormalizeFn,
  toEvidence: (record: ActivationRecord) => Evidence,
): InstallDraft {
  const normalized = normalize(program.name);
  const record =
    normalized.category === 'office' ? pickRecord(records, 'office', program.version) : undefined;
  return {
    productId: normalized.productId,
    rawName: clip(program.name, 512),
    version: clip(normalized.version || program.version, 64),
    edition: clip(normalized.edition, 64),
    category: normalized.category,
    channel: record ? activationChannelToChannel(record.channel) : 'unknown',
    evidence: record ? toEvidence(record) : createEmptyEvidence(),
    entitlementId: null,
    notes: '',
  };
}

const OFFICE_YEAR_MAJOR: Record<string, number> = {
  '2007': 12,
  '2010': 14,
  '2013': 15,
  '2016': 16,
  '2019': 16,
  '2021': 16,
  '2024': 16,
};

function officeMajor(text: string): number | null {
  const numbered = /\boffice\s*(1[1-6])\b/i.exec(text);
  if (numbered?.[1]) return Number(numbered[1]);
  const year = /\b(2007|2010|2013|2016|2019|2021|2024)\b/.exec(text)?.[1];
  return year !== undefined ? (OFFICE_YEAR_MAJOR[year] ?? null) : null;
}

// Several keys may be installed (e.g. Windows plus an ESU add-on); prefer an activated one, and for
// Office the one of the same major version as the installed program.
function pickRecord(
  records: ActivationRecord[],
  target: 'os' | 'office',
  version: string,
): ActivationRecord | undefined {
  let candidates = records.filter((record) => record.target === target);
  if (target === 'office' && candidates.length > 1) {
    const major = Number.parseInt(version, 10);
    const same = candidates.filter((record) => officeMajor(`${record.name} ${record.description}`) === major);
    if (same.length > 0) candidates = same;
  }
  return candidates.find((record) => record.status === 'activated') ?? candidates[0];
}
