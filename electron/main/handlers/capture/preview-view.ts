import type { Product } from '../../../../shared/catalog';
import type {
  CaptureEntryDetail,
  CaptureEntrySummary,
  CaptureHiddenView,
  CaptureInstallView,
} from '../../../../shared/contract';
import { type Classification, createInstallClassifier, type RuleOptions } from '../../../../shared/licensing';
import type { Entitlement, LicenceStatus } from '../../../../shared/model';
import type { PlannedEntry, PlannedInstall } from './plan-import';

/** What classifying a preview needs from the office document. */
export interface VerdictContext {
  catalog: readonly Product[];
  entitlements: readonly Entitlement[];
  ruleOptions: RuleOptions;
  today: string;
}

/** Classifies planned installs with the unit's rules, as the ledger will once they are saved. */
export function createPreviewClassifier(
  ctx: VerdictContext,
): (entry: PlannedEntry, planned: PlannedInstall) => Classification {
  const classify = createInstallClassifier(ctx.ruleOptions, ctx.today);
  const products = new Map(ctx.catalog.map((p) => [p.id, p]));
  const entitlements = new Map(ctx.entitlements.map((e) => [e.id, e]));
  return (entry, planned) => {
    const install = {
      ...planned.next,
      id: planned.existing?.id ?? 'captured',
      machineId: entry.match?.machine.id ?? 'captured',
    };
    const product = install.productId === null ? null : (products.get(install.productId) ?? null);
    const entitlement =
      install.entitlementId === null ? null : (entitlements.get(install.entitlementId) ?? null);
    return classify(install, product, entitlement);
  };
}

/** One preview row: the computer, what happens to it, and counts of installs, verdicts and hidden entries. */
export function toEntrySummary(
  entry: PlannedEntry,
  classify: (entry: PlannedEntry, planned: PlannedInstall) => Classification,
): CaptureEntrySummary {
  const verdicts: Record<LicenceStatus, number> = { genuine: 0, not_genuine: 0, to_verify: 0 };
  const installs = { added: 0, updated: 0, unchanged: 0 };
  for (const planned of entry.installs) {
    verdicts[classify(entry, planned).status]++;
    if (planned.change === 'add') installs.added++;
    else if (planned.change === 'update') installs.updated++;
    else installs.unchanged++;
  }
  return {
    key: entry.key,
    files: entry.items.map((i) => i.file).filter((file) => file !== ''),
    sources: [...new Set(entry.items.map((i) => i.machine.source))],
    action: entry.match ? 'update' : 'create',
    match: entry.match
      ? {
          machineId: entry.match.machine.id,
          assetNo: entry.match.machine.assetNo,
          by: entry.match.by,
          isAmbiguous: entry.match.isAmbiguous,
        }
      : null,
    machine: entry.machine,
    changes: entry.changes,
    os: entry.captured.os,
    installs,
    keptInstalls: entry.keptInstalls,
    verdicts,
    hidden: entry.hidden,
    duplicates: entry.duplicates,
  };
}

/** The expanded row: every install with its verdict and every entry left out of the ledger. */
export function toEntryDetail(
  entry: PlannedEntry,
  classify: (entry: PlannedEntry, planned: PlannedInstall) => Classification,
  productNames: ReadonlyMap<string, Product['name']>,
): CaptureEntryDetail {
  const installs = entry.installs.map((planned): CaptureInstallView => {
    const { next } = planned;
    const verdict = classify(entry, planned);
    return {
      rawName: next.rawName,
      version: next.version,
      productId: next.productId,
      productName: next.productId === null ? null : (productNames.get(next.productId) ?? null),
      edition: next.edition,
      category: next.category,
      channel: next.channel,
      activation: next.evidence.activation,
      kmsHost: next.evidence.kmsHost,
      productIdOem: next.evidence.productIdOem,
      status: verdict.status,
      reasons: [...verdict.reasons],
      change: planned.change,
    };
  });
  const hidden = entry.captured.programs
    .filter((p) => p.hidden || p.duplicateOf !== null)
    .map(
      (p): CaptureHiddenView => ({
        name: p.name,
        version: p.version,
        publisher: p.publisher,
        kind: p.kind,
        isDuplicate: p.duplicateOf !== null,
      }),
    );
  for (const repeat of entry.repeats) {
    hidden.push({
      name: repeat.rawName,
      version: repeat.version,
      publisher: '',
      kind: 'application',
      isDuplicate: true,
    });
  }
  return { key: entry.key, installs, hidden };
}
