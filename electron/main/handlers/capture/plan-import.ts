import type { CapturedMachine } from '../../../../shared/capture/captured';
import {
  capturedToInstallDrafts,
  capturedToMachineDraft,
  type MachineMatch,
  type MatchKey,
  matchMachine,
  type NormalizeFn,
} from '../../../../shared/capture/match';
import { mergeCapturedMachines } from '../../../../shared/capture/merge';
import type { CaptureFieldChange, HiddenCounts } from '../../../../shared/contract';
import type { Install, InstallDraft, Machine, MachineDraft } from '../../../../shared/model';
import { toInstallIdentity } from '../../../../shared/office/image';
import { cleanName } from '../../../../shared/office/text';
import { mergeInstall } from './merge-install';

/** One captured computer and the file it came from ('' for a scan). */
export interface CaptureItem {
  file: string;
  machine: CapturedMachine;
}

/** One install the import writes: new, or an existing one with the captured facts. */
export interface PlannedInstall {
  draft: InstallDraft;
  existing: Install | null;
  /** The install as it will be stored, without id and machine. */
  next: InstallDraft;
  change: 'add' | 'update' | 'same';
}

/** What the import will do for one computer. */
export interface PlannedEntry {
  key: string;
  items: CaptureItem[];
  /** All captures of this computer folded into one. */
  captured: CapturedMachine;
  match: MachineMatch | null;
  /** Set when this computer was joined with an earlier capture of the same import. */
  joinedBy: MatchKey | null;
  machine: MachineDraft;
  changes: CaptureFieldChange[];
  installs: PlannedInstall[];
  keptInstalls: number;
  hidden: HiddenCounts;
  /** Captured repeats plus installs that named the same product and edition as an earlier one. */
  duplicates: number;
  /** The installs dropped as repeats of an earlier one on the same machine (listed in the detail). */
  repeats: InstallDraft[];
}

export interface PlanContext {
  machines: Machine[];
  installs: readonly Install[];
  normalize: NormalizeFn;
  /** Proposes asset numbers for new machines, given those already taken (upper-cased keys). */
  proposeAssetNo: (draft: MachineDraft, taken: Set<string>) => string;
  assetKey: (assetNo: string) => string;
}

/**
 * Works out what importing captures does, without changing anything: each capture is matched to an
 * existing machine (serial, then UUID, then host name) or to an earlier capture of the same import,
 * so the JSON and the XML inventory of one computer become one machine, and a re-import updates it.
 */
export function planCaptureImport(items: readonly CaptureItem[], ctx: PlanContext): PlannedEntry[] {
  interface Group {
    items: CaptureItem[];
    match: MachineMatch | null;
    joinedBy: MatchKey | null;
    /** The identifiers of a group not in the ledger, for matching later captures of this import. */
    ids: Machine | null;
  }
  const groups: Group[] = [];
  const fresh: Machine[] = [];
  for (const item of items) {
    const match = matchMachine(item.machine, ctx.machines);
    if (match) {
      const same = groups.find((g) => g.match?.machine.id === match.machine.id);
      if (same) same.items.push(item);
      else groups.push({ items: [item], match, joinedBy: null, ids: null });
      continue;
    }
    // Not in the ledger: it may still be a computer already captured in this same import.
    const earlier = matchMachine(item.machine, fresh);
    const group = earlier ? groups[Number(earlier.machine.id)] : undefined;
    if (earlier && group?.ids) {
      group.items.push(item);
      group.joinedBy ??= earlier.by;
      fillIds(group.ids, capturedToMachineDraft(item.machine));
    } else {
      const ids: Machine = { ...capturedToMachineDraft(item.machine), id: String(groups.length) };
      groups.push({ items: [item], match: null, joinedBy: null, ids });
      fresh.push(ids);
    }
  }

  const taken = new Set(ctx.machines.map((m) => ctx.assetKey(m.assetNo)));
  const byMachine = groupInstalls(ctx.installs);
  return groups.map((group, index) => {
    const captured =
      group.items.length === 1 && group.items[0]
        ? group.items[0].machine
        : mergeCapturedMachines(group.items.map((i) => i.machine));
    const draft = capturedToMachineDraft(captured);
    const existing = group.match?.machine ?? null;
    let machine: MachineDraft;
    let changes: CaptureFieldChange[] = [];
    if (existing) {
      ({ machine, changes } = updateMachine(existing, captured, draft));
    } else {
      machine = { ...draft, assetNo: ctx.proposeAssetNo(draft, taken) };
      taken.add(ctx.assetKey(machine.assetNo));
    }
    const { drafts, repeats } = dedupeDrafts(capturedToInstallDrafts(captured, { normalize: ctx.normalize }));
    const current = existing ? (byMachine.get(existing.id) ?? []) : [];
    const installs = planInstalls(drafts, current);
    const claimed = installs.filter((i) => i.existing !== null).length;
    return {
      key: String(index + 1),
      items: group.items,
      captured,
      match: group.match,
      joinedBy: group.joinedBy,
      machine,
      changes,
      installs,
      keptInstalls: current.length - claimed,
      hidden: countHidden(captured),
      duplicates: captured.programs.filter((p) => p.duplicateOf !== null).length + repeats.length,
      repeats,
    };
  });
}

// The first non-empty identifier wins, as mergeCapturedMachines does for the machine itself.
function fillIds(ids: Machine, draft: MachineDraft): void {
  ids.hostname ||= draft.hostname;
  ids.serial ||= draft.serial;
  ids.uuid ||= draft.uuid;
}

function groupInstalls(installs: readonly Install[]): Map<string, Install[]> {
  const map = new Map<string, Install[]>();
  for (const install of installs) {
    const list = map.get(install.machineId);
    if (list) list.push(install);
    else map.set(install.machineId, [install]);
  }
  return map;
}

/**
 * An existing machine with what the capture knows better: the current host name, the architecture
 * and chassis when the capture tells them; serial, UUID, brand and model only where none was recorded
 * (what the clerk typed is kept). Asset number, user, department and status are never touched.
 */
function updateMachine(
  existing: Machine,
  captured: CapturedMachine,
  draft: MachineDraft,
): { machine: MachineDraft; changes: CaptureFieldChange[] } {
  const { id: _id, ...machine } = existing;
  const changes: CaptureFieldChange[] = [];
  const set = <F extends CaptureFieldChange['field']>(field: F, value: MachineDraft[F]) => {
    if (value === machine[field]) return;
    changes.push({ field, before: String(machine[field]), after: String(value) });
    machine[field] = value;
  };
  if (draft.hostname !== '') set('hostname', draft.hostname);
  for (const field of ['serial', 'uuid', 'brand', 'model'] as const) {
    if (machine[field].trim() === '' && draft[field] !== '') set(field, draft[field]);
  }
  if (captured.arch !== 'other') set('arch', captured.arch);
  if (captured.machineType !== null) set('type', captured.machineType);
  return { machine, changes };
}

/** Two rows for one product and edition on one machine would count two licences: keep the first. */
function dedupeDrafts(drafts: InstallDraft[]): { drafts: InstallDraft[]; repeats: InstallDraft[] } {
  const seen = new Set<string>();
  const kept: InstallDraft[] = [];
  const repeats: InstallDraft[] = [];
  for (const draft of drafts) {
    const identity = toInstallIdentity(draft);
    if (seen.has(identity)) {
      repeats.push(draft);
      continue;
    }
    seen.add(identity);
    kept.push(draft);
  }
  return { drafts: kept, repeats };
}

/**
 * Pairs each captured install with the machine's recorded one it describes: same product and
 * edition, else the same product in another edition, else the same raw name. Each recorded install is
 * used once; the rest are new.
 */
function planInstalls(drafts: InstallDraft[], current: readonly Install[]): PlannedInstall[] {
  const free = new Set(current);
  const claim = (fits: (install: Install) => boolean): Install | null => {
    for (const install of free) {
      if (fits(install)) {
        free.delete(install);
        return install;
      }
    }
    return null;
  };
  return drafts.map((draft) => {
    const identity = toInstallIdentity(draft);
    const raw = cleanName(draft.rawName);
    const existing =
      claim((i) => toInstallIdentity(i) === identity) ??
      (draft.productId !== null ? claim((i) => i.productId === draft.productId) : null) ??
      claim((i) => cleanName(i.rawName) === raw);
    if (!existing) return { draft, existing: null, next: draft, change: 'add' };
    const next = mergeInstall(existing, draft);
    return { draft, existing, next, change: isSameInstall(existing, next) ? 'same' : 'update' };
  });
}

function isSameInstall(a: InstallDraft, b: InstallDraft): boolean {
  return (
    a.productId === b.productId &&
    a.rawName === b.rawName &&
    a.version === b.version &&
    a.edition === b.edition &&
    a.category === b.category &&
    a.channel === b.channel &&
    a.evidence.activation === b.evidence.activation &&
    a.evidence.productIdOem === b.evidence.productIdOem &&
    a.evidence.kmsHost === b.evidence.kmsHost
  );
}

/** Hidden entries by kind; repeats of a visible program are counted as duplicates instead. */
function countHidden(captured: CapturedMachine): HiddenCounts {
  const counts: HiddenCounts = { update: 0, driver: 0, runtime: 0, library: 0, 'system-component': 0 };
  for (const program of captured.programs) {
    if (program.duplicateOf !== null || !program.hidden || program.kind === 'application') continue;
    counts[program.kind]++;
  }
  return counts;
}
