import type { Message } from '../i18n';
import type { CentralSummary } from '../stats/central-summary';

/** A problem found in a return file, located as precisely as the validator could. */
export interface FileIssue {
  severity: 'error' | 'warning';
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: Message;
}

export type DigestState = 'unchanged' | 'edited' | 'missing';

/** What identifies a return and what the statistics need from it; every install row stays in the file. */
export interface ParsedReturn {
  sha: string;
  fileName: string;
  bytes: number;
  period: string;
  /** The unit code written in the file. */
  unitCode: string;
  unitName: string;
  parentCode: string;
  parentName: string;
  exportedAt: string;
  packageId: string;
  digestState: DigestState;
  warnings: FileIssue[];
  summary: CentralSummary;
}

/** One file of an import batch after parsing: a usable return, or a refusal with reasons. */
export type ParsedFile =
  | { kind: 'parsed'; ret: ParsedReturn }
  | {
      kind: 'rejected';
      sha: string | null;
      fileName: string;
      /** The unit the file belongs to, when the file or its name says so. */
      unitCode: string | null;
      unitName: string;
      period: string | null;
      reasons: FileIssue[];
    };

/** current: counts in the statistics; superseded: kept as history; unassigned: unit not on the roster. */
export type ReturnState = 'current' | 'superseded' | 'unassigned';

/** A stored return: the index entry and summary of one file kept as received. */
export interface StoredReturn extends ParsedReturn {
  /** The unit the return counts for (the file's code, or the roster unit it was mapped to). */
  assignedCode: string;
  state: ReturnState;
  importedAt: string;
  /** Set when a newer return took this one's place. */
  supersededBy: string | null;
}

/** A file refused at import, kept so that the return rate can name its unit. */
export interface RejectedFile {
  sha: string | null;
  fileName: string;
  period: string;
  unitCode: string | null;
  unitName: string;
  at: string;
  reasons: FileIssue[];
}

/** The same asset number or serial number reported by more than one unit. */
export interface KeyConflict {
  period: string;
  kind: 'asset_no' | 'serial';
  value: string;
  units: Array<{ unitCode: string; sha: string }>;
}

/** Asset and serial numbers of one return, kept beside the file for conflict checks. */
export interface ReturnKeys {
  assetNos: string[];
  serials: string[];
}

/** The part of central.json the merge rules read and write. */
export interface MergeState {
  returns: StoredReturn[];
  rejected: RejectedFile[];
}

export type FileStatus = 'accepted' | 'accepted_with_warnings' | 'already_imported' | 'rejected';

/** What happened to one file of a batch, for the per-file results list. */
export interface FileResult {
  fileName: string;
  sha: string | null;
  unitCode: string | null;
  unitName: string;
  status: FileStatus;
  /** Warnings of an accepted file, or the reasons for a refusal. */
  issues: FileIssue[];
  /** Extra facts about an accepted file: superseded an older return, held as unassigned. */
  notes: Message[];
}

/** The outcome of one import batch. */
export interface ImportBatch {
  period: string;
  startedAt: string;
  durationMs: number;
  results: FileResult[];
}

/** How many files of a batch ended which way. */
export interface BatchCounts {
  total: number;
  accepted: number;
  acceptedWithWarnings: number;
  alreadyImported: number;
  rejected: number;
}

/** Counts the files of a batch by outcome. */
export function countResults(results: readonly FileResult[]): BatchCounts {
  const counts: BatchCounts = {
    total: results.length,
    accepted: 0,
    acceptedWithWarnings: 0,
    alreadyImported: 0,
    rejected: 0,
  };
  for (const r of results) {
    if (r.status === 'accepted') counts.accepted++;
    else if (r.status === 'accepted_with_warnings') counts.acceptedWithWarnings++;
    else if (r.status === 'already_imported') counts.alreadyImported++;
    else counts.rejected++;
  }
  return counts;
}
