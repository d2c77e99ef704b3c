import { listCollectorStickFiles } from '../../../shared/capture/collector';
import { ApiFailure, type captureMethods } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import { cleanAssetNo, toAssetKey } from '../../../shared/office/asset-no';
import { writeCollectorStick } from '../capture/collector-stick';
import { readCaptures } from '../capture/read-captures';
import { scanThisComputer } from '../scanner/scan';
import type { AppService } from '../services/app-service';
import { applyCaptureImport, describeCapture } from './capture/apply-import';
import {
  dropPending,
  planPending,
  previewClassifier,
  requirePending,
  signPlan,
  startPending,
} from './capture/capture-session';
import type { PlannedEntry } from './capture/plan-import';
import { toEntryDetail } from './capture/preview-view';
import { getCatalog, toLocalDate } from './office/derive';
import type { HandlerMap } from './types';

/** Progress task names the capture page listens for. */
export const CAPTURE_TASKS = { scan: 'capture:scan', import: 'capture:import' } as const;

const FILE_EXTENSIONS = ['json', 'xml', 'ocs', 'reg', 'txt', 'tsv', 'csv', 'log', 'out'];

function text(app: AppService, key: string): string {
  return translate(app.language, { key: `capture:${key}` });
}

/** Scan this computer, import inventories, confirm, and write the collector stick. */
export const captureHandlers = {
  'capture:scan': async (_input, { app, host }) => {
    app.workspace();
    host.emit('progress', { task: CAPTURE_TASKS.scan, done: 0, total: 1, label: '' });
    const result = await scanThisComputer();
    host.emit('progress', { task: CAPTURE_TASKS.scan, done: 1, total: 1, label: '' });
    return startPending(app, {
      origin: 'scan',
      items: result.machines.map((machine) => ({ file: '', machine })),
      problems: result.problems,
      filesRead: 0,
      filesSkipped: 0,
    });
  },

  'capture:import': async ({ mode }, { app, host }) => {
    app.workspace();
    const isFolder = mode === 'folder';
    const paths = await host.chooseOpenFiles({
      title: text(app, isFolder ? 'dialogs.importFolder' : 'dialogs.importFiles'),
      multiple: true,
      folders: isFolder,
      filters: isFolder
        ? []
        : [
            { name: text(app, 'dialogs.inventoryFilter'), extensions: FILE_EXTENSIONS },
            { name: text(app, 'dialogs.allFilter'), extensions: ['*'] },
          ],
    });
    if (paths.length === 0) return null;
    const read = await readCaptures(paths, (done, total, label) =>
      host.emit('progress', { task: CAPTURE_TASKS.import, done, total, label }),
    );
    return startPending(app, { origin: 'files', ...read });
  },

  'capture:entry': async ({ previewId, key }, { app }) => {
    const capture = requirePending(app, previewId);
    const entry = planPending(app, capture).find((e) => e.key === key);
    if (!entry) throw new ApiFailure('not_found', { key: 'capture:errors.entryGone' });
    const names = new Map(getCatalog(app.workspace().office.data).map((p) => [p.id, p.name]));
    return toEntryDetail(entry, previewClassifier(app), names);
  },

  'capture:confirm': async ({ previewId, entries: choices }, { app, host }) => {
    const capture = requirePending(app, previewId);
    const plan = planPending(app, capture);
    // The ledger changed since the preview in a way that moves a computer to another machine.
    if (signPlan(plan) !== capture.signature) {
      throw new ApiFailure('conflict', { key: 'capture:errors.previewStale' });
    }
    const chosen = new Map(choices.map((c) => [c.key, c]));
    const selected: PlannedEntry[] = [];
    for (const entry of plan) {
      const choice = chosen.get(entry.key);
      if (choice?.include === false) continue;
      if (!entry.match && choice?.assetNo !== undefined) {
        selected.push({ ...entry, machine: { ...entry.machine, assetNo: cleanAssetNo(choice.assetNo) } });
      } else {
        selected.push(entry);
      }
    }
    if (selected.length === 0)
      throw new ApiFailure('invalid_input', { key: 'capture:errors.nothingSelected' });
    const office = app.workspace().office;
    checkAssetNos(selected, office.data.machines);

    await app.backup('before-import');
    const date = toLocalDate(app.options.now());
    let result: ReturnType<typeof applyCaptureImport> | undefined;
    await office.update((doc) => {
      result = applyCaptureImport(doc, selected, {
        newId: app.options.newId,
        describe: (entry) => describeCapture(entry, date, app.language),
      });
    });
    dropPending(previewId);
    host.emit('app:changed', { reason: 'capture' });
    if (!result) throw new ApiFailure('internal', { key: 'errors:api.internal' });
    return result;
  },

  'capture:discard': async ({ previewId }) => ({ discarded: dropPending(previewId) }),

  'capture:makeStick': async (_input, { app, host }) => {
    const [dir] = await host.chooseOpenFiles({
      title: text(app, 'dialogs.stickFolder'),
      multiple: false,
      folders: true,
      filters: [],
    });
    if (dir === undefined) return null;
    try {
      return { dir, files: await writeCollectorStick(dir, listCollectorStickFiles()) };
    } catch {
      throw new ApiFailure('io_error', { key: 'capture:errors.stickWriteFailed', params: { dir } });
    }
  },
} satisfies HandlerMap<keyof typeof captureMethods>;

/** New machines need a filled-in asset number that no other machine (old or new) uses. */
function checkAssetNos(entries: readonly PlannedEntry[], machines: readonly { assetNo: string }[]): void {
  const taken = new Set(machines.map((m) => toAssetKey(m.assetNo)));
  for (const entry of entries) {
    if (entry.match) continue;
    const assetNo = entry.machine.assetNo;
    const path = `entries.${entry.key}.assetNo`;
    if (assetNo === '') {
      const message = { key: 'capture:errors.assetNoRequired', params: { host: entry.machine.hostname } };
      throw new ApiFailure('invalid_input', message, [{ path, message }]);
    }
    const key = toAssetKey(assetNo);
    if (taken.has(key)) {
      const message = { key: 'capture:errors.duplicateAssetNo', params: { assetNo } };
      throw new ApiFailure('conflict', message, [{ path, message }]);
    }
    taken.add(key);
  }
}
