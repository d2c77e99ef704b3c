import { ApiFailure, type CapturePreview } from '../../../../shared/contract';
import type { Message } from '../../../../shared/i18n';
import { cleanAssetNo, suggestNextAssetNo, toAssetKey } from '../../../../shared/office/asset-no';
import type { AppService } from '../../services/app-service';
import { getCatalog, memoByRevision, toLocalDate } from '../office/derive';
import { createCaptureNormalizer } from './capture-normalizer';
import { type CaptureItem, type PlannedEntry, planCaptureImport } from './plan-import';
import { createPreviewClassifier, toEntrySummary } from './preview-view';

/** A capture read and parsed, waiting for the clerk to confirm or discard it. */
export interface PendingCapture {
  id: string;
  workspaceId: string;
  origin: CapturePreview['origin'];
  items: CaptureItem[];
  problems: Message[];
  filesRead: number;
  filesSkipped: number;
  /** Which machine each entry was matched to when the clerk saw the preview. */
  signature: string;
}

// One capture waits at a time: a new scan or import replaces the previous one, which bounds memory
// (a folder of Linux inventories holds hundreds of thousands of package entries).
let pending: PendingCapture | null = null;

/** Keeps a new capture for confirmation and returns its preview. */
export function startPending(
  app: AppService,
  capture: Omit<PendingCapture, 'id' | 'workspaceId' | 'signature'>,
): CapturePreview {
  const next: PendingCapture = {
    ...capture,
    id: app.options.newId(),
    workspaceId: app.workspace().info.id,
    signature: '',
  };
  next.signature = signPlan(planPending(app, next));
  pending = next;
  return buildPreview(app, next);
}

/** The waiting capture with this id, or a failure telling the clerk to capture again. */
export function requirePending(app: AppService, id: string): PendingCapture {
  if (!pending || pending.id !== id || pending.workspaceId !== app.workspace().info.id) {
    throw new ApiFailure('not_found', { key: 'capture:errors.previewGone' });
  }
  return pending;
}

/** Forgets the waiting capture; true when there was one with this id. */
export function dropPending(id: string): boolean {
  if (pending?.id !== id) return false;
  pending = null;
  return true;
}

/** The import plan of a capture against the ledger as it is now (computed once per ledger version). */
export function planPending(app: AppService, capture: PendingCapture): PlannedEntry[] {
  return memoByRevision(app, `capture:plan:${capture.id}`, () => {
    const doc = app.workspace().office.data;
    const normalize = memoByRevision(app, 'capture:normalizer', () =>
      createCaptureNormalizer(getCatalog(doc), doc.nameMappings),
    );
    return planCaptureImport(capture.items, {
      machines: doc.machines,
      installs: doc.installs,
      normalize,
      proposeAssetNo: createAssetNoProposer(
        doc.entryPrefs.lastAssetNo || (doc.machines.at(-1)?.assetNo ?? ''),
      ),
      assetKey: toAssetKey,
    });
  });
}

/** What the preview promised: each entry's key and the machine it updates. */
export function signPlan(plan: readonly PlannedEntry[]): string {
  return plan.map((e) => `${e.key}:${e.match?.machine.id ?? '+'}:${e.items.length}`).join('|');
}

/** The classifier for previews: the unit's catalog, licences and rule options, today's date. */
export function previewClassifier(app: AppService) {
  const doc = app.workspace().office.data;
  return createPreviewClassifier({
    catalog: getCatalog(doc),
    entitlements: doc.entitlements,
    ruleOptions: doc.ruleOptions,
    today: toLocalDate(app.options.now()),
  });
}

/** The preview of a waiting capture. */
export function buildPreview(app: AppService, capture: PendingCapture): CapturePreview {
  const classify = previewClassifier(app);
  return {
    id: capture.id,
    origin: capture.origin,
    entries: planPending(app, capture).map((entry) => toEntrySummary(entry, classify)),
    problems: capture.problems,
    filesRead: capture.filesRead,
    filesSkipped: capture.filesSkipped,
  };
}

/**
 * Proposes asset numbers for new machines: the next numbers after the ledger's last one (as the entry
 * form does), or, in an empty ledger, the host name. The clerk corrects them from the labels.
 */
export function createAssetNoProposer(
  last: string,
): (draft: { assetNo: string }, taken: Set<string>) => string {
  let cursor = cleanAssetNo(last);
  return (draft, taken) => {
    if (cursor !== '') {
      const next = suggestNextAssetNo(cursor, taken);
      if (next !== '') {
        cursor = next;
        return next;
      }
    }
    const base = cleanAssetNo(draft.assetNo).slice(0, 60);
    if (base === '') return suggestNextAssetNo('PC-0000', taken);
    if (!taken.has(toAssetKey(base))) return base;
    for (let n = 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (!taken.has(toAssetKey(candidate))) return candidate;
    }
  };
}
