import '../../provider.js';
import '../../newsletter-signup.js';
import '../../signup-form.js';

declare global {
  interface Window {
    pageReady: Promise<void>;
  }
}

/**
 * A page of its own for the signup form and the newsletter signup, configured from its address
 * (`api`, `key`, `lang`), served under the strict Content-Security-Policy;
 * tests open it in an iframe to reload it in the middle of a signup.
 */
const params = new URL(location.href).searchParams;
document.documentElement.lang = params.get('lang') ?? 'en';

const provider = document.createElement('ngo-provider');
provider.api = params.get('api') ?? undefined;
provider.key = params.get('key') ?? undefined;

const signup = document.createElement('ngo-signup-form');
signup.privacyUrl = '/privacy';
const newsletter = document.createElement('ngo-newsletter-signup');
newsletter.privacyUrl = '/privacy';
newsletter.showArchive = true;

provider.append(signup, newsletter);
document.querySelector('main')?.append(provider);

window.pageReady = (async () => {
  await Promise.all([signup.updateComplete, newsletter.updateComplete]);
  // The archive has arrived (or failed) once the skeleton is gone.
  while (newsletter.shadowRoot?.querySelector('[part~="skeleton"]')) await new Promise((resolve) => setTimeout(resolve, 20));
})();
