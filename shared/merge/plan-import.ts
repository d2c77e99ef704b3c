import type { Message } from '../i18n';
import { identifyUnitByFileName, type NamedUnit } from './identify-unit';
import type {
  FileIssue,
  FileResult,
  MergeState,
  ParsedFile,
  ParsedReturn,
  RejectedFile,
  StoredReturn,
} from './merge-types';

/** What the merge rules need to know besides the files: the period, the roster and the package. */
export interface ImportContext {
  period: string;
  roster: readonly NamedUnit[];
  /** Reporting packages issued for the period; empty when none was issued (nothing to check). */
  issuedPackageIds: ReadonlySet<string>;
  importedAt: string;
}

export interface ImportPlan {
  state: MergeState;
  /** One result per input file, in input order. */
  results: FileResult[];
  /** Hashes of returns stored by this batch (their files must be kept). */
  storedShas: string[];
}

/**
 * Applies the merge rules to a batch of parsed files. Identity is unit code + period; a file seen
 * before changes nothing; a newer export supersedes the current return (kept as history); an
 * older one is refused; a unit not on the roster is held as unassigned. Files are taken oldest
 * export first so that two returns of one unit in the same batch both end up kept.
 */
export function planImport(state: MergeState, files: readonly ParsedFile[], ctx: ImportContext): ImportPlan {
  const returns = state.returns.map((r) => ({ ...r }));
  const rejected = [...state.rejected];
  const bySha = new Map(returns.map((r) => [r.sha, r]));
  const rosterCodes = new Set(ctx.roster.map((u) => u.code));
  const mappings = collectMappings(returns, ctx.period);
  const results: FileResult[] = new Array(files.length);
  const storedShas: string[] = [];

  const reject = (index: number, entry: Omit<RejectedFile, 'at' | 'period'>) => {
    const record: RejectedFile = { ...entry, period: ctx.period, at: ctx.importedAt };
    if (!rejected.some((r) => isSameRejection(r, record))) rejected.push(record);
    results[index] = {
      fileName: entry.fileName,
      sha: entry.sha,
      unitCode: entry.unitCode,
      unitName: entry.unitName,
      status: 'rejected',
      issues: entry.reasons,
      notes: [],
    };
  };

  const order = files.map((file, index) => ({ file, index }));
  order.sort((a, b) => exportTime(a.file) - exportTime(b.file) || a.index - b.index);

  for (const { file, index } of order) {
    if (file.kind === 'rejected') {
      const known = file.unitCode ?? identifyUnitByFileName(file.fileName, ctx.roster)?.code ?? null;
      const name = file.unitName || ctx.roster.find((u) => u.code === known)?.name || '';
      reject(index, {
        sha: file.sha,
        fileName: file.fileName,
        unitCode: known,
        unitName: name,
        reasons: file.reasons,
      });
      continue;
    }
    const ret = file.ret;
    const seen = bySha.get(ret.sha);
    if (seen) {
      results[index] = {
        ...resultOf(ret, 'already_imported', []),
        notes: [{ key: 'central:merge.alreadyImported', params: { state: seen.state, period: seen.period } }],
      };
      continue;
    }
    const refuse = (message: Message) =>
      reject(index, {
        sha: ret.sha,
        fileName: ret.fileName,
        unitCode: ret.unitCode,
        unitName: ret.unitName,
        reasons: [issue('error', message)],
      });
    if (ret.period !== ctx.period) {
      refuse({ key: 'central:merge.wrongPeriod', params: { found: ret.period, period: ctx.period } });
      continue;
    }
    const warnings = [...ret.warnings];
    if (ctx.issuedPackageIds.size > 0 && !ctx.issuedPackageIds.has(ret.packageId)) {
      warnings.push(
        issue('warning', { key: 'central:merge.otherPackage', params: { packageId: ret.packageId || '—' } }),
      );
    }
    const mapped = mappings.get(ret.unitCode);
    const assignedCode = rosterCodes.has(ret.unitCode) ? ret.unitCode : (mapped ?? ret.unitCode);
    const isOnRoster = rosterCodes.has(assignedCode);
    const live = returns.find(
      (r) => r.period === ctx.period && r.assignedCode === assignedCode && r.state !== 'superseded',
    );
    const notes: Message[] = [];
    if (live) {
      const diff = Date.parse(ret.exportedAt) - Date.parse(live.exportedAt);
      if (diff < 0) {
        refuse({
          key: 'central:merge.older',
          params: { exportedAt: ret.exportedAt, current: live.exportedAt },
        });
        continue;
      }
      if (diff === 0) {
        refuse({ key: 'central:merge.sameTime', params: { exportedAt: ret.exportedAt } });
        continue;
      }
      live.state = 'superseded';
      live.supersededBy = ret.sha;
      notes.push({ key: 'central:merge.supersedes', params: { exportedAt: live.exportedAt } });
    }
    if (assignedCode !== ret.unitCode)
      notes.push({ key: 'central:merge.mapped', params: { code: assignedCode } });
    if (!isOnRoster) notes.push({ key: 'central:merge.unassigned', params: { code: ret.unitCode } });
    const stored: StoredReturn = {
      ...ret,
      warnings,
      assignedCode,
      state: isOnRoster ? 'current' : 'unassigned',
      importedAt: ctx.importedAt,
      supersededBy: null,
    };
    returns.push(stored);
    bySha.set(stored.sha, stored);
    storedShas.push(stored.sha);
    results[index] = {
      ...resultOf(ret, warnings.length > 0 ? 'accepted_with_warnings' : 'accepted', warnings),
      notes,
    };
  }
  return { state: { returns, rejected }, results, storedShas };
}

/** Builds an issue without a location (a rule about the whole file). */
export function issue(severity: FileIssue['severity'], message: Message): FileIssue {
  return { severity, sheet: null, row: null, column: null, message };
}

/** File unit code → roster code, learnt from returns the user already mapped in this period. */
function collectMappings(returns: readonly StoredReturn[], period: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of returns) {
    if (r.period === period && r.state !== 'unassigned' && r.assignedCode !== r.unitCode)
      out.set(r.unitCode, r.assignedCode);
  }
  return out;
}

function resultOf(ret: ParsedReturn, status: FileResult['status'], issues: FileIssue[]): FileResult {
  return {
    fileName: ret.fileName,
    sha: ret.sha,
    unitCode: ret.unitCode,
    unitName: ret.unitName,
    status,
    issues,
    notes: [],
  };
}

function exportTime(file: ParsedFile): number {
  return file.kind === 'parsed' ? Date.parse(file.ret.exportedAt) : Number.NEGATIVE_INFINITY;
}

function isSameRejection(a: RejectedFile, b: RejectedFile): boolean {
  if (a.period !== b.period) return false;
  if (a.sha !== null || b.sha !== null) return a.sha === b.sha;
  return a.fileName === b.fileName;
}
