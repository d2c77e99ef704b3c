import { z } from 'zod';
import { LANGUAGES, type Language, type Message } from '../i18n';
import { type UnitProfile, unitProfileSchema } from '../model';
import { method } from './define';

export type WorkspaceKind = 'demo' | 'real';

export interface WorkspaceInfo {
  id: string;
  kind: WorkspaceKind;
  name: string;
  createdAt: string;
}

/** Something wrong with the stored data that the user must be told about. */
export interface StoreProblem {
  file: string;
  movedTo: string;
  at: string;
  message: Message;
}

export interface AppInfo {
  version: string;
  language: Language;
  workspace: WorkspaceInfo | null;
  workspaces: WorkspaceInfo[];
  problems: StoreProblem[];
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: string;
  files: string[];
  bytes: number;
}

/** The office document of a backup, in figures a user recognises. */
export interface BackupOfficeContents {
  unitName: string | null;
  unitCode: string | null;
  machines: number;
  installs: number;
  entitlements: number;
  milestones: number;
}

/** The central document of a backup: the period shown, its roster and the returns received. */
export interface BackupCentralContents {
  period: string | null;
  /** Units on the roster of that period. */
  rosterUnits: number;
  /** Units of that period with a current return. */
  returnedUnits: number;
  /** Return files stored, every period and state. */
  returns: number;
}

export interface BackupBudgetContents {
  priceEntries: number;
  scenarios: number;
  fundsAllocatedFen: number | null;
  /** Units the central side recorded funds for. */
  unitFunds: number;
}

/** What is inside one backup; a document the backup lacks is null, one that cannot be read is listed. */
export interface BackupContents {
  backup: BackupInfo;
  office: BackupOfficeContents | null;
  central: BackupCentralContents | null;
  budget: BackupBudgetContents | null;
  unreadable: string[];
}

/** A damaged document that a backup taken before the damage can bring back. */
export interface ProblemRecovery {
  /** Identifies the problem: where the damaged file was moved to. */
  movedTo: string;
  /** The document's file name, e.g. office.json. */
  file: string;
  workspaceId: string;
  workspaceName: string;
  backup: BackupInfo;
}

const empty = z.object({}).strict();

/** Application-wide methods: settings, workspaces, unit profile, backups. */
export const appMethods = {
  'app:info': method<AppInfo>()(empty),
  'settings:setLanguage': method<AppInfo>()(z.object({ language: z.enum(LANGUAGES) }).strict()),
  'workspace:create': method<AppInfo>()(z.object({ name: z.string().trim().min(1).max(64) }).strict()),
  'workspace:open': method<AppInfo>()(z.object({ id: z.string().min(1).max(64) }).strict()),
  /** Opens the demo city, creating it again if it was never made or was removed. */
  'workspace:openDemo': method<AppInfo>()(empty),
  'problems:dismiss': method<AppInfo>()(empty),
  'profile:get': method<UnitProfile | null>()(empty),
  'profile:save': method<UnitProfile>()(unitProfileSchema.strict()),
  'backups:list': method<BackupInfo[]>()(empty),
  'backups:create': method<BackupInfo>()(empty),
  'backups:restore': method<AppInfo>()(z.object({ id: z.string().min(1).max(128) }).strict()),
  'backups:inspect': method<BackupContents>()(z.object({ id: z.string().min(1).max(128) }).strict()),
  /** For each reported store problem, the latest good backup of that document, when there is one. */
  'problems:recoveries': method<ProblemRecovery[]>()(empty),
  /** Brings one damaged document back from a backup (opening its workspace) and clears the problem. */
  'problems:recover': method<AppInfo>()(
    z.object({ movedTo: z.string().min(1).max(4096), backupId: z.string().min(1).max(128) }).strict(),
  ),
};
