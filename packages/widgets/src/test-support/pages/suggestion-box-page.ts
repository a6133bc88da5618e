import '../../provider.js';
import '../../suggestion-box.js';

declare global {
  interface Window {
    pageReady: Promise<void>;
  }
}

/**
 * A page of its own for the suggestion box, configured from its address
 * (`api`, `key`, `mode`, and `offline=1` for a browser without a network).
 * Tests open it in an iframe to reload it, or to load it again online after
 * a suggestion was kept offline.
 */
const params = new URL(location.href).searchParams;
document.documentElement.lang = params.get('lang') ?? 'en';

const provider = document.createElement('ngo-provider');
provider.api = params.get('api') ?? undefined;
provider.key = params.get('key') ?? undefined;
if (params.get('offline') === '1') provider.fetch = () => Promise.reject(new TypeError('Failed to fetch'));

const box = document.createElement('ngo-suggestion-box');
box.mode = params.get('mode') === 'list' ? 'list' : params.get('mode') === 'both' ? 'both' : 'form';

provider.append(box);
document.querySelector('main')?.append(provider);

window.pageReady = box.updateComplete.then(() => undefined);
