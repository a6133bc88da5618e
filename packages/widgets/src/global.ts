import { configure, type NgoKitConfig } from './shared/config.js';

/** What the CDN file puts on `window`, for pages that cannot import from a module. */
export interface NgoKitGlobal {
  configure(config: NgoKitConfig): void;
}

declare global {
  interface Window {
    NgoKit?: NgoKitGlobal;
  }
}

window.NgoKit = { ...window.NgoKit, configure };
