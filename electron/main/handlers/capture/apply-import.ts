import type { CaptureImportResult } from '../../../../shared/contract';
import { LANGUAGES, type Language, translate } from '../../../../shared/i18n';
import type { Install, Machine } from '../../../../shared/model';
import type { OfficeDoc } from '../../store/office-doc';
import type { PlannedEntry } from './plan-import';

const MAX_NOTES = 32767;

/**
 * The line a captured machine's notes get: when and from what it was captured, how many programs
 * became installs, and how many patches, drivers, runtimes, libraries, system components and repeats
 * were left out of the ledger. Those are summarized here rather than stored one by one: they need no
 * licence of their own, and as installs they would swell every count and the "to verify" list.
 */
export function describeCapture(entry: PlannedEntry, date: string, language: Language): string {
  const sources = [...new Set(entry.items.map((i) => i.machine.source))]
    .map((source) => translate(language, { key: `capture:sources.${source}` }))
    .join(language === 'en' ? ', ' : '、');
  return translate(language, {
    key: 'capture:notes.summary',
    params: {
      date,
      sources,
      installs: entry.installs.length,
      update: entry.hidden.update,
      driver: entry.hidden.driver,
      runtime: entry.hidden.runtime,
      library: entry.hidden.library,
      system: entry.hidden['system-component'],
      duplicates: entry.duplicates,
    },
  });
}

/** Notes with the previous capture line (in any interface language) replaced by the new one. */
export function replaceCaptureLine(notes: string, line: string): string {
  const markers = LANGUAGES.map((language) => translate(language, { key: 'capture:notes.marker' }));
  const kept = notes
    .split(/\r?\n/)
    .filter((text) => !markers.some((marker) => text.startsWith(marker)))
    .join('\n')
    .trimEnd();
  const joined = kept === '' ? line : `${kept}\n${line}`;
  return joined.length <= MAX_NOTES ? joined : joined.slice(joined.length - MAX_NOTES);
}

export interface ApplyOptions {
  newId: () => string;
  /** The capture line for an entry's notes. */
  describe: (entry: PlannedEntry) => string;
}

/**
 * Writes confirmed entries into the office document (called inside one store update): new machines
 * with their installs, or existing machines and installs updated in place. Installs the capture did
 * not find are kept: they may be portable programs the clerk recorded by hand.
 */
export function applyCaptureImport(
  doc: OfficeDoc,
  entries: readonly PlannedEntry[],
  options: ApplyOptions,
): CaptureImportResult {
  const result: CaptureImportResult = {
    created: 0,
    updated: 0,
    installsAdded: 0,
    installsUpdated: 0,
    machines: [],
  };
  const installById = new Map(doc.installs.map((i) => [i.id, i]));
  for (const entry of entries) {
    let machine: Machine | undefined;
    if (entry.match) {
      machine = doc.machines.find((m) => m.id === entry.match?.machine.id);
      if (!machine) continue;
      Object.assign(machine, entry.machine, { id: machine.id, notes: machine.notes });
      result.updated++;
    } else {
      machine = { ...entry.machine, id: options.newId() };
      doc.machines.push(machine);
      result.created++;
    }
    machine.notes = replaceCaptureLine(machine.notes, options.describe(entry));
    result.machines.push({
      id: machine.id,
      assetNo: machine.assetNo,
      action: entry.match ? 'update' : 'create',
    });
    for (const planned of entry.installs) {
      const stored = planned.existing ? installById.get(planned.existing.id) : undefined;
      if (stored) {
        if (planned.change === 'update') {
          Object.assign(stored, planned.next, { evidence: { ...planned.next.evidence } });
          result.installsUpdated++;
        }
        continue;
      }
      const install: Install = {
        ...planned.next,
        evidence: { ...planned.next.evidence },
        id: options.newId(),
        machineId: machine.id,
      };
      doc.installs.push(install);
      result.installsAdded++;
    }
  }
  return result;
}
