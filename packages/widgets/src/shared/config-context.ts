import { createContext } from '@lit/context';
import type { NgoKitConfig } from './config.js';

/**
 * The configuration an `<ngo-provider>` gives the widgets inside it. The key
 * is a string, not a symbol, so that a provider and widgets from two copies of
 * ngo-kit on one page (two WordPress plugins, say) still find each other.
 */
export const configContext = createContext<NgoKitConfig>('ngo-kit/config');
