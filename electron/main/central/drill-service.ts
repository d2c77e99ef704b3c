import type { StoredReturn } from '../../../shared/merge/merge-types';
import type { DrillMetric, DrillRow, DrillScope } from '../../../shared/stats/central-drill';
import type { CentralContext } from './central-context';
import type { DrillTask } from './return-file-tasks';
import { returnFilePath, returnsDir } from './return-store';

/** One page of the rows behind a figure. */
export interface DrillPage {
  total: number;
  offset: number;
  rows: DrillRow[];
  /** Names of the units the rows belong to, by code. */
  unitNames: Record<string, string>;
  /** How many return files were opened to answer. */
  files: number;
}

export interface DrillRequest {
  period: string;
  scope: DrillScope;
  metric: DrillMetric;
  offset: number;
  limit: number;
}

// Paging through one figure's rows reopens nothing: the last answer is kept until another is asked.
let last: { key: string; rows: DrillRow[]; unitNames: Record<string, string>; files: number } | null = null;

/** Opens the return files behind a figure (in the worker pool) and lists the rows it counts. */
export async function drillDown(ctx: CentralContext, request: DrillRequest): Promise<DrillPage> {
  const { sources, unitNames } = selectSources(ctx, request);
  // The key names the very files read, so a changed roster or a new import never reuses old rows.
  const key = JSON.stringify([ctx.dir, request.metric, sources.map((s) => s.ret.sha)]);
  if (last?.key !== key)
    last = { key, rows: await readRows(ctx, sources, request.metric), unitNames, files: sources.length };
  const { rows, files } = last;
  return {
    total: rows.length,
    offset: request.offset,
    rows: rows.slice(request.offset, request.offset + request.limit),
    unitNames,
    files,
  };
}

/** Forgets the kept answer (after an import), so its rows do not hold memory. */
export function forgetDrill(): void {
  last = null;
}

interface Source {
  code: string;
  ret: StoredReturn;
}

function selectSources(ctx: CentralContext, request: DrillRequest) {
  const doc = ctx.doc.data;
  const roster = doc.rosters.find((r) => r.period === request.period)?.units ?? [];
  const { scope } = request;
  const inScope = roster.filter((u) =>
    scope.kind === 'total'
      ? true
      : scope.kind === 'parent'
        ? u.parentCode === scope.code
        : u.code === scope.code,
  );
  const current = new Map<string, StoredReturn>();
  for (const r of doc.returns)
    if (r.period === request.period && r.state === 'current') current.set(r.assignedCode, r);
  const unitNames: Record<string, string> = {};
  const sources: Source[] = [];
  for (const unit of inScope) {
    unitNames[unit.code] = unit.name;
    const ret = current.get(unit.code);
    if (!ret) continue;
    sources.push({ code: unit.code, ret });
    for (const child of ret.summary.children) unitNames[child.unitCode] ??= child.unitName;
  }
  return { sources, unitNames };
}

async function readRows(
  ctx: CentralContext,
  sources: readonly Source[],
  metric: DrillMetric,
): Promise<DrillRow[]> {
  ctx.pool.configure({ catalog: ctx.catalog() });
  const dir = returnsDir(ctx.dir);
  const parts = await Promise.all(
    sources.map(({ code, ret }) => {
      const task: DrillTask = { kind: 'drill', path: returnFilePath(dir, ret.sha), ownCode: code, metric };
      return ctx.pool.run<DrillRow[]>(task, ctx.limits.timeoutMs);
    }),
  );
  return parts.flat();
}
