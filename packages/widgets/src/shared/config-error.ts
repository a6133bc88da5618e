import { clientFor } from './clients.js';
import type { NgoKitConfig } from './config.js';

/**
 * Why `config` cannot reach the API (no address, no key), or `undefined`
 * when it can. A form checks it before anyone types, rather than failing
 * only when the person presses "Send".
 */
export function configError(config: NgoKitConfig): unknown {
  try {
    clientFor(config);
    return undefined;
  } catch (error) {
    return error;
  }
}
