import type { RouteDef } from '../../app/route-def';

/** Screens of this side, in menu order. */
export const OFFICE_ROUTES: RouteDef[] = [];
