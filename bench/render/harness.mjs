// The render page's own script, run in Chromium (served as /harness.mjs by
// bench/render/server.mjs). Each `time...` function mounts one thing in
// #stage, waits until its content exists, forces a layout, and returns the
// milliseconds from mount to there; then removes it. The widgets get their
// data from a `fetch` given with `configure()` that answers at once with JSON
// prepared beforehand, so the times are rendering, not the network.
/* global document, window, performance, Response, MessageChannel, customElements */
import { configure } from '/cdn/ngo-kit.min.js';

const stage = () => /** @type {HTMLElement} */ (document.getElementById('stage'));

/** @type {(url: URL) => string} the API's answer to a request; set by each benchmark */
let answer = () => JSON.stringify({ items: [], nextCursor: null });

configure({
  api: window.location.origin,
  key: 'pk_demo',
  lang: 'en',
  fetch: async (input) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    return new Response(answer(url), { headers: { 'content-type': 'application/json' } });
  },
});

/** Yields to the event loop without setTimeout's clamping. */
const tick = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(undefined);
    channel.port2.postMessage(0);
  });

/** Waits until `ready()` is true (or throws after 60 s). */
async function until(ready, what) {
  const give = performance.now() + 60_000;
  while (!ready()) {
    if (performance.now() > give) throw new Error(`timed out waiting for ${what}: ${document.querySelector('#stage > *')?.shadowRoot?.textContent?.slice(0, 200)}`);
    await tick();
  }
}

/** Forces style and layout of the whole page, as a reader's first paint needs. */
const layout = () => document.body.getBoundingClientRect().height + document.documentElement.offsetHeight;

/** Which of our widgets the CDN file defines (the calendar and survey may not be built yet). */
window.defined = (tags) => tags.filter((tag) => customElements.get(tag) !== undefined);

/** The calibration: a plain `<ul>` of the same events, built with DOM calls. */
window.timePlainList = async (json) => {
  const started = performance.now();
  const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  const list = document.createElement('ul');
  for (const event of JSON.parse(json).items) {
    const item = document.createElement('li');
    const title = document.createElement('h3');
    title.textContent = event.title;
    const when = document.createElement('p');
    when.textContent = format.format(new Date(event.startsAt));
    const where = document.createElement('p');
    where.textContent = event.location?.name ?? 'Online';
    item.append(title, when, where);
    list.append(item);
  }
  stage().append(list);
  layout();
  const ms = performance.now() - started;
  list.remove();
  return ms;
};

/**
 * A `from` attribute no earlier mount used: the SDK client shares identical reads, so each mount asks
 * for its own URL and parses its own answer, as a fresh page would.
 */
let mounts = 0;
const freshFrom = () => new Date(Date.UTC(2020, 0, 1) + (mounts += 1) * 1000).toISOString();

const parts = (element, part) => element.shadowRoot?.querySelectorAll(`[part~="${part}"]`).length ?? 0;

/** `<ngo-event-list>` with the events of `json`: mount until every item exists and is laid out. */
window.timeEventList = async (json, count) => {
  answer = () => json;
  const started = performance.now();
  const list = document.createElement('ngo-event-list');
  // the API pages at most 100; the answer holds `count` all the same, and the list renders what it gets
  list.setAttribute('limit', String(Math.min(count, 100)));
  list.setAttribute('from', freshFrom());
  stage().append(list);
  await until(() => parts(list, 'item') === count, `${count} event-list items`);
  layout();
  const ms = performance.now() - started;
  list.remove();
  return ms;
};
