import { ApiFailure } from '../../../../shared/contract';
import type { Machine } from '../../../../shared/model';
import { cleanAssetNo, toAssetKey } from '../../../../shared/office/asset-no';
import type { OfficeDoc } from '../../store/office-doc';

/** The machine with this id, or a not-found failure the clerk can read. */
export function requireMachine(doc: OfficeDoc, id: string): Machine {
  const machine = doc.machines.find((m) => m.id === id);
  if (!machine) throw new ApiFailure('not_found', { key: 'machines:errors.notFound' });
  return machine;
}

/**
 * Checks that an asset number is filled in and not used by another machine of the unit (full-width
 * digits and case do not make a new number); returns it cleaned.
 */
export function requireFreeAssetNo(doc: OfficeDoc, raw: string, exceptId: string | null): string {
  const assetNo = cleanAssetNo(raw);
  if (assetNo === '') {
    throw new ApiFailure('invalid_input', { key: 'machines:errors.assetNoRequired' }, [
      { path: 'assetNo', message: { key: 'machines:errors.assetNoRequired' } },
    ]);
  }
  const key = toAssetKey(assetNo);
  const other = doc.machines.find((m) => m.id !== exceptId && toAssetKey(m.assetNo) === key);
  if (other) {
    const message = { key: 'machines:errors.duplicateAssetNo', params: { assetNo } };
    throw new ApiFailure('conflict', message, [{ path: 'assetNo', message }]);
  }
  return assetNo;
}
