import { statSync } from 'node:fs';
import { BUILTIN_PRODUCTS, findEdition, mergeCatalog, type Product } from '../../../../shared/catalog';
import {
  type Classification,
  classifyAllWithReconciliation,
  type Reconciliation,
} from '../../../../shared/licensing';
import type { Install } from '../../../../shared/model';
import type { SoftwareContext } from '../../../../shared/office/software';
import type { InstallView } from '../../../../shared/office/views';
import type { AppService } from '../../services/app-service';
import { revisionOf } from '../../store/document';
import type { OfficeDoc } from '../../store/office-doc';

/** Everything computed from the office document that the screens show but never store. */
export interface OfficeDerived extends SoftwareContext {
  catalog: Product[];
  reconciliation: Reconciliation;
}

/** The unit's catalog: built-in entries merged with the user's additions and edits (which win). */
export function getCatalog(doc: OfficeDoc): Product[] {
  return mergeCatalog(BUILTIN_PRODUCTS, doc.userCatalog).catalog;
}

/** Today's date where the clerk is (local time), as YYYY-MM-DD, for trial and subscription ends. */
export function toLocalDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Memo {
  revision: string;
  data: OfficeDoc;
  values: Map<string, unknown>;
}
let memo: Memo | null = null;

/**
 * Which version of office.json is in memory. Every change goes through one atomic write that renames
 * a new file into place, so inode, time and size change with each write whoever made it.
 */
function readRevision(app: AppService): string {
  const file = app.workspace().office.file;
  try {
    const s = statSync(file, { bigint: true });
    return `${file}|${revisionOf(file)}|${s.ino}|${s.mtimeNs}|${s.ctimeNs}|${s.size}|${toLocalDate(app.options.now())}`;
  } catch {
    return `${file}|${revisionOf(file)}|unwritten|${toLocalDate(app.options.now())}`;
  }
}

/**
 * Computes a value from the office document once per version of it: with 100,000 machines a full
 * classification takes about a second, and most calls (opening a drawer, switching screens) change
 * nothing. The cache is dropped as soon as the document is written or replaced.
 */
export function memoByRevision<T>(app: AppService, name: string, compute: () => T): T {
  const data = app.workspace().office.data;
  const revision = readRevision(app);
  if (!memo || memo.revision !== revision || memo.data !== data) memo = { revision, data, values: new Map() };
  const values = memo.values;
  if (values.has(name)) return values.get(name) as T; // stored under this name by this function with this T
  const value = compute();
  values.set(name, value);
  return value;
}

/** Classifies every install and reconciles licences, once per version of the document. */
export function deriveOffice(app: AppService): OfficeDerived {
  return memoByRevision(app, 'derived', () => computeDerived(app));
}

function computeDerived(app: AppService): OfficeDerived {
  const doc = app.workspace().office.data;
  const catalog = getCatalog(doc);
  const { results, reconciliation } = classifyAllWithReconciliation(
    doc.installs,
    doc.machines,
    doc.entitlements,
    catalog,
    doc.ruleOptions,
    { today: toLocalDate(app.options.now()) },
  );
  const byInstall = new Map<string, Classification>();
  doc.installs.forEach((install, index) => {
    const result = results[index];
    if (result) byInstall.set(install.id, result);
  });
  return {
    catalog,
    productById: new Map(catalog.map((p) => [p.id, p])),
    byInstall,
    reconciliation,
    machines: doc.machines,
    overDeployed: reconciliation.overDeployedInstallIds,
  };
}

const UNCLASSIFIED: Classification = { status: 'to_verify', reasons: [] };

/** An install with its product's names and verdict, as the screens show it. */
export function toInstallView(install: Install, derived: OfficeDerived): InstallView {
  const product = install.productId === null ? null : (derived.productById.get(install.productId) ?? null);
  const verdict = derived.byInstall.get(install.id) ?? UNCLASSIFIED;
  return {
    ...install,
    productName: product?.name ?? null,
    editionName: product ? (findEdition(product, install.edition)?.name ?? null) : null,
    status: verdict.status,
    reasons: [...verdict.reasons],
    isOverDeployed: derived.overDeployed.has(install.id),
  };
}
