import type { ReactNode } from 'react';

export type RouteGroup = 'office' | 'central' | 'common';

export interface RouteDef {
  /** Hash path, e.g. 'office/machines'. */
  key: string;
  group: RouteGroup;
  /** Catalog key of the menu label, e.g. 'app:menu.machines'. */
  label: string;
  icon: ReactNode;
  render: () => ReactNode;
}
