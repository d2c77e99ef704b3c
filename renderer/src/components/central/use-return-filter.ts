import { useDeferredValue, useMemo, useState } from 'react';
import type { ReturnListItem } from '../../../../shared/contract';
import type { RosterUnit } from '../../../../shared/roster/roster';

/**
 * Filters the returns list by words typed (unit name, code, county or file name; every word must
 * match). The text is indexed once per list, and the list follows the field at lower priority,
 * so typing stays quick however many returns a province holds.
 */
export function useReturnFilter(items: readonly ReturnListItem[], roster: readonly RosterUnit[]) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const index = useMemo(() => {
    const byCode = new Map(roster.map((u) => [u.code, u]));
    return items.map((r) => {
      const unit = byCode.get(r.assignedCode);
      return [unit?.name, r.unitName, r.assignedCode, r.unitCode, unit?.parentName, r.parentName, r.fileName]
        .join(' ')
        .toLowerCase();
    });
  }, [items, roster]);
  const shown = useMemo(() => {
    const words = deferred.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return items;
    return items.filter((_, i) => {
      const text = index[i] ?? '';
      return words.every((w) => text.includes(w));
    });
  }, [items, index, deferred]);
  return { query, setQuery, shown, isFiltered: deferred.trim() !== '' };
}
