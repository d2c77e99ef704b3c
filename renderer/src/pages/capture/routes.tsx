import type { RouteDef } from '../../app/route-def';

/** Automatic capture screens (office group), in menu order. */
export const CAPTURE_ROUTES: RouteDef[] = [];
