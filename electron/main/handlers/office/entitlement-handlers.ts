import { findEdition } from '../../../../shared/catalog';
import { ApiFailure, type officeMethods } from '../../../../shared/contract';
import type { Entitlement } from '../../../../shared/model';
import { computeOverview } from '../../../../shared/office/overview';
import type { EntitlementView, ReconcileView } from '../../../../shared/office/views';
import type { HandlerMap } from '../types';
import { deriveOffice, getCatalog, memoByRevision } from './derive';

type LicenceMethods =
  | 'entitlements:list'
  | 'entitlements:save'
  | 'entitlements:delete'
  | 'entitlements:reconcile'
  | 'rules:get'
  | 'rules:save'
  | 'office:overview';

/** Licences owned (授权台账), their reconciliation against installs, the rule options and the overview. */
export const entitlementHandlers = {
  'entitlements:list': async (_input, { app }) => {
    const doc = app.workspace().office.data;
    const productById = new Map(getCatalog(doc).map((p) => [p.id, p]));
    const linked = new Map<string, number>();
    for (const install of doc.installs) {
      if (install.entitlementId !== null)
        linked.set(install.entitlementId, (linked.get(install.entitlementId) ?? 0) + 1);
    }
    return doc.entitlements.map(
      (e): EntitlementView => ({
        ...e,
        productName: productById.get(e.productId)?.name ?? null,
        linkedInstalls: linked.get(e.id) ?? 0,
      }),
    );
  },

  'entitlements:save': async ({ id, draft }, { app }) => {
    const office = app.workspace().office;
    const product = getCatalog(office.data).find((p) => p.id === draft.productId);
    if (!product) {
      throw new ApiFailure('not_found', { key: 'software:errors.productNotFound' }, [
        { path: 'productId', message: { key: 'software:errors.productNotFound' } },
      ]);
    }
    const existing = id === undefined ? undefined : office.data.entitlements.find((e) => e.id === id);
    if (id !== undefined && !existing)
      throw new ApiFailure('not_found', { key: 'office:errors.entitlementNotFound' });
    const entitlement: Entitlement = { ...draft, id: id ?? app.options.newId() };
    await office.update((d) => {
      if (existing) Object.assign(existing, entitlement);
      else d.entitlements.push(entitlement);
    });
    const linkedInstalls = office.data.installs.filter((i) => i.entitlementId === entitlement.id).length;
    return { ...entitlement, productName: product.name, linkedInstalls };
  },

  'entitlements:delete': async ({ ids }, { app }) => {
    const office = app.workspace().office;
    const wanted = new Set(ids);
    const before = office.data.entitlements.length;
    await office.update((d) => {
      d.entitlements = d.entitlements.filter((e) => !wanted.has(e.id));
      // Installs keep their own evidence; only the link to the deleted licence goes.
      for (const install of d.installs) {
        if (install.entitlementId !== null && wanted.has(install.entitlementId)) install.entitlementId = null;
      }
    });
    return { deleted: before - office.data.entitlements.length };
  },

  'entitlements:reconcile': async (_input, { app }) => {
    const derived = deriveOffice(app);
    return derived.reconciliation.rows.map((row): ReconcileView => {
      const product = derived.productById.get(row.productId) ?? null;
      return {
        key: `${row.productId}|${row.edition}|${row.channelGroup}`,
        productId: row.productId,
        productName: product?.name ?? null,
        edition: row.edition,
        editionName: product ? (findEdition(product, row.edition)?.name ?? null) : null,
        channel: row.channelGroup,
        consumesSeats: row.consumesSeats,
        installs: row.installs,
        seats: row.seats,
        surplus: row.surplus,
        shortfall: row.shortfall,
        overDeployed: row.overDeployed,
        entitlementIds: row.entitlementIds,
      };
    });
  },

  'rules:get': async (_input, { app }) => app.workspace().office.data.ruleOptions,

  'rules:save': async (options, { app }) => {
    await app.workspace().office.update((d) => {
      d.ruleOptions = options;
    });
    return options;
  },

  'office:overview': async (_input, { app }) =>
    memoByRevision(app, 'office:overview', () => {
      const doc = app.workspace().office.data;
      const derived = deriveOffice(app);
      return computeOverview({
        machines: doc.machines,
        installs: doc.installs,
        byInstall: derived.byInstall,
        reconciliation: derived.reconciliation,
        productById: derived.productById,
        hasProfile: doc.profile !== null,
      });
    }),
} satisfies HandlerMap<LicenceMethods & keyof typeof officeMethods>;
