import { expect, html } from '@open-wc/testing';
import { expectAccessible, finishAnimations } from '../test-support/a11y.js';
import { reportedCspViolations, seenCspViolations } from '../test-support/csp.js';
import { openPage } from '../test-support/frame.js';
import { applyHostileStyles } from '../test-support/hostile-page.js';
import { deepActiveElement, press } from '../test-support/keyboard.js';
import { emulateMediaOrSkip } from '../test-support/media.js';
import { startMockApi } from '../test-support/mock-api.js';
import { mount } from '../test-support/mount.js';
import { createEvent, daysAhead } from '../test-support/staff-api.js';
import { catalogProblems } from '../test-support/table-problems.js';
import { viewerTimeZone } from '../shared/event-when.js';
import '../event-list.js';
import '../provider.js';
import { eventListMessages } from './messages.js';
import type { NgoEventList } from './ngo-event-list.js';
import { waitUntil } from '../test-support/wait.js';

const KEY = 'pk_test_widgets';

function parts(element: NgoEventList, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

async function mountList(api: string, lang = 'en', limit = 10) {
  const wrapper = await mount<HTMLDivElement>(
    html`<div lang=${lang}><ngo-event-list api=${api} key=${KEY} limit=${limit}></ngo-event-list></div>`,
  );
  return wrapper.querySelector('ngo-event-list')!;
}

/** The item of the seeded event with this title; the demo seed holds a whole year, so tests look events up by title. */
function itemTitled(element: NgoEventList, title: string): HTMLElement {
  const item = parts(element, 'item').find((candidate) => candidate.querySelector('[part="title"]')?.textContent?.trim() === title);
  expect(item, `the event "${title}"`).to.exist;
  return item!;
}

describe('<ngo-event-list>', () => {
  it('shows the seeded events from the mock server, dated in each event’s time zone', async () => {
    const api = await startMockApi();
    const list = await mountList(api.baseUrl, 'en', 100);
    await waitUntil(() => parts(list, 'item').length > 0, 'no events rendered');

    const titles = parts(list, 'title').map((title) => title.textContent?.trim());
    expect(titles).to.include('Quarterly exchange meeting: winter');
    expect(titles).to.include('冬季爱心义卖');

    const winter = itemTitled(list, 'Quarterly exchange meeting: winter');
    const when = winter.querySelector('[part="when"]')!.textContent!.replace(/\s+/g, ' ');
    expect(when).to.match(/Sat, Dec 12(, 2026)?, 2:00\s?–\s?5:00\sPM GMT\+1/);
    expect(winter.querySelector('[part="meta"]')!.textContent).to.match(/In person and online.*Community Hall, Berlin/s);

    const sale = itemTitled(list, '冬季爱心义卖');
    expect(sale.querySelector('[part="title"]')!.getAttribute('lang')).to.equal('zh-CN');
    expect(sale.querySelector('[part="when"]')!.textContent).to.match(/10:00\s?AM\s?–\s?4:00\s?PM GMT\+8/);

    await expect(list).to.be.accessible();
  });

  it('speaks Chinese inside a zh-CN page', async () => {
    const api = await startMockApi();
    const list = await mountList(api.baseUrl, 'zh-CN', 100);
    await waitUntil(() => parts(list, 'item').length > 0);
    expect(parts(list, 'list')[0]!.getAttribute('aria-label')).to.equal('近期活动');
    const winter = itemTitled(list, 'Quarterly exchange meeting: winter');
    expect(winter.querySelector('[part="meta"]')!.textContent).to.include('线上线下同步');
    expect(winter.querySelector('[part="when"]')!.textContent).to.match(/2026年12月12日星期六 14:00\s?–\s?17:00 GMT\+1/);
  });

  it('reserves its space while loading', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_500 } });
    const list = await mountList(api.baseUrl);
    const skeleton = list.shadowRoot!.querySelector('ul[aria-busy="true"]');
    expect(skeleton, 'a busy placeholder list').to.exist;
    expect(list.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(list.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading events…');
    await expect(list).to.be.accessible();
    await waitUntil(() => parts(list, 'item').length > 0, 'events after the delay');
  });

  it('shows an empty state when there are no events', async () => {
    const api = await startMockApi({ seed: 'empty' });
    const list = await mountList(api.baseUrl);
    await waitUntil(() => parts(list, 'status').length > 0);
    expect(parts(list, 'status')[0]!.textContent).to.include('No upcoming events');
    await expect(list).to.be.accessible();
  });

  it('shows the error when the server fails, and its retry works', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const list = await mountList(api.baseUrl);
    await waitUntil(() => parts(list, 'retry').length > 0, 'no retry button');
    expect(parts(list, 'status')[0]!.getAttribute('role')).to.equal('alert');
    expect(parts(list, 'status')[0]!.textContent).to.include('could not be loaded');
    await expect(list).to.be.accessible();

    await api.setFaults({ failRate: 0 });
    parts(list, 'retry')[0]!.click();
    await waitUntil(() => parts(list, 'item').length > 0, 'events after retry');
  });

  it('says what is missing when it has no API address', async () => {
    const list = await mount<NgoEventList>(html`<ngo-event-list lang="en"></ngo-event-list>`);
    await waitUntil(() => parts(list, 'status').length > 0);
    expect(parts(list, 'status')[0]!.textContent).to.include('not set up yet');
  });

  it('keeps the first definition when the tag is defined twice', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { define } = await import('../shared/define.js');
      class Impostor extends HTMLElement {}
      define('ngo-event-list', Impostor);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(customElements.get('ngo-event-list')!.name).to.equal('NgoEventList');
  });
});

type State = 'loading' | 'loaded' | 'empty' | 'error' | 'offline' | 'unconfigured';
const LANGS = ['en', 'zh-CN', 'zh-TW'] as const;
const THEMES = ['light', 'dark'] as const;

/** A `fetch` for a browser without a network: what the SDK sees when the reader is offline. */
const offlineFetch: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** Six event lists, one per language and theme, all in `state`. */
async function mountInState(state: State): Promise<NgoEventList[]> {
  const api =
    state === 'loading'
      ? await startMockApi({ faults: { latencyMs: 4_000 } })
      : state === 'empty'
        ? await startMockApi({ seed: 'empty' })
        : state === 'error'
          ? await startMockApi({ faults: { failRate: 1 } })
          : await startMockApi();
  const wrapper = await mount<HTMLElement>(html`
    <ngo-provider
      api=${state === 'unconfigured' ? '' : api.baseUrl}
      key=${KEY}
      .fetch=${state === 'offline' ? offlineFetch : undefined}
    >
      ${LANGS.flatMap((lang) =>
        THEMES.map((theme) => html`<ngo-event-list lang=${lang} theme=${theme} limit="3"></ngo-event-list>`),
      )}
    </ngo-provider>
  `);
  const lists = [...wrapper.querySelectorAll('ngo-event-list')];
  const shown: Record<State, string> = {
    loading: '[part~="skeleton"]',
    loaded: '[part~="item"]',
    empty: '[part~="status-empty"]',
    error: '[part~="status-error"]',
    offline: '[part~="status-error"]',
    unconfigured: '[part~="status-error"]',
  };
  await waitUntil(() => lists.every((list) => list.shadowRoot!.querySelector(shown[state])), `not all ${state}`);
  return lists;
}

describe('<ngo-event-list> on the platform', () => {
  for (const state of ['loading', 'loaded', 'empty', 'error', 'offline', 'unconfigured'] as const) {
    it(`is accessible when ${state}, in every language and theme`, async () => {
      const lists = await mountInState(state);
      for (const list of lists) {
        await expectAccessible(list, `${state}, ${list.lang}, ${list.theme}`);
      }
    });
  }

  it('says what went wrong in its own language, from the error code', async () => {
    const lists = await mountInState('offline');
    const texts = lists.map((list) => parts(list, 'status')[0]!.textContent!.trim());
    expect(texts[0]).to.match(/could not reach the service/);
    expect(texts[2]).to.match(/无法连接服务/);
    expect(texts[4]).to.match(/無法連線至服務/);
    expect(parts(lists[2]!, 'retry')[0]!.textContent).to.equal('重试');
  });

  it('takes the same space while loading as when loaded, empty or failed: no layout shift', async () => {
    const heightOf = async (state: State) => {
      const [list] = await mountInState(state);
      return list!.getBoundingClientRect().height;
    };
    const loading = await heightOf('loading');
    expect(await heightOf('loaded')).to.be.closeTo(loading, 1);
    expect(await heightOf('empty')).to.be.closeTo(loading, 1);
    expect(await heightOf('error')).to.be.closeTo(loading, 1);
  });

  it('announces how many events arrived, with the right plural', async () => {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-event-list lang="en" api=${api.baseUrl} key=${KEY} limit="1"></ngo-event-list>
        <ngo-event-list lang="en" api=${api.baseUrl} key=${KEY} limit="3"></ngo-event-list>
        <ngo-event-list lang="zh-TW" api=${api.baseUrl} key=${KEY} limit="3"></ngo-event-list>
      </div>
    `);
    const lists = [...wrapper.querySelectorAll('ngo-event-list')];
    await waitUntil(() => lists.every((list) => parts(list, 'item').length > 0));
    const said = lists.map((list) => list.shadowRoot!.querySelector('[role="status"]')!.textContent);
    expect(said).to.deep.equal(['1 upcoming event', '3 upcoming events', '3 個近期活動']);
  });

  it('makes one request for three lists that need the same events', async () => {
    // The page's buffer of resource timings is small and earlier tests fill it.
    performance.clearResourceTimings();
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <ngo-provider api=${api.baseUrl} key=${KEY}>
        <ngo-event-list limit="3"></ngo-event-list>
        <ngo-event-list limit="3" lang="zh-CN"></ngo-event-list>
        <section lang="zh-TW"><ngo-event-list limit="3" theme="dark"></ngo-event-list></section>
        <ngo-event-list limit="2"></ngo-event-list>
      </ngo-provider>
    `);
    const lists = [...wrapper.querySelectorAll('ngo-event-list')];
    await waitUntil(() => lists.every((list) => parts(list, 'item').length > 0), 'not all lists loaded');
    const requests = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(`${api.baseUrl}v1/events`));
    expect(requests.filter((url) => url.includes('limit=3'))).to.have.length(1);
    expect(requests.filter((url) => url.includes('limit=2'))).to.have.length(1);
  });

  it('loads again when a relevant attribute changes', async () => {
    const first = await startMockApi();
    const second = await startMockApi({ seed: 'empty' });
    const list = await mountList(first.baseUrl);
    await waitUntil(() => parts(list, 'item').length > 0);
    list.limit = 2;
    await waitUntil(() => parts(list, 'item').length === 2, 'limit 2 not applied');
    list.setAttribute('api', second.baseUrl);
    await waitUntil(() => parts(list, 'status-empty').length === 1, 'the new API was not asked');
  });

  it('looks and works the same on a hostile page, and leaks nothing into it', async () => {
    const api = await startMockApi({ faults: { failRate: 1 } });
    const wrapper = await mount<HTMLElement>(html`
      <div style="display: block; width: 600px">
        <p class="page-text">The page’s own paragraph</p>
        <button class="page-button" type="button">The page’s own button</button>
        <ngo-event-list lang="en" api=${api.baseUrl} key=${KEY} limit="3"></ngo-event-list>
      </div>
    `);
    const list = wrapper.querySelector('ngo-event-list')!;
    await waitUntil(() => parts(list, 'retry').length > 0, 'no error state');
    const pageButton = wrapper.querySelector('.page-button')!;
    const pageText = wrapper.querySelector('.page-text')!;
    const pageLook = () => [look(pageButton), look(pageText)];
    const widgetLook = () => ({
      base: look(parts(list, 'base')[0]!),
      status: look(parts(list, 'status')[0]!),
      retry: look(parts(list, 'retry')[0]!),
      // where the page puts the widget is the page's business; its size is ours
      size: [parts(list, 'base')[0]!.offsetWidth, parts(list, 'base')[0]!.offsetHeight],
    });

    const clean = widgetLook();
    const removeHostile = applyHostileStyles();
    try {
      expect(getComputedStyle(pageButton).display, 'the hostile styles are not on').to.equal('none');
      expect(widgetLook()).to.deep.equal(clean);
      const retry = parts(list, 'retry')[0]!;
      expect(retry.checkVisibility()).to.be.true;
      await api.setFaults({ failRate: 0 });
      retry.focus();
      await press('Enter');
      await waitUntil(() => parts(list, 'item').length === 3, 'retry did not work on the hostile page');
      await expectAccessible(list, 'hostile page');
    } finally {
      removeHostile();
    }

    // Our styles live in the shadow root: the page's own elements look as they did without us.
    const page = pageLook();
    list.remove();
    expect(pageLook()).to.deep.equal(page);
    expect(document.adoptedStyleSheets).to.have.length(0);
  });

  it('loads again by itself when the browser comes back online', async () => {
    const api = await startMockApi();
    let online = false;
    const flakyFetch: typeof fetch = (input, init) =>
      online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));
    const provider = await mount<HTMLElement>(
      html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${flakyFetch}>
        <ngo-event-list lang="en"></ngo-event-list>
      </ngo-provider>`,
    );
    const list = provider.querySelector('ngo-event-list')!;
    await waitUntil(() => parts(list, 'status-error').length > 0, 'no offline error');
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => parts(list, 'item').length > 0, 'not loaded when back online');
  });

  it('stops its request when it leaves the page, and starts again when it comes back', async () => {
    const api = await startMockApi({ faults: { latencyMs: 1_000 } });
    const signals: AbortSignal[] = [];
    const watchingFetch: typeof fetch = (input, init) => {
      signals.push(input instanceof Request ? input.signal : init!.signal!);
      return fetch(input, init);
    };
    const provider = await mount<HTMLElement>(
      html`<ngo-provider api=${api.baseUrl} key=${KEY} .fetch=${watchingFetch}>
        <ngo-event-list lang="en"></ngo-event-list>
      </ngo-provider>`,
    );
    const list = provider.querySelector('ngo-event-list')!;
    await waitUntil(() => signals.length === 1, 'no request');
    list.remove();
    expect(signals[0]!.aborted, 'the request was not aborted').to.be.true;

    provider.append(list);
    await waitUntil(() => parts(list, 'item').length > 0, 'no events after coming back');
    expect(signals).to.have.length(2);
  });

  it('follows prefers-color-scheme unless its theme says otherwise', async function () {
    const api = await startMockApi();
    const wrapper = await mount<HTMLElement>(html`
      <div>
        <ngo-event-list api=${api.baseUrl} key=${KEY}></ngo-event-list>
        <ngo-event-list api=${api.baseUrl} key=${KEY} theme="light"></ngo-event-list>
      </div>
    `);
    const [auto, light] = [...wrapper.querySelectorAll('ngo-event-list')];
    const textColour = (list: NgoEventList) => getComputedStyle(parts(list, 'base')[0]!).color;
    const lightText = textColour(auto!);
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    try {
      expect(textColour(auto!)).not.to.equal(lightText);
      expect(textColour(light!)).to.equal(lightText);
    } finally {
      await emulateMediaOrSkip(this, { colorScheme: 'light' });
    }
  });

  it('keeps its placeholders still when the reader prefers reduced motion', async function () {
    const api = await startMockApi({ faults: { latencyMs: 2_000 } });
    const list = await mountList(api.baseUrl);
    const row = () => list.shadowRoot!.querySelector('[part~="skeleton"] li')!;
    expect(getComputedStyle(row()).animationName).to.equal('ngo-pulse');
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(row()).animationName).to.equal('none');
    } finally {
      await emulateMediaOrSkip(this, { reducedMotion: 'no-preference' });
    }
  });
});

/** The computed styles that make up how an element looks. */
function look(element: Element): Record<string, string> {
  const style = getComputedStyle(element);
  const names = ['display', 'visibility', 'color', 'background-color', 'font-size', 'font-style', 'line-height',
    'letter-spacing', 'text-transform', 'margin-top', 'padding-top', 'width', 'height'];
  return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
}

describe('<ngo-event-list> texts', () => {
  it('has every text in every language, with the same placeholders and the plural forms each needs', async () => {
    expect(await catalogProblems(eventListMessages)).to.deep.equal([]);
  });
});

/** The JSON-LD scripts the lists of the page have put into its head. */
function structuredData(doc: Document = document): HTMLScriptElement[] {
  return [...doc.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
}

interface JsonLdEvent {
  '@type': string;
  name: string;
  startDate: string;
  endDate: string;
  eventAttendanceMode: string;
  eventStatus: string;
  location: unknown;
  organizer?: { '@type': string; name: string };
  remainingAttendeeCapacity?: number;
}

function graphOf(script: HTMLScriptElement): JsonLdEvent[] {
  const data = JSON.parse(script.textContent!) as { '@context': string; '@graph': JsonLdEvent[] };
  expect(data['@context']).to.equal('https://schema.org');
  return data['@graph'];
}

function titlesOf(list: NgoEventList): string[] {
  return parts(list, 'title').map((title) => title.textContent!.trim());
}

function eventRequests(api: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${api}v1/events?`));
}

async function mountFiltered(api: string, attributes: string) {
  const wrapper = document.createElement('div');
  wrapper.lang = 'en';
  wrapper.innerHTML = `<ngo-event-list api="${api}" key="${KEY}" limit="100" ${attributes}></ngo-event-list>`;
  const mounted = await mount<HTMLDivElement>(html`${wrapper}`);
  const list = mounted.querySelector('ngo-event-list')!;
  await waitUntil(() => parts(list, 'item').length > 0 || parts(list, 'status').length > 0, 'the list did not load');
  return list;
}

describe('<ngo-event-list> filters, registration and structured data', () => {
  it('passes its filter attributes to the API, and they change the list', async () => {
    performance.clearResourceTimings();
    const api = await startMockApi();
    const online = await mountFiltered(api.baseUrl, 'kind="online"');
    expect(titlesOf(online)).to.deep.equal([
      'Online workshop: holiday cards',
      'New volunteer onboarding (online)',
      '线上分享会：助学项目一年回顾',
    ]);
    const sales = await mountFiltered(api.baseUrl, 'tag="charity-sale"');
    expect(titlesOf(sales)).to.deep.equal(['冬季爱心义卖', 'Summer charity sale 2027']);
    const exchange = await mountFiltered(api.baseUrl, 'series="quarterly-exchange"');
    expect(titlesOf(exchange)).to.deep.equal(['Quarterly exchange meeting: winter', 'Quarterly exchange meeting: spring']);
    const spring = await mountFiltered(api.baseUrl, 'from="2027-01-01" to="2027-03-01"');
    expect(titlesOf(spring)).to.deep.equal(['New volunteer onboarding (online)', '2027 元宵联欢会']);

    const requests = eventRequests(api.baseUrl).map((url) => new URL(url).searchParams);
    expect(requests.some((query) => query.get('kind') === 'online')).to.be.true;
    expect(requests.some((query) => query.get('tag') === 'charity-sale')).to.be.true;
    expect(requests.some((query) => query.get('series') === 'quarterly-exchange')).to.be.true;
    expect(requests.some((query) => query.get('from') === '2027-01-01T00:00:00.000Z' && query.get('to') === '2027-03-01T00:00:00.000Z')).to.be.true;

    online.setAttribute('kind', 'hybrid');
    await waitUntil(() => titlesOf(online).length === 2, 'the new kind was not applied');
    expect(titlesOf(online)).to.deep.equal(['Quarterly exchange meeting: winter', 'Quarterly exchange meeting: spring']);
  });

  it('offers filter controls that work by keyboard and announce the new count', async () => {
    const api = await startMockApi();
    const list = await mountFiltered(api.baseUrl, 'filters');
    expect(titlesOf(list)).to.have.length(11);
    const kind = list.shadowRoot!.querySelector<HTMLSelectElement>('#filter-kind')!;
    const topic = list.shadowRoot!.querySelector<HTMLSelectElement>('#filter-topic')!;
    expect(list.shadowRoot!.querySelector('label[for="filter-kind"]')!.textContent).to.equal('Kind');
    await waitUntil(() => topic.options.length > 1, 'no topics offered');
    expect([...topic.options].slice(0, 3).map((option) => option.textContent)).to.deep.equal([
      'All topics',
      'Series: quarterly exchange',
      'charity run',
    ]);
    await expectAccessible(list, 'filters');
    list.theme = 'dark';
    await list.updateComplete;
    await expectAccessible(list, 'filters, dark');

    kind.focus();
    await press('ArrowDown');
    await waitUntil(() => titlesOf(list).length === 3, 'the kind filter was not applied');
    expect(kind.value).to.equal('online');
    expect(list.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('3 upcoming events');
    expect(deepActiveElement(), 'focus stayed on the select').to.equal(kind);

    kind.value = '';
    kind.dispatchEvent(new Event('change'));
    topic.value = 'series:quarterly-exchange';
    topic.dispatchEvent(new Event('change'));
    await waitUntil(() => titlesOf(list).length === 2, 'the topic filter was not applied');
    expect(list.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('2 upcoming events');
  });

  it('shows each event’s places, points, place or “online”, and the reader’s clock when it differs', async () => {
    const api = await startMockApi();
    const list = await mountFiltered(api.baseUrl, '');
    const text = (title: string, name: string) => itemTitled(list, title).querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text('Winter clothing drive', 'availability')).to.equal('Full - join the waiting list');
    expect(text('Quarterly exchange meeting: winter', 'availability')).to.equal('31 places left');
    expect(text('Quarterly exchange meeting: winter', 'points')).to.equal('Earn 50 points by taking part');
    expect(text('Christmas market stand', 'availability')).to.equal('Registration closed');
    expect(text('Online workshop: holiday cards', 'availability')).to.equal('Cancelled');
    expect(text('New volunteer onboarding (online)', 'availability')).to.equal(undefined);
    expect(text('New volunteer onboarding (online)', 'meta')).to.equal('Online');
    expect(itemTitled(list, 'Christmas market stand').querySelector('[part~="register"]')).to.equal(null);
    expect(itemTitled(list, 'Winter clothing drive').querySelector('[part~="register"]')).to.exist;

    const when = text('Quarterly exchange meeting: winter', 'when')!;
    if (viewerTimeZone() === 'UTC') expect(when).to.match(/\(1:00\s?–\s?4:00\sPM your time\)/);
    else if (viewerTimeZone() !== 'Europe/Berlin') expect(when).to.include('your time');
    expect(text('冬季爱心义卖', 'when')).to.match(/GMT\+8/);
  });

  it('opens the registration dialog from Register by keyboard; a full event takes the waiting list', async function () {
    const api = await startMockApi();
    const list = await mountFiltered(api.baseUrl, '');
    const register = itemTitled(list, 'Winter clothing drive').querySelector<HTMLButtonElement>('[part~="register"]')!;
    register.focus();
    await press('Enter');
    const dialog = parts(list, 'registration-dialog')[0] as HTMLDialogElement;
    expect(dialog.open).to.be.true;
    // the form's code may still be on its way: the dialog holds it once it is there
    const submit = () => dialog.querySelector('ngo-event-registration')?.shadowRoot?.querySelector('[part~="submit"]');
    await waitUntil(submit, 'the registration did not load');
    const inner = dialog.querySelector('ngo-event-registration')!;
    expect(inner.shadowRoot!.querySelector('[part~="submit"]')!.textContent!.trim()).to.equal('Join the waiting list');
    expect(inner.shadowRoot!.querySelector('[part~="status-full"]')).to.exist;
    // axe measures contrast: not while the dialog fades in
    finishAnimations(dialog);
    await expectAccessible(list, 'registration dialog open');

    await press('Escape');
    expect(dialog.open).to.be.false;
    expect(deepActiveElement()).to.equal(register);
  });

  it('lets people register through its dialog, and ngo-registered reaches the page', async () => {
    const api = await startMockApi();
    const list = await mountFiltered(api.baseUrl, 'series="quarterly-exchange"');
    const heard: Event[] = [];
    document.addEventListener('ngo-registered', (event) => heard.push(event), { once: true });
    itemTitled(list, 'Quarterly exchange meeting: spring').querySelector<HTMLButtonElement>('[part~="register"]')!.click();
    const dialog = parts(list, 'registration-dialog')[0]!;
    await waitUntil(() => dialog.querySelector('ngo-event-registration'), 'the dialog did not open');
    const inner = dialog.querySelector('ngo-event-registration')!;
    await waitUntil(() => inner.shadowRoot!.querySelector('form'), 'the registration did not load');
    const set = (name: string, value: string | boolean) => {
      const control = inner.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      if (typeof value === 'boolean') {
        control.checked = value;
        control.dispatchEvent(new Event('change'));
      } else {
        control.value = value;
        control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
      }
    };
    set('name', 'Grace Hopper');
    set('email', `grace.${Date.now()}@example.org`);
    set('answers.dietary', 'none');
    set('consent', true);
    await inner.updateComplete;
    inner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await waitUntil(() => heard.length === 1, 'ngo-registered did not reach the document');
    expect((heard[0] as CustomEvent).detail.status).to.equal('confirmed');
  });

  it('gives each event’s .ics as a download', async () => {
    const api = await startMockApi();
    const list = await mountFiltered(api.baseUrl, 'series="quarterly-exchange"');
    const link = itemTitled(list, 'Quarterly exchange meeting: winter').querySelector<HTMLAnchorElement>('[part~="add-to-calendar"]')!;
    expect(link.textContent!.trim()).to.equal('Add to calendar');
    expect(link.download).to.equal('evt_000027.ics');
    expect(link.href).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A/);
    const ics = await (await fetch(link.href)).text();
    const lines = ics.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(1);
    expect(lines).to.include('UID:evt_000027@ngo-kit');
    expect(lines).to.include('DTSTART:20261212T130000Z');
    expect(lines.at(-2)).to.equal('END:VCALENDAR');
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(ics, 'the join link is for registrants only').not.to.include('meet.example.org');
  });

  it('puts schema.org Event JSON-LD into the page head, one script per list, and takes it away with the list', async () => {
    const api = await startMockApi();
    const before = structuredData().length;
    const wrapper = await mount<HTMLDivElement>(html`
      <div lang="en">
        <ngo-event-list api=${api.baseUrl} key=${KEY} limit="100" organizer="Neighbours e.V."></ngo-event-list>
        <ngo-event-list api=${api.baseUrl} key=${KEY} series="quarterly-exchange"></ngo-event-list>
        <ngo-event-list api=${api.baseUrl} key=${KEY} no-structured-data></ngo-event-list>
      </div>
    `);
    const [all, exchange, quiet] = [...wrapper.querySelectorAll('ngo-event-list')];
    await waitUntil(() => [all, exchange, quiet].every((list) => parts(list!, 'item').length > 0), 'not all loaded');
    await all!.updateComplete;
    // each list adds its script when its events are in, so the order of the two is the order they loaded in
    const scripts = structuredData()
      .slice(before)
      .sort((a, b) => graphOf(b).length - graphOf(a).length);
    expect(scripts).to.have.length(2);
    const graph = graphOf(scripts[0]!);
    expect(graph).to.have.length(11);
    const byName = (name: string) => graph.find((event) => event.name === name)!;

    const winter = byName('Quarterly exchange meeting: winter');
    expect(winter['@type']).to.equal('Event');
    expect(winter.startDate).to.equal('2026-12-12T14:00:00+01:00');
    expect(winter.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(winter.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(winter.location).to.deep.equal([
      {
        '@type': 'Place',
        name: 'Community Hall',
        address: { '@type': 'PostalAddress', streetAddress: 'Lindenstraße 12', addressLocality: 'Berlin', addressCountry: 'DE' },
      },
      { '@type': 'VirtualLocation', url: location.href.replace(/#.*$/, '') },
    ]);
    expect(winter.organizer).to.deep.equal({ '@type': 'Organization', name: 'Neighbours e.V.', url: location.origin });
    expect(byName('冬季爱心义卖').startDate).to.equal('2026-12-19T10:00:00+08:00');
    expect(byName('Winter clothing drive').eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    expect(byName('Winter clothing drive').remainingAttendeeCapacity).to.equal(0);
    expect(byName('Online workshop: holiday cards').eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(byName('Online workshop: holiday cards').location).to.deep.equal({ '@type': 'VirtualLocation', url: location.href.replace(/#.*$/, '') });
    expect(JSON.stringify(graph), 'no join link').not.to.include('meet.example.org');
    expect(graphOf(scripts[1]!).map((event) => event.name)).to.deep.equal([
      'Quarterly exchange meeting: winter',
      'Quarterly exchange meeting: spring',
    ]);
    expect(graphOf(scripts[1]!)[0]!.organizer, 'no organiser unless the page names one').to.equal(undefined);

    exchange!.remove();
    expect(structuredData().slice(before)).to.deep.equal([scripts[0]]);
    all!.setAttribute('no-structured-data', '');
    await all!.updateComplete;
    expect(structuredData()).to.have.length(before);
  });

  it('keeps a hostile title inside its JSON-LD script', async () => {
    const api = await startMockApi();
    const start = daysAhead(10);
    const hostile = '</script><script>window.__ngoPwned = 1</script><!-- <img src=x onerror="window.__ngoPwned = 2">';
    await createEvent(api.baseUrl, {
      title: hostile,
      summary: '</SCRIPT><script>window.__ngoPwned = 3</script>',
      language: 'en',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
      timeZone: 'Europe/Berlin',
      kind: 'online',
    });
    const scriptsBefore = document.querySelectorAll('script').length;
    const list = await mountFiltered(api.baseUrl, 'kind="online"');
    await list.updateComplete;
    const [script] = structuredData();
    expect(script!.textContent).not.to.include('<');
    expect(script!.textContent).to.include('\\u003c/script>');
    expect(graphOf(script!).map((event) => event.name)).to.include(hostile);
    expect(document.querySelectorAll('script').length, 'one script more: the JSON-LD').to.equal(scriptsBefore + 1);
    expect((window as unknown as { __ngoPwned?: number }).__ngoPwned).to.equal(undefined);
    expect(titlesOf(list)).to.include(hostile);
  });

  it('adds its JSON-LD under a strict Content-Security-Policy without a violation', async () => {
    const api = await startMockApi();
    const frame = await openPage('platform.html', { api: api.baseUrl, key: KEY });
    try {
      const scripts = structuredData(frame.contentDocument!);
      expect(scripts).to.have.length(1);
      expect(graphOf(scripts[0]!)).to.have.length(3);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seenCspViolations(frame)).to.deep.equal([]);
      expect(await reportedCspViolations(frame)).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
