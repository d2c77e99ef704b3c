import { z } from 'zod';
import type { CapturedOs, CaptureSource, ProgramKind } from '../capture/captured';
import type { MatchKey } from '../capture/match';
import type { LocalizedName } from '../catalog/product';
import type { Message } from '../i18n';
import type { ActivationState, Category, Channel, LicenceStatus, MachineDraft } from '../model';
import { method } from './define';

/** What the import will do with one computer. */
export type CaptureAction = 'create' | 'update';

/** One machine field the import changes on an existing machine. */
export interface CaptureFieldChange {
  field: 'hostname' | 'uuid' | 'serial' | 'brand' | 'model' | 'arch' | 'type';
  before: string;
  after: string;
}

/** The existing machine a capture was matched to. */
export interface CaptureMatchView {
  machineId: string;
  assetNo: string;
  by: MatchKey;
  /** More than one machine fitted the same key; the first was taken. */
  isAmbiguous: boolean;
}

/** Hidden entries (patches, drivers, runtimes …) counted by kind; they are summarized, not listed as installs. */
export type HiddenCounts = Record<Exclude<ProgramKind, 'application'>, number>;

/** One computer of a capture, as the preview lists it before anything is saved. */
export interface CaptureEntrySummary {
  /** Stable within one preview; the confirmation refers to entries by it. */
  key: string;
  /** File names the computer was read from (several when two files describe the same computer). */
  files: string[];
  sources: CaptureSource[];
  action: CaptureAction;
  match: CaptureMatchView | null;
  /** The machine as it will be stored (for an update: the existing one with the captured facts). */
  machine: MachineDraft;
  changes: CaptureFieldChange[];
  os: CapturedOs | null;
  installs: { added: number; updated: number; unchanged: number };
  /** Installs already recorded on the machine that this capture did not find; they are kept. */
  keptInstalls: number;
  verdicts: Record<LicenceStatus, number>;
  hidden: HiddenCounts;
  /** Entries that repeat another one (the same program under two keys), merged. */
  duplicates: number;
}

/** A capture waiting for the clerk's confirmation. */
export interface CapturePreview {
  id: string;
  origin: 'scan' | 'files';
  entries: CaptureEntrySummary[];
  /** Problems of the files or the scan; each names its file where there is one. */
  problems: Message[];
  filesRead: number;
  /** Files seen in a folder but not read (not an inventory, too large, over the limit). */
  filesSkipped: number;
}

/** One install row of an entry's detail. */
export interface CaptureInstallView {
  rawName: string;
  version: string;
  productId: string | null;
  productName: LocalizedName | null;
  edition: string;
  category: Category;
  channel: Channel;
  activation: ActivationState;
  kmsHost: string;
  productIdOem: boolean | null;
  status: LicenceStatus;
  reasons: Message[];
  change: 'add' | 'update' | 'same';
}

/** One captured entry that does not become an install (hidden kinds and repeats). */
export interface CaptureHiddenView {
  name: string;
  version: string;
  publisher: string;
  kind: ProgramKind;
  isDuplicate: boolean;
}

/** Everything about one entry of a preview, fetched when the clerk expands it. */
export interface CaptureEntryDetail {
  key: string;
  installs: CaptureInstallView[];
  hidden: CaptureHiddenView[];
}

/** What a confirmed import did. */
export interface CaptureImportResult {
  created: number;
  updated: number;
  installsAdded: number;
  installsUpdated: number;
  machines: Array<{ id: string; assetNo: string; action: CaptureAction }>;
}

/** The files written to the collector stick. */
export interface CollectorStickResult {
  dir: string;
  files: Array<{ name: string; bytes: number }>;
}

const previewId = z.string().min(1).max(64);
const entryKey = z.string().min(1).max(16);

/** Automatic capture: scan this computer, import inventory files, write the collector stick. */
export const captureMethods = {
  'capture:scan': method<CapturePreview>()(z.object({}).strict()),
  /** Opens a dialog for files or a folder; null when the clerk cancelled it. */
  'capture:import': method<CapturePreview | null>()(z.object({ mode: z.enum(['files', 'folder']) }).strict()),
  'capture:entry': method<CaptureEntryDetail>()(z.object({ previewId, key: entryKey }).strict()),
  'capture:confirm': method<CaptureImportResult>()(
    z
      .object({
        previewId,
        entries: z
          .array(
            z
              .object({
                key: entryKey,
                include: z.boolean(),
                /** Only for new machines: the asset number the clerk typed. */
                assetNo: z.string().max(64).optional(),
              })
              .strict(),
          )
          .max(100_000),
      })
      .strict(),
  ),
  'capture:discard': method<{ discarded: boolean }>()(z.object({ previewId }).strict()),
  /** Opens a folder dialog and writes the collector scripts there; null when cancelled. */
  'capture:makeStick': method<CollectorStickResult | null>()(z.object({}).strict()),
};
