import { NgoProvider } from './provider/ngo-provider.js';
import { define } from './shared/define.js';

define('ngo-provider', NgoProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ngo-provider': NgoProvider;
  }
}

export { NgoProvider };
