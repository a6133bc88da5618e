// The render page's own script, run in Chromium (served as /harness.mjs by
// bench/render/server.mjs). Each `time...` function mounts one thing in
// #stage, waits until its content exists, forces a layout, and returns the
// milliseconds from mount to there; then removes it. The widgets get their
// data from a `fetch` given with `configure()` that answers at once with JSON
// prepared beforehand, so the times are rendering, not the network.
/* global document, window, performance, Response, MessageChannel, MutationObserver, customElements */
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

/** The next rendered frame, and the tasks it queued (ResizeObserver callbacks, say). */
const frame = () => new Promise((resolve) => window.requestAnimationFrame(() => resolve(undefined))).then(tick).then(tick);

/**
 * "Rendered", the same for every contender: waits until `ready()` (the content is in the DOM), forces a
 * layout, then waits a frame; a change under `roots` after that point (a second pass of the peer, say)
 * is laid out and counted, until a frame passes without one. Returns the moment of the last layout.
 *
 * @param {Node[]} roots where the content is (a shadow root, the peer's element)
 */
async function rendered(roots, ready, what) {
  let at = /** @type {number | undefined} */ (undefined);
  let changed = false;
  const observer = new MutationObserver(() => {
    if (at === undefined) return;
    layout();
    at = performance.now();
    changed = true;
  });
  for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    await until(ready, what);
    layout();
    at = performance.now();
    do {
      changed = false;
      await frame();
      await until(ready, what);
    } while (changed);
    return at;
  } finally {
    observer.disconnect();
  }
}

/** Which of our widgets the CDN file defines (the calendar and survey may not be built yet). */
window.defined = (tags) => tags.filter((tag) => customElements.get(tag) !== undefined);

/** The calibration: a plain `<ul>` of the same events, built with DOM calls. */
window.timePlainList = async (json) => {
  const started = performance.now();
  const observed = /** @type {HTMLElement} */ (stage());
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
  const ms = (await rendered([observed], () => true, 'the plain list')) - started;
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
  const ms = (await rendered([stage(), list.shadowRoot ?? list], () => parts(list, 'item') === count, `${count} event-list items`)) - started;
  list.remove();
  return ms;
};

// ---- The calendar against FullCalendar's month view ----

const DAY_MS = 86_400_000;

/** The events of a month, as the API sends them; made from the seed's events by `calendarEvents`. */
let monthTemplate = /** @type {Record<string, unknown>[]} */ ([]);

/** The wire events the months are made of: `count` of them each month. */
window.setCalendarEvents = (json) => {
  monthTemplate = JSON.parse(json).items;
  months.clear();
  pages.clear();
};

/** A month's events: the template's, one after the other on the month's days, 08:00 to 19:45 UTC, 1 to 2 hours long. */
const months = new Map();
function monthEvents(year, month) {
  const key = `${year}-${month}`;
  let events = months.get(key);
  if (!events) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    events = monthTemplate
      .map((event, index) => {
        const start = Date.UTC(year, month - 1, (index % days) + 1, 8 + ((index * 5) % 11), ((index * 13) % 4) * 15);
        return {
          ...event,
          id: `${event.id}_${key}`,
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 60 * 60_000 + (index % 3) * 30 * 60_000).toISOString(),
        };
      })
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    months.set(key, events);
  }
  return events;
}

/** Every event that touches `[from, to)`, soonest first, as the API answers a list. */
function eventsBetween(from, to) {
  const found = [];
  for (let at = new Date(from); at.getTime() < to + 31 * DAY_MS; at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1))) {
    for (const event of monthEvents(at.getUTCFullYear(), at.getUTCMonth() + 1)) {
      if (Date.parse(event.endsAt) >= from && Date.parse(event.startsAt) < to) found.push(event);
    }
  }
  return found;
}

/**
 * The calendar's range for a month (month-events.ts's `monthRange`, repeated): the whole weeks of its
 * grid, Sunday first (the page is in English, `en`: the United States' weeks), and 14 hours more.
 */
function monthRange(year, month) {
  const first = Date.UTC(year, month - 1, 1);
  const start = first - new Date(first).getUTCDay() * DAY_MS;
  const last = Date.UTC(year, month, 0);
  const end = last + (7 - new Date(last).getUTCDay()) * DAY_MS;
  return { from: start - 14 * 3_600_000, to: end + 14 * 3_600_000 };
}

/**
 * The calendar's page size (month-events.ts's `PAGE_SIZE`, the API's largest page of events, repeated):
 * the pages prepared are the ones it asks for. Another size would be a miss, and fail the case.
 */
const CALENDAR_PAGE_SIZE = 500;

/** The API's answers, made before the clock starts: `from|to|cursor|limit` → JSON. */
const pages = new Map();
let misses = 0;
const pageKey = (from, to, offset, limit) => `${from}|${to}|${offset}|${limit}`;
function preparePages(year, month, limit = CALENDAR_PAGE_SIZE) {
  const { from, to } = monthRange(year, month);
  const events = eventsBetween(from, to);
  for (let offset = 0; offset === 0 || offset < events.length; offset += limit) {
    const nextCursor = offset + limit < events.length ? String(offset + limit) : null;
    pages.set(pageKey(from, to, offset, limit), JSON.stringify({ items: events.slice(offset, offset + limit), nextCursor }));
  }
  return events;
}

/** The mock API of the calendar: the prepared pages, else one made now (counted: it should not happen). */
function calendarAnswer(url) {
  const from = Date.parse(url.searchParams.get('from') ?? '');
  const to = Date.parse(url.searchParams.get('to') ?? '');
  const offset = Number(url.searchParams.get('cursor') ?? 0);
  const limit = Number(url.searchParams.get('limit') ?? 20);
  const prepared = pages.get(pageKey(from, to, offset, limit));
  if (prepared !== undefined) return prepared;
  misses += 1;
  const events = eventsBetween(from, to);
  const nextCursor = offset + limit < events.length ? String(offset + limit) : null;
  return JSON.stringify({ items: events.slice(offset, offset + limit), nextCursor });
}

/** How many events start on each day (days since 1970), for the months prepared: counted before the clock starts. */
const dayCounts = new Map();
function countDays(year, month) {
  for (const event of monthEvents(year, month)) {
    const day = Math.floor(Date.parse(event.startsAt) / DAY_MS);
    dayCounts.set(day, (dayCounts.get(day) ?? 0) + 1);
  }
}

/** How many chips and "+N more" lines the days should show: all of a day's events up to 3, else 2 and "+N more". */
function expected(days) {
  let chips = 0;
  let more = 0;
  for (const day of new Set(days)) {
    const count = dayCounts.get(day) ?? 0;
    chips += count <= 3 ? count : 2;
    if (count > 3) more += 1;
  }
  return { chips, more };
}

/** Prepares a mount of `month`: the API's pages of it and of the two after it, and the counts of their days. */
function prepareMonths(month) {
  dayCounts.clear();
  let each = { year: month.month === 1 ? month.year - 1 : month.year, month: month.month === 1 ? 12 : month.month - 1 };
  for (let index = 0; index < 4; index += 1, each = nextOf(each)) {
    countDays(each.year, each.month);
    if (index > 0) preparePages(each.year, each.month);
  }
}

/**
 * The month of run `run`: each of our mounts shows a month no earlier mount showed, went to or fetched
 * ahead (a mount shows its month, goes to the next and prefetches the one after), so nothing comes from
 * the SDK's cache; FullCalendar shows the same months, in a new calendar.
 */
function monthOfRun(run) {
  const index = 2031 * 12 + 3 * run;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
const ym = ({ year, month }) => `${year}-${String(month).padStart(2, '0')}`;
const nextOf = ({ year, month }) => (month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 });
const lastDay = ({ year, month }) => Date.UTC(year, month, 0) / DAY_MS;

/** What a calendar shows: its day cells' days, chips and "+N more" lines. */
const shown = (root, cells, dayOf, chip, more) => {
  const days = [...new Set([...root.querySelectorAll(cells)].map(dayOf))];
  return { days, chips: root.querySelectorAll(chip).length, more: root.querySelectorAll(more).length };
};

const ours = (calendar) => {
  const root = /** @type {ShadowRoot} */ (calendar.shadowRoot);
  return shown(root, 'td[data-day]', (cell) => Number(cell.dataset.day), '[part~="chip"]', '[part~="more"]');
};

/** Whether a calendar shows the month that ends on `last` with every chip and "+N more" it should. */
function complete(view, last) {
  if (!view.days.includes(last)) return false;

  const want = expected(view.days);
  return view.chips === want.chips && view.more === want.more;
}

/**
 * `<ngo-event-calendar>` with the month's events: mount until the month's days and chips are laid out,
 * then "next month" until the next month's are. Returns both times, and what each showed.
 */
window.timeEventCalendar = async (run) => {
  answer = calendarAnswer;
  const month = monthOfRun(run);
  const next = nextOf(month);
  prepareMonths(month);
  misses = 0;
  const started = performance.now();
  const calendar = document.createElement('ngo-event-calendar');
  calendar.setAttribute('month', ym(month));
  calendar.setAttribute('time-zone', 'UTC');
  stage().append(calendar);
  const root = /** @type {ShadowRoot} */ (calendar.shadowRoot);
  const loaded = () => root.querySelector('.calendar')?.getAttribute('data-state') === 'loaded';
  const mounted = (await rendered([root], () => loaded() && complete(ours(calendar), lastDay(month)), `the calendar's ${ym(month)}`)) - started;
  const mountView = ours(calendar);
  const stepped = performance.now();
  /** @type {HTMLElement} */ (root.querySelector('[part~="next"]')).click();
  const nextMs = (await rendered([root], () => loaded() && complete(ours(calendar), lastDay(next)), `the calendar's ${ym(next)}`)) - stepped;
  const nextView = ours(calendar);
  calendar.remove();
  return { mountMs: mounted, nextMs, mount: counts(mountView), next: counts(nextView), misses };
};

const counts = (view) => ({ days: view.days.length, chips: view.chips, more: view.more, expected: expected(view.days) });

/** FullCalendar, bundled by bench/render/peers.mjs, loaded once. */
let fullCalendar;

/** FullCalendar's month view with the same events: its events come from the same prepared JSON, parsed when asked for. */
window.timeFullCalendar = async (run, options = {}) => {
  fullCalendar ??= await import('/peers/fullcalendar-month.js');
  const { Calendar, dayGridPlugin, classicThemePlugin } = fullCalendar;
  const month = monthOfRun(run);
  const next = nextOf(month);
  prepareMonths(month);
  const json = new Map();
  for (const each of [month, next]) json.set(ym(each), JSON.stringify({ items: preparePages(each.year, each.month), nextCursor: null }));
  const view = (element) =>
    shown(element, '[data-date]', (cell) => Date.parse(`${cell.getAttribute('data-date')}T00:00:00Z`) / DAY_MS, '.bench-chip', '.bench-more');
  const started = performance.now();
  const element = document.createElement('div');
  stage().append(element);
  const calendar = new Calendar(element, {
    plugins: [dayGridPlugin, classicThemePlugin],
    initialView: 'dayGridMonth',
    initialDate: `${ym(month)}-01`,
    timeZone: 'UTC',
    fixedWeekCount: false,
    // a day shows 3 lines, the last of them "+N more" when there are more: as ours does
    dayMaxEventRows: 3,
    eventClass: 'bench-chip',
    moreLinkClass: 'bench-more',
    events: (info, success) => {
      // the month whose range this is: the one that holds the middle of the range
      const middle = new Date((info.start.valueOf() + info.end.valueOf()) / 2);
      const wire = JSON.parse(json.get(ym({ year: middle.getUTCFullYear(), month: middle.getUTCMonth() + 1 })) ?? '{"items":[]}');
      success(wire.items.map((event) => ({ id: event.id, title: event.title, start: event.startsAt, end: event.endsAt })));
    },
    ...options,
  });
  calendar.render();
  const mounted = (await rendered([element], () => complete(view(element), lastDay(month)), `FullCalendar's ${ym(month)}`)) - started;
  const mountView = view(element);
  const stepped = performance.now();
  calendar.next();
  const nextMs = (await rendered([element], () => complete(view(element), lastDay(next)), `FullCalendar's ${ym(next)}`)) - stepped;
  const nextView = view(element);
  calendar.destroy();
  element.remove();
  return { mountMs: mounted, nextMs, mount: counts(mountView), next: counts(nextView) };
};
