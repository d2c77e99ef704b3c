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
};
