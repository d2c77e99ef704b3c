import type { z } from 'zod';
import { BUDGET_DOC_VERSION, type BudgetDoc, budgetDocSchema } from './budget-doc';
import { CENTRAL_DOC_VERSION, type CentralDoc, centralDocSchema } from './central-doc';
import { OFFICE_DOC_VERSION, type OfficeDoc, officeDocSchema } from './office-doc';

/** The documents a workspace folder holds, by file name, and their loaded types. */
interface WorkspaceDocuments {
  'office.json': OfficeDoc;
  'central.json': CentralDoc;
  'budget.json': BudgetDoc;
}

export type WorkspaceDocumentName = keyof WorkspaceDocuments;
export type WorkspaceDocument<N extends WorkspaceDocumentName> = WorkspaceDocuments[N];

const SPECS: { [N in WorkspaceDocumentName]: { schema: z.ZodType<WorkspaceDocuments[N]>; version: number } } =
  {
    'office.json': { schema: officeDocSchema, version: OFFICE_DOC_VERSION },
    'central.json': { schema: centralDocSchema, version: CENTRAL_DOC_VERSION },
    'budget.json': { schema: budgetDocSchema, version: BUDGET_DOC_VERSION },
  };

export const WORKSPACE_DOCUMENT_NAMES = Object.keys(SPECS) as WorkspaceDocumentName[];

/** True for office.json, central.json and budget.json. */
export function isWorkspaceDocument(name: string): name is WorkspaceDocumentName {
  return Object.hasOwn(SPECS, name);
}

export type DocumentCheck<T> =
  | { ok: true; data: T }
  | { ok: false; reason: 'newer'; version: number }
  | { ok: false; reason: 'invalid'; detail: string };

/**
 * Checks parsed JSON as the store loads it: a newer data version is refused and the schema fills
 * defaults. There are no migrations yet; when there are, they belong here as well.
 */
export function checkWorkspaceDocument<N extends WorkspaceDocumentName>(
  name: N,
  raw: unknown,
): DocumentCheck<WorkspaceDocument<N>> {
  const spec = SPECS[name];
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const version = (raw as { schemaVersion?: unknown }).schemaVersion; // an object, checked just above
    if (typeof version === 'number' && version > spec.version) return { ok: false, reason: 'newer', version };
  }
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: 'invalid', detail: issue ? issue.path.join('.') || issue.message : '' };
}
