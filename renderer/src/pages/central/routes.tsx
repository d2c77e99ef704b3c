import type { RouteDef } from '../../app/route-def';

/** Screens of this side, in menu order. */
export const CENTRAL_ROUTES: RouteDef[] = [];
