import { describe, expect, it } from 'vitest';
import { createMachineDraft } from '../../../shared/model';
import { findRestoreConflicts, pushTrash, TRASH_LIMIT, type TrashEntry } from '../../../shared/office/trash';

const entry = (id: string, assetNos: string[]): TrashEntry => ({
  id,
  deletedAt: '2026-01-01T00:00:00.000Z',
  machines: assetNos.map((a, i) => ({ ...createMachineDraft(a), id: `${id}-${i}` })),
  installs: [],
});

describe('the trash behind undo', () => {
  it('keeps the latest deletions first and forgets the oldest past the limit', () => {
    let trash: TrashEntry[] = [];
    for (let i = 0; i < TRASH_LIMIT + 2; i++) trash = pushTrash(trash, entry(`t${i}`, []));
    expect(trash).toHaveLength(TRASH_LIMIT);
    expect(trash[0]?.id).toBe(`t${TRASH_LIMIT + 1}`);
    expect(trash.map((t) => t.id)).not.toContain('t0');
  });

  it('names the asset numbers given to other machines since the deletion', () => {
    const conflicts = findRestoreConflicts(entry('t', ['ZB-1', 'ZB-2']), [
      { assetNo: 'zb-2' },
      { assetNo: 'ZB-3' },
    ]);
    expect(conflicts).toEqual(['ZB-2']);
  });
});
