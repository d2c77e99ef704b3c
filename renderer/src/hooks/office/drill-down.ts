import type { VerdictFilter } from '../../../../shared/office/machine-query';
import type { InstallFilter } from '../../../../shared/office/views';

/** What a screen should show when it is opened from a link elsewhere (the overview's fix list). */
export type DrillDown =
  | { route: 'office/software'; filter: InstallFilter }
  | { route: 'office/software'; tab: 'unknown' }
  | { route: 'office/machines'; verdict: VerdictFilter }
  | { route: 'office/entitlements'; tab: 'reconcile' };

let pending: DrillDown | null = null;

/** Leaves a request for the next screen; the hash route carries only the screen's name. */
export function setDrillDown(next: DrillDown): void {
  pending = next;
}

/** Takes the request left for this screen, once. */
export function takeDrillDown<R extends DrillDown['route']>(
  route: R,
): Extract<DrillDown, { route: R }> | null {
  if (pending?.route !== route) return null;
  const found = pending;
  pending = null;
  // The route matched, so this is the member of the union for that route.
  return found as Extract<DrillDown, { route: R }>;
}
