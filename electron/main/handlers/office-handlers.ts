import type { officeMethods } from '../../../shared/contract';
import { catalogHandlers } from './office/catalog-handlers';
import { entitlementHandlers } from './office/entitlement-handlers';
import { imageHandlers } from './office/image-handlers';
import { installHandlers } from './office/install-handlers';
import { machineHandlers } from './office/machine-handlers';
import type { HandlerMap } from './types';

/** Handlers of the office domain. */
export const officeHandlers = {
  ...machineHandlers,
  ...installHandlers,
  ...imageHandlers,
  ...catalogHandlers,
  ...entitlementHandlers,
} satisfies HandlerMap<keyof typeof officeMethods>;
