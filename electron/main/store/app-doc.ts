import { z } from 'zod';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../../shared/i18n';

const workspaceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  kind: z.enum(['demo', 'real']),
  name: z.string().max(64),
  createdAt: z.string(),
});

const problemSchema = z.object({
  file: z.string(),
  movedTo: z.string(),
  at: z.string(),
  message: z.object({
    key: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
});

/** app.json: settings and the list of workspaces; small, rewritten on every settings change. */
export const appDocSchema = z.object({
  schemaVersion: z.literal(1),
  language: z.enum(LANGUAGES).default(DEFAULT_LANGUAGE),
  activeWorkspaceId: z.string().nullable().default(null),
  workspaces: z.array(workspaceSchema).default([]),
  problems: z.array(problemSchema).default([]),
  backupsToKeep: z.number().int().min(1).max(500).default(20),
});
export type AppDoc = z.output<typeof appDocSchema>;

export const APP_DOC_VERSION = 1;

/** A fresh app.json. */
export function createAppDoc(): AppDoc {
  return appDocSchema.parse({ schemaVersion: 1 });
}
