import '../../event-registration.js';
import '../../newsletter-signup.js';
import '../../provider.js';
import '../../satisfaction-survey.js';
import '../../signup-form.js';
import '../../suggestion-box.js';

/**
 * A page with every form widget, configured from its address (`api`, `key`,
 * `event`, `survey`), whose network a test switches off and on across
 * reloads: while `sessionStorage['ngo-test:offline']` is `1`, `fetch`
 * rejects as a browser without a network does and `navigator.onLine` is
 * false. (`window.pageReady` is declared by `platform-page.ts`.)
 */
export const OFFLINE_FLAG = 'ngo-test:offline';
const offline = () => sessionStorage.getItem(OFFLINE_FLAG) === '1';
Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline() });
const pageFetch: typeof fetch = (input, init) =>
  offline() ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);

const params = new URL(location.href).searchParams;
const provider = Object.assign(document.createElement('ngo-provider'), {
  api: params.get('api') ?? undefined,
  key: params.get('key') ?? undefined,
  fetch: pageFetch,
});
const registration = Object.assign(document.createElement('ngo-event-registration'), { eventId: params.get('event') ?? '' });
const box = Object.assign(document.createElement('ngo-suggestion-box'), { mode: 'form' });
const survey = Object.assign(document.createElement('ngo-satisfaction-survey'), { surveyId: params.get('survey') ?? undefined, paging: 'all' });
const widgets = [registration, box, survey, document.createElement('ngo-signup-form'), document.createElement('ngo-newsletter-signup')];
provider.append(...widgets);
document.querySelector('main')?.append(provider);

/** Shows its form, or a state (offline, say: a widget that must load first cannot while offline). */
const settled = (widget: Element) => widget.shadowRoot?.querySelector('form [name], [part~="status"]');
window.pageReady = (async () => {
  while (!widgets.every(settled)) await new Promise((resolve) => setTimeout(resolve, 20));
})();
