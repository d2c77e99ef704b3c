import type { Bridge } from '../../shared/contract';

declare global {
  interface Window {
    /** Put there by the preload (Electron) or the browser transport; the api client is its only user. */
    api?: Bridge;
  }
}
