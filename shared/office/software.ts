import type { Product } from '../catalog/product';
import type { Classification } from '../licensing/classify';
import type { Install, Machine } from '../model';
import { createMissingEvidenceTest } from './evidence';
import { cleanName, createNameKeyer } from './text';
import type { InstallFilter, SoftwareList, SoftwareRow, UnknownName } from './views';

/** What the cross-machine lists need besides the installs themselves. */
export interface SoftwareContext {
  machines: readonly Machine[];
  byInstall: ReadonlyMap<string, Classification>;
  productById: ReadonlyMap<string, Product>;
  overDeployed: ReadonlySet<string>;
}

const SAMPLE_SIZE = 5;

/** Counts installs per product (and per unknown raw name) across the unit's machines that are not scrapped. */
export function summarizeSoftware(installs: readonly Install[], ctx: SoftwareContext): SoftwareList {
  const live = new Map(ctx.machines.filter((m) => m.status !== 'scrapped').map((m) => [m.id, m]));
  const rows = new Map<string, SoftwareRow & { machineIds: Set<string> }>();
  const unknown = new Map<string, UnknownName & { machineIds: Set<string> }>();
  const toNameKey = createNameKeyer();
  for (const install of installs) {
    const machine = live.get(install.machineId);
    if (!machine) continue;
    const product = install.productId === null ? null : (ctx.productById.get(install.productId) ?? null);
    const key = product ? product.id : `raw:${toNameKey(install.rawName)}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        productId: product?.id ?? null,
        rawName: install.rawName,
        name: product?.name ?? null,
        category: product?.category ?? install.category,
        domestic: product?.domestic ?? null,
        installs: 0,
        machines: 0,
        genuine: 0,
        notGenuine: 0,
        toVerify: 0,
        machineIds: new Set(),
      };
      rows.set(key, row);
    }
    row.installs += 1;
    row.machineIds.add(machine.id);
    const status = ctx.byInstall.get(install.id)?.status ?? 'to_verify';
    if (status === 'genuine') row.genuine += 1;
    else if (status === 'not_genuine') row.notGenuine += 1;
    else row.toVerify += 1;
    if (product) continue;
    let entry = unknown.get(key);
    if (!entry) {
      entry = {
        rawName: install.rawName,
        installs: 0,
        machines: 0,
        sampleAssetNos: [],
        machineIds: new Set(),
      };
      unknown.set(key, entry);
    }
    entry.installs += 1;
    if (!entry.machineIds.has(machine.id)) {
      entry.machineIds.add(machine.id);
      if (entry.sampleAssetNos.length < SAMPLE_SIZE) entry.sampleAssetNos.push(machine.assetNo);
    }
  }
  const byInstallsDesc = (a: { installs: number }, b: { installs: number }) => b.installs - a.installs;
  return {
    rows: [...rows.values()]
      .map(({ machineIds, ...row }) => ({ ...row, machines: machineIds.size }))
      .sort(byInstallsDesc),
    unknown: [...unknown.values()]
      .map(({ machineIds, ...entry }) => ({ ...entry, machines: machineIds.size }))
      .sort(byInstallsDesc),
  };
}

/** A test for whether an install belongs in the list a filter asks for (every given field must match). */
export function createInstallMatcher(
  filter: InstallFilter,
  ctx: SoftwareContext,
): (install: Install) => boolean {
  const isMissingEvidence = createMissingEvidenceTest();
  const toNameKey = createNameKeyer();
  const wantedName = filter.rawName === undefined ? undefined : cleanName(filter.rawName);
  return (install) =>
    matchesInstallFilter(install, filter, ctx, { isMissingEvidence, toNameKey, wantedName });
}

interface MatchHelpers {
  isMissingEvidence: (install: Install, product: Product | null) => boolean;
  toNameKey: (raw: string) => string;
  wantedName: string | undefined;
}

function matchesInstallFilter(
  install: Install,
  filter: InstallFilter,
  ctx: SoftwareContext,
  helpers: MatchHelpers,
): boolean {
  const product = install.productId === null ? null : (ctx.productById.get(install.productId) ?? null);
  if (filter.productId !== undefined && install.productId !== filter.productId) return false;
  if (
    helpers.wantedName !== undefined &&
    (product !== null || helpers.toNameKey(install.rawName) !== helpers.wantedName)
  )
    return false;
  if (filter.category !== undefined && (product?.category ?? install.category) !== filter.category)
    return false;
  if (filter.entitlementId !== undefined && install.entitlementId !== filter.entitlementId) return false;
  const status = ctx.byInstall.get(install.id)?.status ?? 'to_verify';
  if (filter.status !== undefined && status !== filter.status) return false;
  switch (filter.issue) {
    case undefined:
      return true;
    case 'not_genuine':
    case 'to_verify':
      return status === filter.issue;
    case 'no_evidence':
      return helpers.isMissingEvidence(install, product);
    case 'over_deployed':
      return ctx.overDeployed.has(install.id);
    case 'unknown':
      return product === null;
  }
}

/** The installs a filter asks for, on machines that are not scrapped (as the overview counts them). */
export function filterInstalls(
  installs: readonly Install[],
  filter: InstallFilter,
  ctx: SoftwareContext,
): Install[] {
  const live = new Set(ctx.machines.filter((m) => m.status !== 'scrapped').map((m) => m.id));
  const matches = createInstallMatcher(filter, ctx);
  return installs.filter((i) => live.has(i.machineId) && matches(i));
}
