import { findEdition, type Product } from '../catalog/product';
import type { Channel, Entitlement, Install, Machine } from '../model';

/** Channels grouped as the licence ledger shows them; only the first four use up purchased seats. */
export const CHANNEL_GROUPS = [
  'volume',
  'retail',
  'subscription',
  'central',
  'oem',
  'free',
  'trial',
  'unknown',
] as const;
export type ChannelGroup = (typeof CHANNEL_GROUPS)[number];

const SEAT_GROUPS: ReadonlySet<ChannelGroup> = new Set(['volume', 'retail', 'subscription', 'central']);

/** One line of the reconciliation: installs of a product edition by channel against the seats owned. */
export interface ReconcileRow {
  productId: string;
  /** Edition id, or '' for entitlements that cover any edition and installs with no edition recorded. */
  edition: string;
  channelGroup: ChannelGroup;
  /** Whether installs in this group use up purchased seats (OEM, free and trial ones do not). */
  consumesSeats: boolean;
  installs: number;
  seats: number;
  surplus: number;
  shortfall: number;
  /** Installs marked over-deployed (超授权): they found seats recorded for them but all used up. */
  overDeployed: number;
  entitlementIds: string[];
}

export interface Reconciliation {
  rows: ReconcileRow[];
  overDeployedInstallIds: Set<string>;
  /** The row whose seats an over-deployed install lacked, for the explanation. */
  rowOfOverDeployed: Map<string, ReconcileRow>;
}

interface Pool {
  entitlement: Entitlement;
  remaining: number;
  row: ReconcileRow;
}

/** Pools an install may draw from, with a cursor past the ones already used up. */
interface Candidates {
  pools: Pool[];
  cursor: number;
}

/** Maps an install or entitlement channel to its ledger group. */
export function toChannelGroup(channel: Channel): ChannelGroup {
  return channel === 'open_source' ? 'free' : channel;
}

/**
 * Reconciles installs against the licences owned. Seat-consuming installs draw first on their linked
 * entitlement, then on entitlements of the same product, channel and edition, then on ones for any
 * edition. An install that finds such seats but all used up is over-deployed; one with no recorded
 * licence at all only shows as a shortfall (its own evidence decides its status). Installs on
 * scrapped machines are not counted.
 */
export function reconcile(
  installs: readonly Install[],
  entitlements: readonly Entitlement[],
  products: readonly Product[],
  machines: readonly Machine[] = [],
): Reconciliation {
  const productById = new Map(products.map((product) => [product.id, product]));
  const editionKey = createEditionResolver(productById);
  const rows = new KeyedTable<ReconcileRow>();
  const rowFor = (productId: string, edition: string, group: ChannelGroup): ReconcileRow => {
    let row = rows.get(productId, edition, group);
    if (row === undefined) {
      row = {
        productId,
        edition,
        channelGroup: group,
        consumesSeats: SEAT_GROUPS.has(group),
        installs: 0,
        seats: 0,
        surplus: 0,
        shortfall: 0,
        overDeployed: 0,
        entitlementIds: [],
      };
      rows.set(productId, edition, group, row);
    }
    return row;
  };

  const poolById = new Map<string, Pool>();
  const poolsByKey = new KeyedTable<Pool[]>();
  for (const entitlement of entitlements) {
    const group = toChannelGroup(entitlement.channel);
    const edition = editionKey(entitlement.productId, entitlement.edition);
    const row = rowFor(entitlement.productId, edition, group);
    row.seats += entitlement.quantity;
    row.entitlementIds.push(entitlement.id);
    if (!SEAT_GROUPS.has(group)) continue;
    const pool: Pool = { entitlement, remaining: entitlement.quantity, row };
    poolById.set(entitlement.id, pool);
    const list = poolsByKey.get(entitlement.productId, edition, group);
    if (list === undefined) poolsByKey.set(entitlement.productId, edition, group, [pool]);
    else list.push(pool);
  }

  const candidatesByKey = new KeyedTable<Candidates>();
  const candidatesFor = (productId: string, edition: string, group: ChannelGroup): Candidates => {
    let candidates = candidatesByKey.get(productId, edition, group);
    if (candidates === undefined) {
      const exact = poolsByKey.get(productId, edition, group) ?? [];
      const anyEdition = edition === '' ? [] : (poolsByKey.get(productId, '', group) ?? []);
      candidates = { pools: [...exact, ...anyEdition], cursor: 0 };
      candidatesByKey.set(productId, edition, group, candidates);
    }
    return candidates;
  };

  const scrapped = new Set(
    machines.filter((machine) => machine.status === 'scrapped').map((machine) => machine.id),
  );
  const overDeployedInstallIds = new Set<string>();
  const rowOfOverDeployed = new Map<string, ReconcileRow>();

  const count = (install: Install, linked: Pool | undefined): void => {
    const productId = install.productId;
    if (productId === null) return;
    const channel =
      install.channel === 'unknown' && linked !== undefined ? linked.entitlement.channel : install.channel;
    const group = toChannelGroup(channel);
    const edition = editionKey(productId, install.edition);
    if (!SEAT_GROUPS.has(group)) {
      rowFor(productId, edition, group).installs += 1;
      return;
    }
    if (linked !== undefined && linked.remaining > 0) {
      linked.remaining -= 1;
      linked.row.installs += 1;
      return;
    }
    const candidates = candidatesFor(productId, edition, group);
    const { pools } = candidates;
    while (candidates.cursor < pools.length && (pools[candidates.cursor]?.remaining ?? 0) === 0)
      candidates.cursor += 1;
    const pool = pools[candidates.cursor];
    if (pool !== undefined) {
      pool.remaining -= 1;
      pool.row.installs += 1;
      return;
    }
    const lacking = linked?.row ?? pools[0]?.row;
    if (lacking === undefined) {
      rowFor(productId, edition, group).installs += 1;
      return;
    }
    lacking.installs += 1;
    lacking.overDeployed += 1;
    overDeployedInstallIds.add(install.id);
    rowOfOverDeployed.set(install.id, lacking);
  };

  // Installs explicitly linked to a licence claim their seats before unlinked ones.
  const unlinked: Install[] = [];
  for (const install of installs) {
    if (scrapped.has(install.machineId)) continue;
    const linked = install.entitlementId === null ? undefined : poolById.get(install.entitlementId);
    if (linked !== undefined && linked.entitlement.productId === install.productId) count(install, linked);
    else unlinked.push(install);
  }
  for (const install of unlinked) count(install, undefined);

  const orderOf = new Map(products.map((product, index) => [product.id, index]));
  const result = rows.values();
  for (const row of result) {
    if (!row.consumesSeats) continue;
    row.surplus = Math.max(0, row.seats - row.installs);
    row.shortfall = Math.max(0, row.installs - row.seats);
  }
  result.sort(
    (a, b) =>
      (orderOf.get(a.productId) ?? Number.MAX_SAFE_INTEGER) -
        (orderOf.get(b.productId) ?? Number.MAX_SAFE_INTEGER) ||
      a.productId.localeCompare(b.productId) ||
      a.edition.localeCompare(b.edition) ||
      CHANNEL_GROUPS.indexOf(a.channelGroup) - CHANNEL_GROUPS.indexOf(b.channelGroup),
  );
  return { rows: result, overDeployedInstallIds, rowOfOverDeployed };
}

/** Turns a recorded edition (id or name as typed) into the catalog's edition id, remembering answers. */
function createEditionResolver(
  productById: ReadonlyMap<string, Product>,
): (productId: string, edition: string) => string {
  const cache = new KeyedTable<string>();
  return (productId, edition) => {
    if (edition === '') return '';
    let resolved = cache.get(productId, edition, '');
    if (resolved === undefined) {
      const product = productById.get(productId);
      resolved =
        (product === undefined ? null : findEdition(product, edition))?.id ?? edition.trim().toLowerCase();
      cache.set(productId, edition, '', resolved);
    }
    return resolved;
  };
}

/** A map keyed by three strings, nested so that hot loops look up existing strings instead of building keys. */
class KeyedTable<V> {
  private readonly root = new Map<string, Map<string, Map<string, V>>>();

  get(a: string, b: string, c: string): V | undefined {
    return this.root.get(a)?.get(b)?.get(c);
  }

  set(a: string, b: string, c: string, value: V): void {
    let level1 = this.root.get(a);
    if (level1 === undefined) {
      level1 = new Map();
      this.root.set(a, level1);
    }
    let level2 = level1.get(b);
    if (level2 === undefined) {
      level2 = new Map();
      level1.set(b, level2);
    }
    level2.set(c, value);
  }

  values(): V[] {
    const all: V[] = [];
    for (const level1 of this.root.values()) {
      for (const level2 of level1.values()) all.push(...level2.values());
    }
    return all;
  }
}
