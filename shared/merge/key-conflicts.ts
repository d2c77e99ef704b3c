import type { KeyConflict, ReturnKeys } from './merge-types';

/** Serial numbers that firmware ships as placeholders; many machines share them, so they prove nothing. */
const PLACEHOLDER_SERIALS = new Set([
  'TO BE FILLED BY O.E.M.',
  'TO BE FILLED BY OEM',
  'DEFAULT STRING',
  'SYSTEM SERIAL NUMBER',
  'NONE',
  'N/A',
  'NA',
  '0',
  '00000000',
  '0123456789',
  '123456789',
  'NOT SPECIFIED',
  'INVALID',
  '无',
]);

/** The form asset and serial numbers are compared in: NFKC, trimmed, upper case. */
export function toKey(raw: string): string {
  return raw.normalize('NFKC').trim().toUpperCase();
}

/** The asset and serial numbers of a return's machines, ready for conflict checks. */
export function collectReturnKeys(machines: ReadonlyArray<{ assetNo: string; serial: string }>): ReturnKeys {
  const assetNos = new Set<string>();
  const serials = new Set<string>();
  for (const m of machines) {
    const asset = toKey(m.assetNo);
    if (asset !== '') assetNos.add(asset);
    const serial = toKey(m.serial);
    if (serial.length >= 4 && !PLACEHOLDER_SERIALS.has(serial)) serials.add(serial);
  }
  return { assetNos: [...assetNos].sort(), serials: [...serials].sort() };
}

/** One return's keys, owned by the unit it counts for. */
export interface KeyedReturn {
  period: string;
  unitCode: string;
  sha: string;
  keys: ReturnKeys;
}

/** Lists every asset number and serial number that more than one unit reported in a period. */
export function findKeyConflicts(entries: readonly KeyedReturn[]): KeyConflict[] {
  const owners = new Map<string, Map<string, string>>();
  const add = (period: string, kind: KeyConflict['kind'], value: string, unitCode: string, sha: string) => {
    const key = `${period}\u0000${kind}\u0000${value}`;
    const units = owners.get(key) ?? new Map<string, string>();
    if (!units.has(unitCode)) units.set(unitCode, sha);
    owners.set(key, units);
  };
  for (const e of entries) {
    for (const a of e.keys.assetNos) add(e.period, 'asset_no', a, e.unitCode, e.sha);
    for (const s of e.keys.serials) add(e.period, 'serial', s, e.unitCode, e.sha);
  }
  const out: KeyConflict[] = [];
  for (const [key, units] of owners) {
    if (units.size < 2) continue;
    const [period = '', kind = '', value = ''] = key.split('\u0000');
    out.push({
      period,
      kind: kind === 'serial' ? 'serial' : 'asset_no',
      value,
      units: [...units].map(([unitCode, sha]) => ({ unitCode, sha })),
    });
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || a.value.localeCompare(b.value));
}
