import '../../announcements.js';

declare global {
  interface Window {
    pageReady: Promise<void>;
  }
}

/**
 * A page of its own for `<ngo-announcements>`, configured from its address
 * (`api`, `key`), so that tests can show notices under a strict
 * Content-Security-Policy.
 */
const params = new URL(location.href).searchParams;

const notices = document.createElement('ngo-announcements');
notices.api = params.get('api') ?? undefined;
notices.key = params.get('key') ?? undefined;
notices.limit = 100;
notices.eventUrl = '/events/{id}';
document.querySelector('main')?.append(notices);

window.pageReady = (async () => {
  await notices.updateComplete;
  // The notices have arrived (or failed) once the skeleton is gone.
  while (notices.shadowRoot?.querySelector('[part~="skeleton"]')) await new Promise((resolve) => setTimeout(resolve, 20));
  await notices.updateComplete;
})();
