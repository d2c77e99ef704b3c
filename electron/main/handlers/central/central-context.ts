import { BUILTIN_PRODUCTS } from '../../../../shared/catalog/builtin-products';
import { mergeCatalog } from '../../../../shared/catalog/catalog-store';
import type { Product } from '../../../../shared/catalog/product';
import { ApiFailure, type ReturnListItem } from '../../../../shared/contract';
import type { Message } from '../../../../shared/i18n';
import { translate } from '../../../../shared/i18n';
import type { StoredReturn } from '../../../../shared/merge/merge-types';
import type { UnitProfile } from '../../../../shared/model';
import { computeRecovery, type Recovery } from '../../../../shared/roster/recovery';
import type { RosterUnit } from '../../../../shared/roster/roster';
import {
  type CentralContext,
  DEFAULT_FILE_TIMEOUT_MS,
  DEFAULT_MAX_FILE_BYTES,
  getParsePool,
} from '../../central/central-context';
import type { Host } from '../../host';
import type { AppService } from '../../services/app-service';
import type { CentralDoc } from '../../store/central-doc';

/** The central services' view of the open workspace. */
export function centralContext(app: AppService, host: Host): CentralContext {
  const ws = app.workspace();
  return {
    dir: ws.dir,
    doc: ws.central,
    backup: (reason) => app.backup(reason),
    progress: (event) => host.emit('progress', event),
    catalog: () => centralCatalog(ws.office.data.userCatalog, ws.central.data),
    now: app.options.now,
    pool: getParsePool(),
    limits: { timeoutMs: DEFAULT_FILE_TIMEOUT_MS, maxBytes: DEFAULT_MAX_FILE_BYTES },
  };
}

/** Built-in products, the user's own and those a received reporting package added. */
export function centralCatalog(userCatalog: readonly Product[], doc: CentralDoc): Product[] {
  const merged = mergeCatalog(BUILTIN_PRODUCTS, userCatalog).catalog;
  const ids = new Set(merged.map((p) => p.id));
  for (const p of doc.activePackage?.catalogAdditions ?? []) if (!ids.has(p.id)) merged.push(p);
  return merged;
}

/** The dialog text in the user's language. */
export function dialogText(app: AppService, key: string, params?: Message['params']): string {
  return translate(app.language, { key: `central:dialogs.${key}`, params });
}

/** The roster units of a period. */
export function rosterOf(doc: CentralDoc, period: string): RosterUnit[] {
  return doc.rosters.find((r) => r.period === period)?.units ?? [];
}

/** Replaces (or creates) the roster of a period inside an update. */
export function setRoster(doc: CentralDoc, period: string, units: RosterUnit[]): void {
  const roster = doc.rosters.find((r) => r.period === period);
  if (roster) roster.units = units;
  else doc.rosters.push({ period, units });
}

/** The return rate of a period with the refused files of units that have nothing accepted. */
export function recoveryOf(doc: CentralDoc, period: string): Recovery {
  const returned = new Set(
    doc.returns.filter((r) => r.period === period && r.state === 'current').map((r) => r.assignedCode),
  );
  const attempts = doc.rejected.flatMap((r) =>
    r.period === period && r.unitCode !== null
      ? [{ unitCode: r.unitCode, fileName: r.fileName, reasons: r.reasons.map((i) => i.message) }]
      : [],
  );
  return computeRecovery(rosterOf(doc, period), returned, attempts);
}

/** A stored return as the lists show it. */
export function toListItem(r: StoredReturn): ReturnListItem {
  const { summary, ...rest } = r;
  let installed = 0;
  let needed = 0;
  for (const counts of Object.values(summary.byCategory)) {
    installed += counts.installed;
    needed += counts.needed;
  }
  return { ...rest, computers: summary.computers, installed, needed, genuineRate: summary.genuineRate };
}

/** The unit profile of this workspace, which reports and packages are issued under. */
export function requireProfile(app: AppService): UnitProfile {
  const profile = app.workspace().office.data.profile;
  if (!profile) throw new ApiFailure('not_found', { key: 'central:errors.noProfile' });
  return profile;
}

/** File names are built from unit names and periods; characters Windows forbids are replaced. */
export function safeFileName(name: string): string {
  const safe = Array.from(name, (ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch));
  return safe.join('').slice(0, 180);
}
