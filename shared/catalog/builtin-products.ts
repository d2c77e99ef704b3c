import { BUILTIN_OFFICE } from './builtin-office';
import { BUILTIN_OS } from './builtin-os';
import { BUILTIN_OTHER } from './builtin-other';
import { BUILTIN_SECURITY } from './builtin-security';
import type { Product } from './product';

/** The built-in catalog of products common on Chinese government computers, in matching-priority order. */
export const BUILTIN_PRODUCTS: readonly Product[] = [
  ...BUILTIN_OS,
  ...BUILTIN_OFFICE,
  ...BUILTIN_SECURITY,
  ...BUILTIN_OTHER,
];
