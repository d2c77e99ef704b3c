import type { RouteDef } from '../../app/route-def';

/** Budget and progress screens (office, central and common groups), in menu order. */
export const BUDGET_ROUTES: RouteDef[] = [];
