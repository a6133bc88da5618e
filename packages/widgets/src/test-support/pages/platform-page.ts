import '../../event-list.js';
import '../../provider.js';
import '../ngo-test-dialog.js';
import '../ngo-test-form.js';

declare global {
  interface Window {
    pageReady: Promise<void>;
  }
}

/**
 * A page of its own for the event list, a form and a dialog, configured from
 * its address (`api`, `key`, `draft`, `lang`). Tests open it in an iframe: to
 * serve it under a strict Content-Security-Policy, and to reload it.
 */
const params = new URL(location.href).searchParams;
document.documentElement.lang = params.get('lang') ?? 'en';

const provider = document.createElement('ngo-provider');
provider.api = params.get('api') ?? undefined;
provider.key = params.get('key') ?? undefined;

const list = document.createElement('ngo-event-list');
list.limit = 3;
const form = document.createElement('ngo-test-form');
form.draft = params.get('draft') ?? undefined;
const dialog = document.createElement('ngo-test-dialog');

provider.append(list, form, dialog);
document.querySelector('main')?.append(provider);

window.pageReady = (async () => {
  await Promise.all([list.updateComplete, form.updateComplete, dialog.updateComplete]);
  // The events have arrived (or failed) once the skeleton is gone.
  while (list.shadowRoot?.querySelector('[part~="skeleton"]')) await new Promise((resolve) => setTimeout(resolve, 20));
})();
